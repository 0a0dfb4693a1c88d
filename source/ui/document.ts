import type {Article} from '../article/types.js';
import {wrapRanges} from '../render/wrap.js';

/**
 * Where a line sits in the article: its section, its paragraph (-1 for the section heading)
 * and the offset of its first character in that paragraph or heading. Positions survive
 * re-wrapping, so the reading place is kept across resizes.
 */
export type Position = {
	readonly section: number;
	readonly paragraph: number;
	readonly start: number;
};

/** One display line of the article pane. */
export type Line = Position & {
	readonly kind: 'heading' | 'text' | 'blank';
	readonly text: string;
};

/** The whole article as wrapped lines for one width, with the first line of each section. */
export type ArticleDocument = {
	readonly width: number;
	readonly lines: readonly Line[];
	readonly sectionLines: readonly number[];
};

const cache = new WeakMap<Article, Map<number, ArticleDocument>>();
const keptWidths = 4;

/** The article wrapped at `width` columns; each article is wrapped once per width. */
export function documentFor(article: Article, width: number): ArticleDocument {
	let byWidth = cache.get(article);
	if (!byWidth) {
		byWidth = new Map();
		cache.set(article, byWidth);
	}
	let document = byWidth.get(width);
	if (!document) {
		document = buildDocument(article, width);
		byWidth.set(width, document);
		// A long article wrapped at every width a window was dragged through would pile up.
		if (byWidth.size > keptWidths) {
			byWidth.delete(byWidth.keys().next().value!);
		}
	}
	return document;
}

/** The text as shown: control characters and line breaks become spaces, one for one. */
export function displayText(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
}

/** The heading shown for section `index`. */
export function headingText(article: Article, index: number): string {
	return `${index + 1} ${displayText(article.sections[index]?.title ?? '')}`;
}

function buildDocument(article: Article, width: number): ArticleDocument {
	const lines: Line[] = [];
	const sectionLines: number[] = [];
	article.sections.forEach((section, sectionIndex) => {
		sectionLines.push(lines.length);
		const heading = headingText(article, sectionIndex);
		for (const range of wrapRanges(heading, width)) {
			lines.push({
				section: sectionIndex,
				paragraph: -1,
				start: range.start,
				kind: 'heading',
				text: heading.slice(range.start, range.end),
			});
		}
		lines.push(blank(sectionIndex, -1, heading.length));
		section.paragraphs.forEach((raw, index) => {
			const paragraph = section.start + index;
			const text = displayText(raw);
			for (const range of wrapRanges(text, width)) {
				lines.push({
					section: sectionIndex,
					paragraph,
					start: range.start,
					kind: 'text',
					text: text.slice(range.start, range.end),
				});
			}
			lines.push(blank(sectionIndex, paragraph, text.length));
		});
	});
	return {width, lines, sectionLines};
}

function blank(section: number, paragraph: number, start: number): Line {
	return {section, paragraph, start, kind: 'blank', text: ''};
}

function compare(a: Position, b: Position): number {
	return a.section - b.section || a.paragraph - b.paragraph || a.start - b.start;
}

/** Index of the line that shows `position`: the last line starting at or before it. */
export function lineAt(document: ArticleDocument, position: Position): number {
	let low = 0;
	let high = document.lines.length - 1;
	let found = 0;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (compare(document.lines[middle]!, position) <= 0) {
			found = middle;
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	return found;
}

/** The position of line `index` (the first line when out of range). */
export function positionOf(document: ArticleDocument, index: number): Position {
	const line = document.lines[Math.min(index, document.lines.length - 1)];
	return line
		? {section: line.section, paragraph: line.paragraph, start: line.start}
		: {section: 0, paragraph: -1, start: 0};
}
