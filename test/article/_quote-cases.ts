import {extractQuotes} from '../../source/article/quotes.js';

/** A table case for quote extraction: paragraphs of one section, and what must come out. */
export type QuoteCase = {
	readonly rule: string;
	readonly paragraphs: readonly string[];
	/** [text, speaker] for every quote, in order. */
	readonly quotes: ReadonlyArray<readonly [string, string | null]>;
};

/** The quotes found in `paragraphs`, numbered from 0 in section 0. */
export function quotesIn(paragraphs: readonly string[]) {
	return extractQuotes(paragraphs.map((text, index) => ({section: 0, paragraph: index, text})));
}

/** [text, speaker] of every quote found in `paragraphs`. */
export function spokenIn(paragraphs: readonly string[]) {
	return quotesIn(paragraphs).map((quote) => [quote.text, quote.speaker]);
}
