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
	if (query === '') {
		return [];
	}
	const pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
	const matches: Span[] = [];
	// Shown text differs from the text only where a control character shows as a space; a query
	// without either finds the same spans in both, without copying every paragraph.
	// eslint-disable-next-line no-control-regex
	const asShown = /[\s\u0000-\u001F\u007F-\u009F]/.test(query)
		? displayText
		: (text: string) => text;
	const collect = (text: string, section: number, paragraph: number) => {
		for (const match of text.matchAll(pattern)) {
			matches.push({section, paragraph, offset: match.index, length: match[0].length});
		}
	};
	article.sections.forEach((section, sectionIndex) => {
		collect(headingText(article, sectionIndex), sectionIndex, -1);
		section.paragraphs.forEach((paragraph, index) => {
			collect(asShown(paragraph), sectionIndex, section.start + index);
		});
	});
	return matches;
}
