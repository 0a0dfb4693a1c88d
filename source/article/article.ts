import {calendarDate} from './front-matter.js';
import {parsePartsSteps, type TextParts} from './parse-parts.js';
import {parseSteps, type InputFormat, type ParsedDocument} from './parse.js';
import {extractQuotes} from './quotes.js';
import {runSteps, within, type Steps} from './steps.js';
import {sectionOf} from './sections.js';
import {StoredQuotes, StoredTimeline} from './stored-model.js';
import {ParagraphStore, type Compression} from './stored-text.js';
import {extractTimeline, summarySentences} from './timeline.js';
import type {Article, ParagraphLocation, Quote, Section, TimelineEvent} from './types.js';

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
 * For long texts, `loadArticle` builds the same model without blocking.
 */
export function buildArticle(text: string, options: BuildOptions = {}): Article {
	return runSteps(articleSteps(text, options));
}

/**
 * `buildArticle` in steps (see `Steps`). With `limit`, only the opening of the body is read
 * (see `parseSteps`), and `words` and `readingMinutes` are scaled up from what was read. With
 * `share` below 1, `text` is itself only that share of the whole article's text, and they are
 * scaled up accordingly. Without `extract`, no quotes or events are looked for: the model has
 * none.
 */
export function* articleSteps(
	text: string,
	options: BuildOptions = {},
	limit = Number.POSITIVE_INFINITY,
	share = 1,
	extract = true,
): Steps<Article> {
	const {document, read} = yield* within(
		0,
		0.35,
		parseSteps(text, options.format ?? 'auto', limit),
	);
	return yield* within(0.35, 1, modelSteps(document, options, read * share, extract));
}

/**
 * `articleSteps` for a text read a part at a time (see `TextParts`), never held whole: its
 * paragraphs are kept as UTF-8 (see `ParagraphStore`), compressed with `compression`, and its
 * quotes and events as columns (see `StoredQuotes`), read back when asked for. The model is the
 * same as `buildArticle`'s of the whole text, but far smaller; reading a paragraph, quote or
 * event costs a little more.
 */
export function* storedArticleSteps(
	source: TextParts,
	options: BuildOptions = {},
	compression?: Compression,
): Steps<Article> {
	const store = new ParagraphStore(compression);
	const document = yield* within(
		0,
		0.35,
		parsePartsSteps(source, options.format ?? 'auto', () => store.run()),
	);
	return yield* within(0.35, 1, modelSteps(document, options, 1, true, true));
}

/** The model of a parsed document; `seen` is the share of the body it holds. */
function* modelSteps(
	document: ParsedDocument,
	options: BuildOptions,
	seen: number,
	extract: boolean,
	stored = false,
): Steps<Article> {
	const published = calendarDate(options.date ?? null) ?? document.metadata.published;
	const found = yield* extractionSteps(document.sections, published, extract, stored);
	const bodyWords = seen < 1 ? Math.round(found.words / Math.max(seen, 1e-9)) : found.words;
	const words = countWords(document.metadata.title) + bodyWords;
	return {
		...document.metadata,
		published,
		words,
		readingMinutes: Math.max(1, Math.ceil(words / wordsPerMinute)),
		sections: document.sections,
		quotes: found.quotes,
		timeline: found.timeline,
	};
}

const wordsPerMinute = 230;

/**
 * Quotes and timeline events are found a chunk of consecutive paragraphs at a time, each chunk
 * about this many characters (a news article of ordinary length is one chunk): extraction is
 * the slowest part of a build, and a chunk must take well under 100 ms. Chunks depend on the
 * text alone, so a model built at once and one built in steps are the same.
 */
export const extractionChunkCharacters = 32_768;

type Extracted = {words: number; quotes: readonly Quote[]; timeline: readonly TimelineEvent[]};

/** How many events `extractionSteps` gathers into the timeline between pauses. */
const gatherEvents = 65_536;

/**
 * Runs quote and timeline extraction chunk by chunk over the body, and counts its words. The
 * chunks' quotes are concatenated in reading order; their events are merged by date (undated
 * last), each chunk's own order kept for equal dates: gathered by date as they are found, and
 * the dates put in order at the end, so a long article's timeline is never sorted in one go.
 */
function* extractionSteps(
	sections: readonly Section[],
	published: string | null,
	extract: boolean,
	stored: boolean,
): Steps<Extracted> {
	const total = sections.reduce((sum, section) => sum + section.paragraphs.length, 0);
	const found = {words: 0, quotes: [] as Quote[], timeline: [] as TimelineEvent[]};
	const byDay = new Map<string | null, TimelineEvent[]>();
	const paragraphs = {
		sectionOf: (paragraph: number) => sectionOf(sections, paragraph),
		textOf: (paragraph: number) => {
			const section = sections[sectionOf(sections, paragraph)];
			return section?.paragraphs[paragraph - section.start] ?? '';
		},
	};
	const storedQuotes = stored ? new StoredQuotes(paragraphs) : null;
	const storedTimeline = stored ? new StoredTimeline(paragraphs) : null;
	let chunk: ParagraphLocation[] = [];
	let characters = 0;
	let chunks = 0;
	/** Extracts from the chunk; `shift` is where its one text starts in its paragraph. */
	const flush = (shift = 0): void => {
		for (const extracted of extract ? extractQuotes(chunk) : []) {
			const quote = shift === 0 ? extracted : {...extracted, offset: extracted.offset + shift};
			if (storedQuotes) storedQuotes.add(quote);
			else found.quotes.push(quote);
		}

		for (const extracted of extract ? extractTimeline(chunk, published) : []) {
			const event = shift === 0 ? extracted : {...extracted, offset: extracted.offset + shift};
			if (storedTimeline) {
				const sentence = summarySentences.get(extracted);
				storedTimeline.add(
					event,
					sentence && {start: sentence.start + shift, end: sentence.end + shift},
				);
				continue;
			}
			const events = byDay.get(event.date);
			if (events) events.push(event);
			else byDay.set(event.date, [event]);
		}

		chunk = [];
		characters = 0;
		chunks++;
	};

	for (const [sectionIndex, section] of sections.entries()) {
		for (const [index, text] of section.paragraphs.entries()) {
			found.words += countParagraphWords(text);
			const paragraph = section.start + index;
			if (text.length > 2 * extractionChunkCharacters) {
				// A paragraph of megabytes (a text that is one long line) is read a window of whole
				// sentences at a time, each its own chunk, so that no step takes long.
				if (chunk.length > 0) flush();
				for (let start = 0, end = 0; start < text.length; start = end) {
					end = nextWindowStart(text, start);
					chunk.push({section: sectionIndex, paragraph, text: text.slice(start, end)});
					flush(start);
					yield (paragraph + end / text.length) / total;
				}
				continue;
			}
			chunk.push({section: sectionIndex, paragraph, text});
			characters += text.length;
			if (characters >= extractionChunkCharacters) {
				flush();
				yield (paragraph + 1) / total;
			}
		}
	}

	if (chunk.length > 0 || chunks === 0) {
		flush();
	}

	if (storedQuotes && storedTimeline) {
		return {
			words: found.words,
			quotes: storedQuotes.array(),
			timeline: storedTimeline.array((a, b) => byDate({date: a}, {date: b})),
		};
	}

	const dates = [...byDay.keys()].sort((a, b) => byDate({date: a}, {date: b}));
	for (const date of dates) {
		for (const event of byDay.get(date)!) {
			found.timeline.push(event);
			if (found.timeline.length % gatherEvents === 0) yield 1;
		}
	}

	return found;
}

/**
 * Where the window of `text` from `start` ends and the next begins: after the last sentence end
 * (`. `, `! `, `? `) in the second half of a chunk's length, else after the last space there,
 * else at the chunk's length itself, never inside a surrogate pair.
 */
function nextWindowStart(text: string, start: number): number {
	const limit = start + extractionChunkCharacters;
	if (limit >= text.length) return text.length;
	const half = start + extractionChunkCharacters / 2;
	let best = -1;
	for (const end of ['. ', '! ', '? ']) {
		best = Math.max(best, text.lastIndexOf(end, limit - 2));
	}
	if (best > half) return best + 2;
	const space = text.lastIndexOf(' ', limit - 1);
	if (space > half) return space + 1;
	const code = text.charCodeAt(limit - 1);
	return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** Dates in order (`2014` before `2014-03`), undated events last; a stable sort keeps ties. */
function byDate(a: Pick<TimelineEvent, 'date'>, b: Pick<TimelineEvent, 'date'>): number {
	if (a.date === b.date) {
		return 0;
	}

	if (a.date === null || b.date === null) {
		return a.date === null ? 1 : -1;
	}

	return a.date < b.date ? -1 : 1;
}

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

/**
 * `countWords` of a clean paragraph, which is never empty and has single spaces between its
 * words and none at its ends: the spaces, plus one, found by a native scan.
 */
function countParagraphWords(paragraph: string): number {
	let count = 1;
	for (
		let index = paragraph.indexOf(' ');
		index !== -1;
		index = paragraph.indexOf(' ', index + 1)
	) {
		count++;
	}

	return count;
}
