import {parse, type InputFormat} from './parse.js';
import {extractQuotes} from './quotes.js';
import {extractTimeline} from './timeline.js';
import type {Article, ParagraphLocation} from './types.js';

export type BuildOptions = {
	/** How to read the text; `auto` looks for front matter or Markdown headings. */
	readonly format?: InputFormat | 'auto';
	/** `YYYY-MM-DD`, overriding the article's own `published` date. */
	readonly date?: string;
};

/** Text → the article model: metadata, sections, quotes and timeline. Never throws. */
export function buildArticle(text: string, options: BuildOptions = {}): Article {
	const document = parse(text, options.format ?? 'auto');
	const published = options.date ?? document.metadata.published;
	const located: ParagraphLocation[] = document.sections.flatMap((section, sectionIndex) =>
		section.paragraphs.map((text, index) => ({
			section: sectionIndex,
			paragraph: section.start + index,
			text,
		})),
	);
	const paragraphs = located.map((location) => location.text);
	const words = paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph), 0);
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

function countWords(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}
