import {displayWidth, graphemeWidth, isSingleColumn, splitGraphemes} from './graphemes.js';

export {displayWidth} from './graphemes.js';

/** One wrapped line: the half-open range `[start, end)` of the text it shows. */
export type LineRange = {readonly start: number; readonly end: number};

/**
 * Wraps `text` at word boundaries so that no line is wider than `width` terminal columns (at
 * least 1). Lines are ranges into `text`, so offsets into the text (quotes, search matches) map
 * straight onto lines; whitespace between lines is dropped, whitespace inside a line is kept.
 * A word wider than the width starts a new line and is broken at grapheme boundaries
 * (`Aあいうえお` at 10 → `Aあいうえ`, `お`); the one line that may be wider than the width is a
 * single grapheme wider than the whole width (a CJK character at width 1). Text with no words
 * gives no lines.
 */
export function wrapRanges(text: string, width: number): LineRange[] {
	const limit = Math.max(1, width);
	return isSingleColumn(text) ? wrapSingleColumn(text, limit) : wrapWords(text, limit);
}

/**
 * Wraps plain text (no escape codes) to lines of at most `width` terminal columns, as
 * `wrapRanges` does, after runs of whitespace between words have become one space; a newline in
 * the text is a hard break. Width 0 (or less) means no wrapping: one line per input line.
 * Always returns at least one line.
 */
export function wrap(text: string, width: number): string[] {
	// Lines are appended one by one: spreading a long array into push() overflows the stack.
	const lines: string[] = [];
	for (const line of text.split('\n')) {
		const words = line.replace(/\s+/g, ' ').trim();
		if (width <= 0 || words === '') {
			lines.push(words);
			continue;
		}
		for (const range of wrapRanges(words, width)) {
			lines.push(words.slice(range.start, range.end));
		}
	}
	return lines;
}

/** Wraps `text` to `width` and prefixes each line; the prefixes' widths are taken off the width. */
export function wrapIndented(
	text: string,
	width: number,
	firstPrefix: string,
	restPrefix: string = ' '.repeat(displayWidth(firstPrefix)),
): string[] {
	const prefixWidth = Math.max(displayWidth(firstPrefix), displayWidth(restPrefix));
	if (width > 0 && width - prefixWidth < minimumTextWidth) {
		// Too narrow for a column beside the text: put the prefix on its own line.
		const head = firstPrefix.trim();
		return [...(head ? wrap(head, width) : []), ...wrap(text, width)];
	}
	return wrap(text, width > 0 ? width - prefixWidth : 0).map(
		(line, index) => (index === 0 ? firstPrefix : restPrefix) + line,
	);
}

const minimumTextWidth = 10;

/**
 * Joins `parts` with `separator`, breaking lines between parts rather than inside them where
 * they fit; a part wider than the width is wrapped on its own.
 */
export function wrapParts(parts: readonly string[], separator: string, width: number): string[] {
	if (width <= 0) {
		return wrap(parts.join(separator), 0);
	}
	const lines: string[] = [];
	let current = '';
	for (const part of parts) {
		const joined = current === '' ? part : current + separator + part;
		if (displayWidth(joined) <= width) {
			current = joined;
			continue;
		}
		if (current !== '') {
			lines.push(current);
		}
		const wrapped = wrap(part, width);
		current = wrapped.pop() ?? '';
		for (const line of wrapped) {
			lines.push(line);
		}
	}
	lines.push(current);
	return lines;
}

/**
 * The common case, kept fast for long articles: one column per character, so a line is found
 * by looking back from its last column for a space.
 */
function wrapSingleColumn(text: string, limit: number): LineRange[] {
	const ranges: LineRange[] = [];
	const {length} = text;
	let position = 0;
	for (;;) {
		while (text.charCodeAt(position) === 32) position++;
		if (position >= length) return ranges;
		let end: number;
		let next: number;
		if (length - position <= limit) {
			end = length;
			next = length;
		} else {
			// The last space within the line; lastIndexOf would search on to the text's start.
			let space = position + limit;
			while (space > position && text.charCodeAt(space) !== 32) space--;
			if (space === position) {
				// No space within the line: break the word at the width.
				end = position + limit;
				next = end;
			} else {
				end = space;
				next = space + 1;
			}
		}
		while (end > position && text.charCodeAt(end - 1) === 32) end--;
		ranges.push({start: position, end});
		position = next;
	}
}

/** Any text: words measured grapheme by grapheme. */
function wrapWords(text: string, limit: number): LineRange[] {
	const ranges: LineRange[] = [];
	let start = -1;
	let end = 0;
	let lineWidth = 0;
	for (const match of text.matchAll(/\S+/g)) {
		const word = match[0];
		const wordStart = match.index;
		const wordWidth = displayWidth(word);
		if (start >= 0 && lineWidth + (wordStart - end) + wordWidth <= limit) {
			lineWidth += wordStart - end + wordWidth;
			end = wordStart + word.length;
			continue;
		}
		if (start >= 0) {
			ranges.push({start, end});
		}
		if (wordWidth <= limit) {
			start = wordStart;
			end = wordStart + word.length;
			lineWidth = wordWidth;
			continue;
		}
		// A word wider than the line: every piece but the last gets a line of its own.
		const pieces = breakWord(word, limit);
		const last = pieces.pop() ?? {start: 0, end: word.length, width: wordWidth};
		for (const piece of pieces) {
			ranges.push({start: wordStart + piece.start, end: wordStart + piece.end});
		}
		start = wordStart + last.start;
		end = wordStart + last.end;
		lineWidth = last.width;
	}
	if (start >= 0) {
		ranges.push({start, end});
	}
	return ranges;
}

type Piece = {start: number; end: number; width: number};

/** Cuts a word into pieces no wider than `limit`, at grapheme boundaries. */
function breakWord(word: string, limit: number): Piece[] {
	const pieces: Piece[] = [];
	if (isSingleColumn(word)) {
		for (let start = 0; start < word.length; start += limit) {
			const end = Math.min(word.length, start + limit);
			pieces.push({start, end, width: end - start});
		}
		return pieces;
	}
	let start = 0;
	let end = 0;
	let pieceWidth = 0;
	for (const grapheme of splitGraphemes(word)) {
		const columns = graphemeWidth(grapheme);
		if (end > start && pieceWidth + columns > limit) {
			pieces.push({start, end, width: pieceWidth});
			start = end;
			pieceWidth = 0;
		}
		end += grapheme.length;
		pieceWidth += columns;
	}
	pieces.push({start, end, width: pieceWidth});
	return pieces;
}
