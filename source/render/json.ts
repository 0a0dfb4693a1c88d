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

/** The fields before the lists, in their order. */
function head(article: Article): Omit<ArticleJson, keyof Lists> {
	return {
		title: article.title,
		source: article.source,
		author: article.author,
		published: article.published,
		url: article.url,
		copyright: article.copyright,
		words: article.words,
		readingMinutes: article.readingMinutes,
	};
}

type Lists = Pick<ArticleJson, 'sections' | 'quotes' | 'timeline'>;

/** Each list of the contract, in its order, its items made one at a time from the article. */
function* lists(article: Article, only?: number): Generator<[keyof Lists, Iterable<unknown>]> {
	const view = outline(article, only);
	yield [
		'sections',
		mapped(view.sections, ({section}) => ({
			title: section.title,
			paragraphs: [...section.paragraphs],
		})),
	];
	yield [
		'quotes',
		mapped(view.quotes, (quote) => ({
			text: quote.text,
			speaker: quote.speaker,
			section: quote.section,
			paragraph: quote.paragraph,
		})),
	];
	yield [
		'timeline',
		mapped(view.timeline, (event) => ({
			date: event.date,
			phrase: event.phrase,
			approximate: event.approximate,
			summary: event.summary,
			section: event.section,
			paragraph: event.paragraph,
		})),
	];
}

function* mapped<Item, Result>(
	items: Iterable<Item>,
	map: (item: Item) => Result,
): Generator<Result> {
	for (const item of items) yield map(item);
}

/**
 * The article as the JSON contract: exactly these fields, in this order, and nothing internal
 * (no offsets or start indices). With `section` (0-based) only that section and its quotes and
 * events are listed; their `section` and `paragraph` numbers still count in the whole article.
 */
export function toJson(article: Article, section?: number): ArticleJson {
	const json: Record<string, unknown> = head(article);
	for (const [name, items] of lists(article, section)) json[name] = [...items];
	return json as ArticleJson;
}

/** `toJson` printed with two-space indents and a final newline; JSON escapes every control character. */
export function renderJson(article: Article, section?: number): string {
	return [...jsonParts(article, section)].join('');
}

/**
 * `renderJson` a part at a time, an item of a list at a time, so that a long article's JSON is
 * written as it is made, never whole in memory: the same text as `JSON.stringify` of `toJson`
 * with two-space indents.
 */
export function* jsonParts(article: Article, section?: number): Generator<string> {
	// The head's closing `\n}` gives way to the lists.
	yield `${JSON.stringify(head(article), null, 2).slice(0, -2)},\n`;
	const all = [...lists(article, section)];
	for (const [index, [name, items]] of all.entries()) {
		const after = index === all.length - 1 ? '\n' : ',\n';
		let first = true;
		for (const item of items) {
			yield `${first ? `  "${name}": [\n    ` : ',\n    '}${JSON.stringify(item, null, 2).replaceAll('\n', '\n    ')}`;
			first = false;
		}
		yield first ? `  "${name}": []${after}` : `\n  ]${after}`;
	}
	yield '}\n';
}
