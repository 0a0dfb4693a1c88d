import type {Article} from '../article/types.js';
import {displayText, headingText} from './document.js';

/** A stretch of one paragraph (or of a section heading, paragraph -1). */
export type Span = {
	readonly section: number;
	readonly paragraph: number;
	readonly offset: number;
	readonly length: number;
};

/**
 * Every case-insensitive occurrence of `query` in the article, headings included, in reading
 * order. An empty query finds nothing.
 */
export function findMatches(article: Article, query: string): Span[] {
	const steps = matchSteps(article, query);
	let next = steps.next();
	while (!next.done) next = steps.next();
	return next.value;
}

/** How many characters `matchSteps` searches between pauses: well under a millisecond. */
const stepCharacters = 65_536;

/**
 * `findMatches` in steps: yields the matches found so far (the same growing array) after every
 * few pages of text, inside a long paragraph too, and returns them all.
 */
export function* matchSteps(article: Article, query: string): Generator<Span[], Span[]> {
	const matches: Span[] = [];
	if (query === '') {
		return matches;
	}
	const pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
	// Shown text differs from the text only where a control character shows as a space; a query
	// without either finds the same spans in both, without copying every paragraph.
	// eslint-disable-next-line no-control-regex
	const asShown = /[\s\u0000-\u001F\u007F-\u009F]/.test(query)
		? displayText
		: (text: string) => text;
	let searched = 0;
	/** Adds the matches in `text`, pausing every `stepCharacters` characters searched. */
	function* collect(text: string, section: number, paragraph: number): Generator<Span[]> {
		pattern.lastIndex = 0;
		let from = 0;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			matches.push({section, paragraph, offset: match.index, length: match[0].length});
			if (searched + pattern.lastIndex - from >= stepCharacters) {
				searched = 0;
				from = pattern.lastIndex;
				const resume = pattern.lastIndex;
				yield matches;
				pattern.lastIndex = resume;
			}
		}
		searched += text.length - from;
		if (searched >= stepCharacters) {
			searched = 0;
			yield matches;
		}
	}
	for (const [sectionIndex, section] of article.sections.entries()) {
		yield* collect(headingText(article, sectionIndex), sectionIndex, -1);
		for (const [index, paragraph] of section.paragraphs.entries()) {
			yield* collect(asShown(paragraph), sectionIndex, section.start + index);
		}
	}
	return matches;
}
