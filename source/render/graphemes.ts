import {eastAsianWidth} from 'get-east-asian-width';
import stringWidth from 'string-width';
import {isSingleColumn} from './single-column.js';

export {isSingleColumn} from './single-column.js';

// Built on first use: loading its data costs start-up time that plain text never needs.
let graphemeSegmenter: Intl.Segmenter | undefined;
const segmenter = () =>
	(graphemeSegmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'}));
// Characters that may join a neighbour into one grapheme: marks, format and control characters,
// Hangul jamo, regional indicators, emoji modifiers and the Prepend letters. Between two other
// characters there is always a grapheme boundary.
const joining =
	'\\p{M}\\p{Cf}\\p{Cc}\\p{Cs}\\u1100-\\u11FF\\uA960-\\uA97F\\uD7B0-\\uD7FF\\u0E33\\u0EB3\\u0D4E\\uFF9E\\uFF9F' +
	'\\u{1F1E6}-\\u{1F1FF}\\u{1F3FB}-\\u{1F3FF}\\u{111C2}\\u{111C3}\\u{1193F}\\u{11941}\\u{11A3A}' +
	'\\u{11A84}-\\u{11A89}\\u{11D46}\\u{11F02}';
/* eslint-disable no-misleading-character-class -- the emoji modifiers are listed on purpose */
const joiningRun = new RegExp(`[${joining}]+`, 'gu');
const standalonePair = new RegExp(`[^${joining}](?=[^${joining}])`, 'gu');
/* eslint-enable no-misleading-character-class */
const chunkLength = 256;
const widthCache = new Map<string, number>();
// Widths of the one-code-unit graphemes, filled in as they are met.
const unknownWidth = 255;
const singleWidths = new Uint8Array(0x10000).fill(unknownWidth);

/** Columns a string takes in a terminal: CJK and emoji count two, combining marks none. */
export function displayWidth(text: string): number {
	if (isSingleColumn(text)) {
		return text.length;
	}
	let width = 0;
	for (const grapheme of splitGraphemes(text)) {
		width += graphemeWidth(grapheme);
	}
	return width;
}

/**
 * Columns one grapheme takes. A lone character's East Asian Width decides (marks, format and
 * control characters take none); clusters such as emoji sequences go to string-width, whose
 * first call costs a noticeable fraction of a second, so common text never pays it.
 */
export function graphemeWidth(grapheme: string): number {
	if (grapheme.length === 1) {
		const code = grapheme.charCodeAt(0);
		let known = singleWidths[code] ?? unknownWidth;
		if (known === unknownWidth) {
			known = codePointWidth(code);
			singleWidths[code] = known;
		}
		return known;
	}
	const codePoint = grapheme.codePointAt(0) ?? 0;
	if (codePoint > 0xffff && grapheme.length === 2) {
		return codePointWidth(codePoint);
	}
	let width = widthCache.get(grapheme);
	if (width === undefined) {
		width = stringWidth(grapheme);
		if (widthCache.size < 10_000) {
			widthCache.set(grapheme, width);
		}
	}
	return width;
}

const zeroWidth = /^[\p{Mn}\p{Me}\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}]$/u;

function codePointWidth(codePoint: number): number {
	return zeroWidth.test(String.fromCodePoint(codePoint)) ? 0 : eastAsianWidth(codePoint);
}

/**
 * The user-perceived characters of `text`, in order. Intl.Segmenter is slow and slows down
 * further on long strings, so characters that cannot join their neighbours skip it, and the rest is segmented in short chunks.
 */
export function* splitGraphemes(text: string): Generator<string> {
	let position = 0;
	while (position < text.length) {
		joiningRun.lastIndex = position;
		const run = joiningRun.exec(text);
		if (!run) {
			yield* text.slice(position);
			return;
		}
		// The character before a run may carry its marks, and the one after it may follow a
		// prepended letter or a joiner: segment from the last boundary that is certain to the next.
		const before = isLowSurrogate(text.charCodeAt(run.index - 1)) ? 2 : 1;
		const start = Math.max(position, run.index - before);
		yield* text.slice(position, start);
		standalonePair.lastIndex = run.index + run[0].length;
		const pair = standalonePair.exec(text);
		const end = pair ? pair.index + pair[0].length : text.length;
		yield* segmentInChunks(text.slice(start, end));
		position = end;
	}
}

/** Short runs repeat (an accented letter, an emoji), and segmenting each afresh is slow. */
const segmentCache = new Map<string, readonly string[]>();

function segmentShort(text: string): readonly string[] {
	let segments = segmentCache.get(text);
	if (segments === undefined) {
		segments = [...segmenter().segment(text)].map((part) => part.segment);
		if (segmentCache.size < 10_000) {
			segmentCache.set(text, segments);
		}
	}
	return segments;
}

/** Segments in chunks; a chunk's last grapheme may be cut short, so the next chunk redoes it. */
function* segmentInChunks(text: string): Generator<string> {
	if (text.length <= 16) {
		yield* segmentShort(text);
		return;
	}
	let start = 0;
	while (start < text.length) {
		const end = start + chunkLength;
		const segments = [...segmenter().segment(text.slice(start, end))];
		const last = end < text.length && segments.length > 1 ? segments.pop() : undefined;
		for (const {segment} of segments) {
			yield segment;
		}
		start += last ? last.index : chunkLength;
	}
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xdc00 && code <= 0xdfff;
}
