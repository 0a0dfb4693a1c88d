import {displayWidth, graphemeWidth, splitGraphemes} from './graphemes.js';

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
	for (const grapheme of splitGraphemes(text)) {
		const columns = graphemeWidth(grapheme);
		if (used + columns > width - 1) {
			break;
		}
		result += grapheme;
		used += columns;
	}
	return result + '…';
}

/** Pads `text` with spaces to exactly `width` columns (truncating first if needed). */
export function fit(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}
