import {sectionOf} from '../article/sections.js';
import type {Article} from '../article/types.js';
import {documentFor, lineAt, positionOf, type Position} from './document.js';
import {scrollTo} from './scroll.js';
import {findMatches, type Span} from './search.js';
import {searchesInSlices} from './sliced-search.js';
import type {ReaderState} from './state.js';
import {timelineOrder} from './timeline-order.js';

// The full article replacing its preview: the same text at the top, the same items selected.

/**
 * Where `position` (in `before`) is in `after`. Paragraph numbers are the same in both; the
 * sections may not be, since they are found from the whole text. A heading maps to the heading
 * of the section that now holds its first paragraph, or to that paragraph's start.
 */
function relocate(before: Article, after: Article, position: Position): Position {
	if (position.paragraph >= 0) {
		return {...position, section: sectionOf(after.sections, position.paragraph)};
	}
	const first = before.sections[position.section]?.start ?? 0;
	const section = sectionOf(after.sections, first);
	return after.sections[section]?.start === first
		? {...position, section}
		: {section, paragraph: first, start: 0};
}

function relocateSpan(before: Article, after: Article, span: Span): Span {
	const {section, paragraph, start} = relocate(before, after, {...span, start: span.offset});
	return {section, paragraph, offset: start, length: span.length};
}

/** The index in `items` of the item at the same place as `item`, or `fallback`. */
function sameItem<T extends {paragraph: number; offset: number}>(
	items: readonly T[],
	item: T | undefined,
	fallback: number,
): number {
	if (!item) return fallback;
	const index = items.findIndex(
		(other) => other.paragraph === item.paragraph && other.offset === item.offset,
	);
	return index < 0 ? fallback : index;
}

/**
 * Shows `article` (the whole article) in place of the preview: the line at the top shows the
 * same text, the selected section, quote and event stay selected, the history, mark and search
 * carry over; `loading` ends.
 */
export function replaceArticle(state: ReaderState, article: Article): ReaderState {
	const before = state.article;
	if (article === before) {
		return state.loading === null ? state : {...state, loading: null};
	}
	const document = documentFor(article, state.document.width);
	const top = lineAt(document, relocate(before, article, positionOf(state.document, state.top)));
	const oldOrder = timelineOrder(before);
	const newOrder = timelineOrder(article);
	const event = before.timeline[oldOrder[state.selected.timeline] ?? -1];
	const eventIndex = sameItem(article.timeline, event, -1);
	const selected = {
		sections: sectionOf(article.sections, before.sections[state.selected.sections]?.start ?? 0),
		quotes: sameItem(article.quotes, before.quotes[state.selected.quotes], state.selected.quotes),
		timeline: eventIndex < 0 ? state.selected.timeline : newOrder.indexOf(eventIndex),
	};
	let {search} = state;
	if (search.query !== '' && searchesInSlices(article)) {
		// Found again in slices; the current match stays current.
		const current = search.matches[search.current];
		const place = current && relocateSpan(before, article, current);
		const from = place
			? {section: place.section, paragraph: place.paragraph, start: place.offset}
			: relocate(before, article, search.searching?.from ?? positionOf(state.document, state.top));
		search = {
			...search,
			matches: [],
			current: -1,
			searching: {from, jump: search.searching?.jump ?? false},
		};
	} else if (search.query !== '') {
		const matches = findMatches(article, search.query);
		const current = search.matches[search.current];
		const place = current && relocateSpan(before, article, current);
		// The current match stays current; matches are in reading order.
		const index = place
			? matches.findIndex(
					(match) =>
						match.section > place.section ||
						(match.section === place.section &&
							(match.paragraph > place.paragraph ||
								(match.paragraph === place.paragraph && match.offset >= place.offset))),
				)
			: -1;
		search = {...search, matches, current: index < 0 ? (matches.length > 0 ? 0 : -1) : index};
	}
	const moved = scrollTo(
		{
			...state,
			article,
			document,
			loading: null,
			search,
			history: state.history.map((position) => relocate(before, article, position)),
			mark: state.mark && relocateSpan(before, article, state.mark),
		},
		top,
	);
	// Unless the section list has the focus, it follows the text, as scrollTo has set it.
	return {
		...moved,
		selected:
			state.focus === 'sections' ? selected : {...selected, sections: moved.selected.sections},
	};
}
