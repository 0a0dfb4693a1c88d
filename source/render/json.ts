import type {Article} from '../article/types.js';
import {outline} from './outline.js';

/** The stable machine contract of `--format json`; see the design's JSON section. */
export type ArticleJson = {
	title: string;
	source: string | null;
	author: string | null;
	published: string | null;
	url: string | null;
	copyright: string | null;
	words: number;
	readingMinutes: number;
	sections: Array<{title: string; paragraphs: string[]}>;
	quotes: Array<{text: string; speaker: string | null; section: number; paragraph: number}>;
	timeline: Array<{
		date: string | null;
		phrase: string;
		approximate: boolean;
		summary: string;
		section: number;
		paragraph: number;
	}>;
};

/**
 * The article as the JSON contract: exactly these fields, in this order, and nothing internal
 * (no offsets or start indices). With `section` (0-based) only that section and its quotes and
 * events are listed; their `section` and `paragraph` numbers still count in the whole article.
 */
export function toJson(article: Article, section?: number): ArticleJson {
	const view = outline(article, section);
	return {
		title: article.title,
		source: article.source,
		author: article.author,
		published: article.published,
		url: article.url,
		copyright: article.copyright,
		words: article.words,
		readingMinutes: article.readingMinutes,
		sections: view.sections.map(({section}) => ({
			title: section.title,
			paragraphs: [...section.paragraphs],
		})),
		quotes: view.quotes.map((quote) => ({
			text: quote.text,
			speaker: quote.speaker,
			section: quote.section,
			paragraph: quote.paragraph,
		})),
		timeline: view.timeline.map((event) => ({
			date: event.date,
			phrase: event.phrase,
			approximate: event.approximate,
			summary: event.summary,
			section: event.section,
			paragraph: event.paragraph,
		})),
	};
}

/** `toJson` printed with two-space indents and a final newline; JSON escapes every control character. */
export function renderJson(article: Article, section?: number): string {
	return JSON.stringify(toJson(article, section), null, 2) + '\n';
}
