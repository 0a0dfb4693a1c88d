import {open} from 'node:fs/promises';
import {decode} from './decode.js';

/** The largest article read: well under the longest string the JavaScript engine can hold. */
export const maximumBytes = 512 * 1024 * 1024;

/** An article that could not be read; the message is one line, e.g. `cannot read 'x.md': no such file`. */
export class ReadError extends Error {
	override readonly name = 'ReadError';

	constructor(
		message: string,
		/** True when there was nothing but white space to read. */
		readonly empty = false,
	) {
		super(message);
	}
}

/**
 * Reads an article file as text (see `decode`). Fails with a ReadError when the file is missing,
 * a directory, unreadable, larger than `maximumBytes`, empty or only whitespace, or binary (NUL
 * bytes, or mostly bytes that are not UTF-8).
 */
export async function readArticleFile(path: string, limit = maximumBytes): Promise<string> {
	const name = `'${safeName(path)}'`;
	let bytes: Uint8Array;
	try {
		const file = await open(path, 'r');
		try {
			const stats = await file.stat();
			if (stats.isDirectory()) {
				throw new ReadError(`cannot read ${name}: is a directory`);
			}
			if (stats.size > limit) {
				throw new ReadError(`cannot read ${name}: larger than ${describeSize(limit)}`);
			}
			bytes = stats.isFile()
				? await file.readFile()
				: await collect(file.createReadStream(), limit, name);
		} finally {
			await file.close();
		}
	} catch (error) {
		throw asReadError(error, name);
	}
	return textOf(bytes, name);
}

/** Reads an article from a stream such as stdin until it ends, however slowly it arrives. */
export async function readArticleStream(
	stream: AsyncIterable<Uint8Array | string>,
	limit = maximumBytes,
): Promise<string> {
	const name = 'standard input';
	let bytes: Uint8Array;
	try {
		bytes = await collect(stream, limit, name);
	} catch (error) {
		throw asReadError(error, name);
	}
	return textOf(bytes, name);
}

async function collect(
	stream: AsyncIterable<Uint8Array | string>,
	limit: number,
	name: string,
): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream) {
		const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
		size += buffer.length;
		if (size > limit) {
			throw new ReadError(`cannot read ${name}: larger than ${describeSize(limit)}`);
		}
		chunks.push(buffer);
	}
	return Buffer.concat(chunks, size);
}

/**
 * The text of an article's bytes (see `decode`), or a ReadError naming `name` when they are
 * binary (NUL bytes, or mostly not UTF-8), empty or only white space.
 */
export function textOf(bytes: Uint8Array, name: string): string {
	if (bytes.includes(0)) {
		throw new ReadError(`cannot read ${name}: binary file`);
	}
	let text: string;
	try {
		text = decode(bytes);
	} catch {
		throw new ReadError(`cannot read ${name}: larger than the longest text readout can hold`);
	}
	if (text.trim() === '') {
		throw new ReadError(`cannot read ${name}: empty`, true);
	}
	if (mostlyInvalid(text)) {
		throw new ReadError(`cannot read ${name}: binary file`);
	}
	return text;
}

/** More than a quarter of the non-space characters are U+FFFD: not a text in UTF-8. */
function mostlyInvalid(text: string): boolean {
	const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
	const visible = sample.replace(/\s+/g, '');
	const invalid = visible.length - visible.replaceAll('\uFFFD', '').length;
	return invalid * 4 > visible.length;
}

const reasons: Record<string, string> = {
	ENOENT: 'no such file',
	ENOTDIR: 'no such file',
	EISDIR: 'is a directory',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ELOOP: 'too many symbolic links',
	ENAMETOOLONG: 'file name too long',
	EIO: 'input/output error',
	EMFILE: 'too many open files',
	ENXIO: 'no such device',
};

/** Any failure while reading, as a ReadError with a one-line reason. */
export function asReadError(error: unknown, name: string): ReadError {
	if (error instanceof ReadError) {
		return error;
	}
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	const reason = (code && reasons[code]) ?? code?.toLowerCase() ?? 'unknown error';
	return new ReadError(`cannot read ${name}: ${reason}`);
}

/** A file name safe to print: control characters and bidi overrides shown as escapes. */
export function safeName(name: string): string {
	return name.replace(
		// eslint-disable-next-line no-control-regex -- control characters are what gets escaped
		/[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
		(character) => `\\u{${character.codePointAt(0)?.toString(16)}}`,
	);
}

function describeSize(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
