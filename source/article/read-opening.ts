import {readSync} from 'node:fs';
import {open, type FileHandle} from 'node:fs/promises';
import {StreamDecoder} from './decode.js';
import type {TextParts} from './parse.js';
import {asReadError, maximumBytes, ReadError, readArticleFile, safeName, textOf} from './read.js';

/** How much of a long file is read before the reader first draws: many screens of text. */
export const openingBytes = 256 * 1024;

/** Files up to this size are read whole at once: a few milliseconds of work. */
export const wholeBytes = 4 * openingBytes;

/** How much of the rest of a long file is read and decoded at a time. */
const partBytes = 1024 * 1024;

/** An article file read whole, or only its opening with the rest to come. */
export type ArticleOpening = {
	/** The whole text, or its opening: decoded as `decode` does, cut at a character boundary. */
	readonly text: string;
	/** The share of the file's bytes that `text` holds: 1 when it is the whole file. */
	readonly share: number;
	/**
	 * The whole text, when `text` is only the opening: reads and decodes the rest a part at a
	 * time, giving the event loop back between parts, and reports the share read (0 to 1).
	 * Rejects with the signal's reason when `signal` aborts. Call it once.
	 */
	readonly rest?: (signal?: AbortSignal, onProgress?: (share: number) => void) => Promise<string>;
	/**
	 * The whole text, when `text` is only the opening, as parts read from the file when asked
	 * for (see `TextParts`), for a model that never holds the whole text. A read that fails
	 * throws a ReadError. `close` when done; `rest` closes the file too.
	 */
	readonly parts?: TextParts & {close(): Promise<void>};
};

/**
 * Reads an article file like `readArticleFile`, except that a regular file larger than
 * `wholeBytes` is read only up to its first `openingBytes`, so that its beginning can be shown
 * at once; `rest` reads the remainder. The checks for a binary file (NUL bytes, mostly invalid
 * UTF-8) look at the opening only, and an opening of nothing but white space reads the whole file.
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
		if (!stats.isFile() || size <= wholeBytes || size > limit) {
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
	const decoder = new StreamDecoder();
	let text: string;
	try {
		// The checks of a whole text, on the opening; its text is decoded again below, in a
		// stream, so that the rest continues it.
		textOf(bytes, name);
		text = decoder.write(bytes);
	} catch (error) {
		await file.close();
		if (error instanceof ReadError && error.empty) {
			return {text: await readArticleFile(path, limit), share: 1};
		}
		throw error;
	}
	const handle = file;
	const rest = async (signal?: AbortSignal, onProgress?: (share: number) => void) => {
		try {
			return await readRest(handle, decoder, text, bytes.length, {
				size,
				limit,
				name,
				signal,
				onProgress,
			});
		} finally {
			await handle.close().catch(() => {});
		}
	};
	return {
		text,
		share: bytes.length / size,
		rest,
		parts: {...fileParts(handle.fd, size, limit, name), close: () => handle.close()},
	};
}

/**
 * The text of the open file `fd` of `size` bytes as `TextParts`, read a part at a time with
 * blocking reads: a part is well under a millisecond's reading, and a model built in steps
 * needs its text between two steps. Each part but the last ends at a line end.
 */
function fileParts(fd: number, size: number, limit: number, name: string): TextParts {
	let share = 0;
	return {
		get share() {
			return share;
		},
		*parts() {
			const decoder = new StreamDecoder();
			const buffer = Buffer.allocUnsafe(partBytes);
			let carried = '';
			for (let position = 0; ;) {
				let bytesRead: number;
				try {
					bytesRead = readSync(fd, buffer, 0, partBytes, position);
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

type RestOptions = {
	readonly size: number;
	readonly limit: number;
	readonly name: string;
	readonly signal?: AbortSignal;
	readonly onProgress?: (share: number) => void;
};

/** Reads from `position` to the end of the file, decoding each part as it comes. */
async function readRest(
	file: FileHandle,
	decoder: StreamDecoder,
	opening: string,
	position: number,
	{size, limit, name, signal, onProgress}: RestOptions,
): Promise<string> {
	const parts = [opening];
	const buffer = Buffer.alloc(partBytes);
	let read = position;
	for (;;) {
		signal?.throwIfAborted();
		let bytesRead: number;
		try {
			({bytesRead} = await file.read(buffer, 0, partBytes, read));
		} catch (error) {
			throw asReadError(error, name);
		}
		if (bytesRead === 0) break;
		read += bytesRead;
		if (read > limit) {
			throw new ReadError(`cannot read ${name}: larger than the longest text readout can hold`);
		}
		parts.push(decoder.write(buffer.subarray(0, bytesRead)));
		onProgress?.(Math.min(1, read / size));
	}
	parts.push(decoder.end());
	signal?.throwIfAborted();
	try {
		return parts.join('');
	} catch {
		throw new ReadError(`cannot read ${name}: larger than the longest text readout can hold`);
	}
}
