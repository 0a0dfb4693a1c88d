import {calendarDate} from './front-matter.js';
import {parse, type InputFormat} from './parse.js';
import {extractQuotes} from './quotes.js';
import {extractTimeline} from './timeline.js';
import type {Article, ParagraphLocation} from './types.js';

export type BuildOptions = {
	/** How to read the text; `auto` (the default) looks for front matter or Markdown headings. */
	readonly format?: InputFormat | 'auto';
	/** `YYYY-MM-DD`, overriding the article's own `published` date (ignored unless a real date). */
	readonly date?: string;
};

/**
 * Text → the article model: metadata, sections, word count, reading time, quotes and timeline.
 * `words` counts the white-space separated tokens of the title and the body;
 * `readingMinutes` is words / 230, rounded up, at least 1. Never throws; linear in the text.
 */
export function buildArticle(text: string, options: BuildOptions = {}): Article {
	const document = parse(text, options.format ?? 'auto');
	const published = calendarDate(options.date ?? null) ?? document.metadata.published;
	const located: ParagraphLocation[] = document.sections.flatMap((section, sectionIndex) =>
		section.paragraphs.map((text, index) => ({
			section: sectionIndex,
			paragraph: section.start + index,
			text,
		})),
	);
	const words = located.reduce(
		(sum, location) => sum + countWords(location.text),
		countWords(document.metadata.title),
	);
	return {
		...document.metadata,
		published,
		words,
		readingMinutes: Math.max(1, Math.ceil(words / wordsPerMinute)),
		sections: document.sections,
		quotes: extractQuotes(located),
		timeline: extractTimeline(located, published),
	};
}

const wordsPerMinute = 230;

/** White-space separated tokens, counted without building them. */
export function countWords(text: string): number {
	let count = 0;
	let inWord = false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		const isSpace = code === 0x20 || code === 0x0a || code === 0x09 || code === 0xa0;
		if (!isSpace && !inWord) {
			count++;
		}

		inWord = !isSpace;
	}

	return count;
}
