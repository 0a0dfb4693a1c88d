import {readSync} from 'node:fs';
import {open, type FileHandle} from 'node:fs/promises';
import {StreamDecoder} from './decode.js';
import type {TextParts} from './parse-parts.js';
import {asReadError, maximumBytes, ReadError, readArticleFile, safeName, textOf} from './read.js';

/** How much of a long file is read before the reader first draws: many screens of text. */
export const openingBytes = 256 * 1024;

/** Files up to this size are read whole at once: a few milliseconds of work. */
export const wholeBytes = 4 * openingBytes;

/** How much of a long file is read and decoded at a time, when it is read in parts. */
const partBytes = 1024 * 1024;

/** An article file read whole, or only its opening, with the whole to be read in parts. */
export type ArticleOpening = {
	/** The whole text, or its opening: decoded as `decode` does, cut at a character boundary. */
	readonly text: string;
	/** The share of the file's bytes that `text` holds: 1 when it is the whole file. */
	readonly share: number;
	/**
	 * The whole text, when `text` is only the opening, as parts read from the file when asked
	 * for (see `TextParts`), for a model that never holds the whole text. A read that fails
	 * throws a ReadError. `close` the file when done.
	 */
	readonly parts?: TextParts & {close(): Promise<void>};
};

/**
 * Reads an article file like `readArticleFile`, except that a regular file larger than
 * `wholeBytes` is read only up to its first `openingBytes`, so that its beginning can be shown
 * at once; `parts` reads the whole text when asked for. The checks for a binary file (NUL
 * bytes, mostly invalid UTF-8) look at the opening only, and an opening of nothing but white
 * space reads the whole file.
 */
export async function readArticleOpening(
	path: string,
	limit = maximumBytes,
): Promise<ArticleOpening> {
	const name = `'${safeName(path)}'`;
	let file: FileHandle | undefined;
	let size = 0;
	let bytes: Uint8Array;
	try {
		file = await open(path, 'r');
		const stats = await file.stat();
		size = stats.size;
		if (stats.isFile() && size <= wholeBytes) {
			// Read whole through the same handle: the common case, and on every start.
			const whole = await file.readFile();
			await file.close();
			return {text: textOf(whole, name), share: 1};
		}
		if (!stats.isFile() || size > limit) {
			await file.close();
			return {text: await readArticleFile(path, limit), share: 1};
		}
		const buffer = Buffer.alloc(openingBytes);
		const {bytesRead} = await file.read(buffer, 0, openingBytes, 0);
		bytes = buffer.subarray(0, bytesRead);
	} catch (error) {
		await file?.close().catch(() => {});
		throw asReadError(error, name);
	}
	let text: string;
	try {
		// The checks of a whole text, on the opening, decoded as the start of a stream: its end
		// may be cut inside a character.
		textOf(bytes, name);
		text = new StreamDecoder().write(bytes);
	} catch (error) {
		await file.close();
		if (error instanceof ReadError && error.empty) {
			return {text: await readArticleFile(path, limit), share: 1};
		}
		throw error;
	}
	const handle = file;
	return {
		text,
		share: bytes.length / size,
		parts: fileParts(handle, size, limit, name),
	};
}

/**
 * The text of the open `file` of `size` bytes as `TextParts`, read a part at a time with
 * blocking reads: a part is well under a millisecond's reading, and a model built in steps
 * needs its text between two steps. Each part but the last ends at a line end.
 */
function fileParts(
	file: FileHandle,
	size: number,
	limit: number,
	name: string,
): TextParts & {close(): Promise<void>} {
	let share = 0;
	return {
		get share() {
			return share;
		},
		close: () => file.close(),
		*parts() {
			const decoder = new StreamDecoder();
			const buffer = Buffer.allocUnsafe(partBytes);
			let carried = '';
			for (let position = 0; ;) {
				let bytesRead: number;
				try {
					bytesRead = readSync(file.fd, buffer, 0, partBytes, position);
				} catch (error) {
					throw asReadError(error, name);
				}
				if (bytesRead === 0) break;
				position += bytesRead;
				if (position > limit) {
					throw new ReadError(`cannot read ${name}: larger than the longest text readout can hold`);
				}
				share = Math.min(1, position / size);
				const text = decoder.write(buffer.subarray(0, bytesRead));
				// Only the new text is searched: a line of megabytes is not searched again and again.
				const end = text.lastIndexOf('\n') + 1;
				if (end === 0) {
					carried += text;
				} else {
					yield carried + text.slice(0, end);
					carried = text.slice(end);
				}
			}
			share = 1;
			const last = carried + decoder.end();
			if (last !== '') yield last;
		},
	};
}
