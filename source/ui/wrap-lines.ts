import stringWidth from 'string-width';

/** One wrapped line: the half-open range `[start, end)` of the text it shows. */
export type LineRange = {readonly start: number; readonly end: number};

/**
 * Text made only of characters one column wide: printable ASCII, Latin, Greek, Cyrillic and the
 * common punctuation of news text (curly quotes, dashes, ellipsis). Its width is its length.
 */
const singleColumn =
	/^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u0370-\u0482\u048A-\u04FF\u2010-\u2027\u2030-\u205E]*$/;
const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** Display width in terminal columns (wide characters count two, combining marks zero). */
export function displayWidth(text: string): number {
	return singleColumn.test(text) ? text.length : stringWidth(text);
}

/**
 * Wraps `text` at word boundaries so that no line is wider than `width` columns; a word wider
 * than the line is broken between graphemes. Lines are ranges into `text`, so offsets into the
 * text (quotes, search matches) map straight onto lines. Whitespace between lines is dropped.
 */
export function wrapRanges(text: string, width: number): LineRange[] {
	const limit = Math.max(1, width);
	return singleColumn.test(text) ? wrapSingleColumn(text, limit) : wrapWords(text, limit);
}

/** The common case, kept fast for long articles: one column per character, spaces between words. */
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
			const space = text.lastIndexOf(' ', position + limit);
			if (space <= position) {
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
		// A word wider than the line: cut it between graphemes.
		start = wordStart;
		lineWidth = 0;
		let position = wordStart;
		for (const {segment} of segmenter.segment(word)) {
			const segmentWidth = displayWidth(segment);
			if (lineWidth > 0 && lineWidth + segmentWidth > limit) {
				ranges.push({start, end: position});
				start = position;
				lineWidth = 0;
			}
			lineWidth += segmentWidth;
			position += segment.length;
		}
		end = position;
	}
	if (start >= 0) {
		ranges.push({start, end});
	}
	return ranges;
}

/** Cuts `text` to at most `width` columns, ending in `…` when something was cut. */
export function truncate(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}
	if (displayWidth(text) <= width) {
		return text;
	}
	let result = '';
	let used = 0;
	for (const {segment} of segmenter.segment(text)) {
		const segmentWidth = displayWidth(segment);
		if (used + segmentWidth > width - 1) {
			break;
		}
		result += segment;
		used += segmentWidth;
	}
	return result + '…';
}

/** Pads `text` with spaces to exactly `width` columns (truncating first if needed). */
export function fit(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}
