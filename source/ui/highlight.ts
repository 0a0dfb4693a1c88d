import {runSteps, runStepsInSlices, type Steps} from '../article/steps.js';
import type {Article, Quote} from '../article/types.js';
import type {Line, Position} from './document.js';
import type {Span} from './search.js';

/** What a piece of a line is, in increasing order of precedence. */
export type Emphasis = 'plain' | 'quote' | 'match' | 'mark' | 'current';

/** A run of one line's text with one emphasis. */
export type Piece = {readonly text: string; readonly emphasis: Emphasis};

/** Spans to emphasise, grouped by paragraph for quick lookup per line. */
export type Highlights = ReadonlyMap<number, ReadonlyArray<{span: Span; emphasis: Emphasis}>>;

const rank: Record<Emphasis, number> = {plain: 0, quote: 1, match: 2, mark: 3, current: 4};

/** Groups spans by paragraph. */
export function groupHighlights(
	groups: ReadonlyArray<{spans: readonly Span[]; emphasis: Emphasis}>,
): Highlights {
	const byParagraph = new Map<number, Array<{span: Span; emphasis: Emphasis}>>();
	for (const {spans, emphasis} of groups) {
		for (const span of spans) {
			const list = byParagraph.get(span.paragraph) ?? [];
			list.push({span, emphasis});
			byParagraph.set(span.paragraph, list);
		}
	}
	return byParagraph;
}

type Place = Pick<Position, 'section' | 'paragraph'>;

const before = (span: Place, place: Place) =>
	span.section < place.section ||
	(span.section === place.section && span.paragraph < place.paragraph);

/**
 * The items (spans, quotes) of paragraphs (or headings) from `first` to `last`, for the lines in
 * view. `items` must be in reading order (by section, then paragraph, headings first), as quotes
 * and search matches are; found by binary search, so a frame costs what it shows.
 */
export function spansWithin<Item extends Place>(
	items: readonly Item[],
	first: Position,
	last: Position,
): Item[] {
	const firstAfter = (place: Position, inclusive: boolean) => {
		let low = 0;
		let high = items.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			const item = items[middle]!;
			const isBefore =
				before(item, place) ||
				(inclusive && item.section === place.section && item.paragraph === place.paragraph);
			if (isBefore) low = middle + 1;
			else high = middle;
		}
		return low;
	};
	return items.slice(firstAfter(first, false), firstAfter(last, true));
}

/** Whether `items` are in reading order, as `spansWithin` needs. */
export function inReadingOrder(items: readonly Place[]): boolean {
	return runSteps(orderCheck(items));
}

/** `inReadingOrder` in steps of a few thousand items. */
function* orderCheck(items: readonly Place[]): Steps<boolean> {
	for (let index = 1; index < items.length; index++) {
		if (before(items[index]!, items[index - 1]!)) return false;
		if (index % 4096 === 0) yield index / items.length;
	}
	return true;
}

const quoteOrders = new WeakMap<Article, readonly Quote[]>();

/** The article's quotes in reading order, as `spansWithin` needs (a built article's are). */
export function quotesInReadingOrder(article: Article): readonly Quote[] {
	let quotes = quoteOrders.get(article);
	if (!quotes) {
		quotes = ordered(article.quotes, inReadingOrder(article.quotes));
		quoteOrders.set(article, quotes);
	}
	return quotes;
}

/**
 * Works out `quotesInReadingOrder` a few milliseconds at a time, so that a long article's
 * hundreds of thousands of quotes do not hold up keys when it is first shown.
 */
export async function prepareQuotes(article: Article, signal?: AbortSignal): Promise<void> {
	if (quoteOrders.has(article)) return;
	const inOrder = await runStepsInSlices(orderCheck(article.quotes), signal);
	quoteOrders.set(article, ordered(article.quotes, inOrder));
}

function ordered(quotes: readonly Quote[], inOrder: boolean): readonly Quote[] {
	return inOrder
		? quotes
		: [...quotes].sort((a, b) => a.section - b.section || a.paragraph - b.paragraph);
}

/** Splits a line into pieces, each with the strongest emphasis covering it. */
export function piecesOf(line: Line, highlights: Highlights): Piece[] {
	const spans = (highlights.get(line.paragraph) ?? []).filter(
		({span}) => span.section === line.section,
	);
	if (spans.length === 0 || line.text === '') {
		return [{text: line.text, emphasis: 'plain'}];
	}
	const end = line.start + line.text.length;
	const emphasisAt = (offset: number): Emphasis => {
		let best: Emphasis = 'plain';
		for (const {span, emphasis} of spans) {
			if (
				offset >= span.offset &&
				offset < span.offset + span.length &&
				rank[emphasis] > rank[best]
			) {
				best = emphasis;
			}
		}
		return best;
	};
	const cuts = new Set<number>([line.start, end]);
	for (const {span} of spans) {
		for (const cut of [span.offset, span.offset + span.length]) {
			if (cut > line.start && cut < end) {
				cuts.add(cut);
			}
		}
	}
	const sorted = [...cuts].sort((a, b) => a - b);
	const pieces: Piece[] = [];
	for (let index = 0; index < sorted.length - 1; index++) {
		const from = sorted[index]!;
		const to = sorted[index + 1]!;
		const text = line.text.slice(from - line.start, to - line.start);
		const emphasis = emphasisAt(from);
		const last = pieces.at(-1);
		if (last?.emphasis === emphasis) {
			pieces[pieces.length - 1] = {text: last.text + text, emphasis};
		} else {
			pieces.push({text, emphasis});
		}
	}
	return pieces;
}
