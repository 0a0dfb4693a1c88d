import {displayWidth, graphemeWidth, isPrintableAscii, splitGraphemes} from './graphemes.js';

export {displayWidth} from './graphemes.js';

/**
 * Wraps plain text (no escape codes) to lines of at most `width` terminal columns.
 *
 * Runs of whitespace between words become one space; a newline in the text is a hard break.
 * A word wider than the width starts a new line and is broken at grapheme boundaries
 * (`Aあいうえお` at 10 → `Aあいうえ`, `お`), so a line is never wider than the width; the one
 * exception is a single grapheme wider than the whole width (a CJK character at width 1),
 * which sits alone on its line. Width 0 (or less) means no wrapping: one line per input line.
 * Always returns at least one line.
 */
export function wrap(text: string, width: number): string[] {
	// Lines are appended one by one: spreading a long array into push() overflows the stack.
	const lines: string[] = [];
	for (const line of text.split('\n')) {
		const words = line.split(/\s+/).filter(Boolean);
		if (width <= 0) {
			lines.push(words.join(' '));
			continue;
		}
		for (const wrapped of wrapWords(words, width)) {
			lines.push(wrapped);
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

function wrapWords(words: readonly string[], width: number): string[] {
	const lines: string[] = [];
	let current = '';
	let currentWidth = 0;
	for (const word of words) {
		const wordWidth = displayWidth(word);
		if (current !== '' && currentWidth + 1 + wordWidth <= width) {
			current += ' ' + word;
			currentWidth += 1 + wordWidth;
			continue;
		}
		if (current !== '') {
			lines.push(current);
		}
		if (wordWidth <= width) {
			current = word;
			currentWidth = wordWidth;
			continue;
		}
		const pieces = breakWord(word, width);
		const last = pieces.pop() ?? {text: '', width: 0};
		for (const piece of pieces) {
			lines.push(piece.text);
		}
		current = last.text;
		currentWidth = last.width;
	}
	lines.push(current);
	return lines;
}

type Piece = {text: string; width: number};

/** Cuts a word into pieces no wider than `width`, at grapheme boundaries. */
function breakWord(word: string, width: number): Piece[] {
	const pieces: Piece[] = [];
	if (isPrintableAscii(word)) {
		for (let start = 0; start < word.length; start += width) {
			const text = word.slice(start, start + width);
			pieces.push({text, width: text.length});
		}
		return pieces;
	}
	let start = 0;
	let end = 0;
	let pieceWidth = 0;
	for (const grapheme of splitGraphemes(word)) {
		const columns = graphemeWidth(grapheme);
		if (end > start && pieceWidth + columns > width) {
			pieces.push({text: word.slice(start, end), width: pieceWidth});
			start = end;
			pieceWidth = 0;
		}
		end += grapheme.length;
		pieceWidth += columns;
	}
	pieces.push({text: word.slice(start, end), width: pieceWidth});
	return pieces;
}
