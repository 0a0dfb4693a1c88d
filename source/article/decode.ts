const utf8 = new TextDecoder('utf-8', {fatal: false, ignoreBOM: false});

/**
 * Turns raw bytes into text: UTF-8 with a leading BOM dropped, invalid bytes as U+FFFD, and
 * every line end (CRLF, CR) as LF. Never throws.
 */
export function decode(bytes: Uint8Array): string {
	return normalizeLineEnds(utf8.decode(bytes));
}

/** CRLF and lone CR become LF, so every later step sees one kind of line end. */
export function normalizeLineEnds(text: string): string {
	return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * `decode` for bytes that arrive in chunks: the texts returned by `write` for each chunk, then
 * by `end`, joined, are exactly `decode` of all the bytes joined, wherever the chunks are cut,
 * even inside a UTF-8 sequence or between the CR and LF of a line end. A text returned never
 * ends inside a surrogate pair. Used to read a long file a part at a time.
 */
export class StreamDecoder {
	private readonly decoder = new TextDecoder('utf-8', {fatal: false, ignoreBOM: false});
	/** A CR ended the last text: whether it is a CRLF depends on the next byte. */
	private pendingReturn = false;

	/** The text of `bytes`, less what may belong to the next chunk. */
	write(bytes: Uint8Array): string {
		return this.lineEnds(this.decoder.decode(bytes, {stream: true}));
	}

	/** The text still held back; call once after the last chunk. */
	end(): string {
		const text = this.lineEnds(this.decoder.decode());
		return this.pendingReturn ? `${text}\n` : text;
	}

	private lineEnds(decoded: string): string {
		let text = this.pendingReturn ? `\r${decoded}` : decoded;
		this.pendingReturn = text.endsWith('\r');
		if (this.pendingReturn) text = text.slice(0, -1);
		return normalizeLineEnds(text);
	}
}
