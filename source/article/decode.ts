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
	return text.replace(/\r\n?/g, '\n');
}
