import type {Article} from '../article/types.js';
import {documentFor, positionOf, type ArticleDocument, type Position} from './document.js';
import {keymap, type Command} from './keymap.js';
import {computeLayout, helpHeight, innerSize, type Layout} from './layout.js';
import {
	back,
	jumpTo,
	jumpToSection,
	jumpToSpan,
	maxTop,
	nextSection,
	resize,
	rewrapped,
	same,
	scrollTo,
	viewHeight,
} from './scroll.js';
import {replaceArticle} from './replace-article.js';
import {findMatches, type Span} from './search.js';
import {foundMatches, searchesInSlices, type Searching} from './sliced-search.js';
import {timelineOrder} from './timeline-order.js';

/** The reader's panes; the three lists are the list panes. */
export type Pane = 'sections' | 'article' | 'quotes' | 'timeline';
export type ListPane = Exclude<Pane, 'article'>;

/** The search prompt and the last search's matches. */
export type SearchState = {
	/** The text being typed after `/`; null while the prompt is closed. */
	readonly prompt: string | null;
	readonly query: string;
	readonly matches: readonly Span[];
	/** Index into `matches` of the current match, -1 for none. */
	readonly current: number;
	/** While a long article's matches are still being found (see `findMatchesInSlices`). */
	readonly searching?: Searching;
};

/** Everything the reader shows is a function of this state. */
export type ReaderState = {
	readonly article: Article;
	readonly layout: Layout;
	/** The article wrapped for the article pane's text width. */
	readonly document: ArticleDocument;
	/** First article line in view. */
	readonly top: number;
	readonly focus: Pane;
	/** The list pane shown in the side column (medium) or last focused. */
	readonly side: ListPane;
	readonly selected: {readonly [pane in ListPane]: number};
	readonly search: SearchState;
	/** The quote or event last opened in the text. */
	readonly mark: Span | null;
	/** Where the reader was before each jump, newest last. */
	readonly history: readonly Position[];
	readonly overlay: 'help' | null;
	/** First help row in view. */
	readonly helpTop: number;
	/** Keys of an unfinished sequence such as `''`. */
	readonly pending: readonly string[];
	/**
	 * While the full article is built behind a preview: the share done, 0 to 1. Null once the
	 * article shown is the whole one.
	 */
	readonly loading: number | null;
	/** Why the whole article could not be built, when it could not: the preview stays. */
	readonly failed: string | null;
};

/**
 * The reader's actions. `command` carries a keymap command; `select` and `open` come from a
 * list pane (highlight and Enter); `type` is text typed into the search prompt; `resize` a new
 * terminal size; `pending` the start of a key sequence; `section` a section by its 1-based
 * number; `progress` how far the full article's build is; `loaded` the full article, which
 * replaces the preview at the same reading place; `failed` why it could not be built;
 * `rewrapped` that the article is now indexed at the width of a provisional document; `matches` the matches of a search run in
 * slices, so far or all (`done`). Quitting and suspending are side effects
 * handled outside the reducer.
 */
export type Action =
	| {readonly type: 'command'; readonly command: Command}
	| {readonly type: 'select'; readonly pane: ListPane; readonly index: number}
	| {readonly type: 'open'; readonly pane: ListPane; readonly index: number}
	| {readonly type: 'type'; readonly text: string}
	| {readonly type: 'resize'; readonly columns: number; readonly rows: number}
	| {readonly type: 'pending'; readonly keys: readonly string[]}
	| {readonly type: 'section'; readonly number: number}
	| {readonly type: 'progress'; readonly loading: number}
	| {readonly type: 'loaded'; readonly article: Article}
	| {readonly type: 'failed'; readonly reason: string}
	| {readonly type: 'rewrapped'}
	| {
			readonly type: 'matches';
			readonly article: Article;
			readonly query: string;
			readonly matches: readonly Span[];
			readonly done: boolean;
	  };

const closedSearch: SearchState = {prompt: null, query: '', matches: [], current: -1};

/** The state a fresh reader opens in; `loading` 0 when `article` is a preview still loading. */
export function initialState(
	article: Article,
	columns: number,
	rows: number,
	loading: number | null = null,
): ReaderState {
	const layout = computeLayout(columns, rows);
	return {
		article,
		layout,
		document: documentFor(article, innerSize(layout.article).width),
		top: 0,
		focus: 'article',
		side: 'sections',
		selected: {sections: 0, quotes: 0, timeline: 0},
		search: closedSearch,
		mark: null,
		history: [],
		overlay: null,
		helpTop: 0,
		pending: [],
		loading,
		failed: null,
	};
}

export {sectionInView, viewHeight} from './scroll.js';

/** Panes in Tab order. */
export const paneOrder: readonly Pane[] = ['sections', 'article', 'quotes', 'timeline'];

/** Applies `action`; returns the very same object when nothing changes. */
export function reduce(state: ReaderState, action: Action): ReaderState {
	switch (action.type) {
		case 'resize':
			return resize(state, action.columns, action.rows);
		case 'pending':
			return same(state, {pending: action.keys});
		case 'type':
			return state.search.prompt === null
				? state
				: withSearch(state, {prompt: state.search.prompt + action.text});
		case 'select':
			return select(state, action.pane, action.index);
		case 'open':
			return open(select(state, action.pane, action.index), action.pane, action.index);
		case 'command':
			return command(cleared(state), action.command);
		case 'section':
			return jumpToSection(cleared(state), action.number - 1);
		case 'progress':
			return state.loading === null ? state : same(state, {loading: action.loading});
		case 'loaded':
			return replaceArticle(state, action.article);
		case 'rewrapped':
			return rewrapped(state);
		case 'failed':
			return state.loading === null ? state : same(state, {loading: null, failed: action.reason});
		case 'matches':
			return foundMatches(state, action);
	}
}

function cleared(state: ReaderState): ReaderState {
	return state.pending.length === 0 ? state : {...state, pending: []};
}

function withSearch(state: ReaderState, changes: Partial<SearchState>): ReaderState {
	const search = {...state.search, ...changes};
	const keys = Object.keys(changes) as Array<keyof SearchState>;
	return keys.every((key) => Object.is(state.search[key], search[key]))
		? state
		: {...state, search};
}

function listLength(state: ReaderState, pane: ListPane): number {
	if (pane === 'sections') return state.article.sections.length;
	if (pane === 'quotes') return state.article.quotes.length;
	return state.article.timeline.length;
}

function select(state: ReaderState, pane: ListPane, index: number): ReaderState {
	const length = listLength(state, pane);
	if (length === 0 || state.selected[pane] === index) {
		return state;
	}
	const clamped = Math.max(0, Math.min(length - 1, index));
	return state.selected[pane] === clamped
		? state
		: {...state, selected: {...state.selected, [pane]: clamped}};
}

function open(state: ReaderState, pane: ListPane, index: number): ReaderState {
	let opened = state;
	if (pane === 'sections') {
		opened = jumpToSection(state, index);
	} else {
		const item =
			pane === 'quotes'
				? state.article.quotes[index]
				: state.article.timeline[timelineOrder(state.article)[index] ?? -1];
		if (!item) {
			return state;
		}
		const length = 'text' in item ? item.text.length : item.phrase.length;
		const mark: Span = {
			section: item.section,
			paragraph: item.paragraph,
			offset: item.offset,
			length,
		};
		opened = same(jumpToSpan(state, mark), {mark});
	}
	// With one pane at a time the reader wants to see where it went.
	return state.layout.tabs ? same(opened, {focus: 'article'}) : opened;
}

function focusPane(state: ReaderState, pane: Pane): ReaderState {
	return pane === 'article' ? same(state, {focus: pane}) : same(state, {focus: pane, side: pane});
}

function cycleFocus(state: ReaderState, step: number): ReaderState {
	const index = paneOrder.indexOf(state.focus);
	const next = paneOrder[(index + step + paneOrder.length) % paneOrder.length]!;
	return focusPane(state, next);
}

function searchFor(state: ReaderState): ReaderState {
	const query = state.search.prompt ?? '';
	if (query === '') {
		return {...state, search: closedSearch};
	}
	const from = positionOf(state.document, state.top);
	if (searchesInSlices(state.article)) {
		const searching = {from, jump: true};
		return {...state, search: {prompt: null, query, matches: [], current: -1, searching}};
	}
	const matches = findMatches(state.article, query);
	let current = matches.findIndex(
		(match) =>
			match.section > from.section ||
			(match.section === from.section && match.paragraph >= from.paragraph),
	);
	if (current < 0 && matches.length > 0) current = 0;
	const searched = {...state, search: {prompt: null, query, matches, current}};
	const match = matches[current];
	return match ? jumpToSpan(searched, match) : searched;
}

function cycleMatch(state: ReaderState, step: number): ReaderState {
	const {matches, current} = state.search;
	if (matches.length === 0) return state;
	const next = (current + step + matches.length) % matches.length;
	const moved = withSearch(state, {current: next});
	return jumpToSpan(moved, matches[next]!);
}

function command(state: ReaderState, name: Command): ReaderState {
	const height = viewHeight(state);
	switch (name) {
		case 'line-down':
			return scrollTo(state, state.top + 1);
		case 'line-up':
			return scrollTo(state, state.top - 1);
		case 'page-down':
			return scrollTo(state, state.top + Math.max(1, height - 1));
		case 'page-up':
			return scrollTo(state, state.top - Math.max(1, height - 1));
		case 'half-page-down':
			return scrollTo(state, state.top + Math.max(1, Math.floor(height / 2)));
		case 'half-page-up':
			return scrollTo(state, state.top - Math.max(1, Math.floor(height / 2)));
		case 'top':
			return jumpTo(state, 0, 0);
		case 'bottom':
			return jumpTo(state, maxTop(state), 0);
		case 'next-section':
			return nextSection(state, 1);
		case 'previous-section':
			return nextSection(state, -1);
		case 'search':
			return withSearch(state, {prompt: ''});
		case 'submit-search':
			return searchFor(state);
		case 'cancel-search':
			return withSearch(state, {prompt: null});
		case 'erase': {
			const prompt = state.search.prompt;
			if (prompt === null) return state;
			if (prompt === '') return withSearch(state, {prompt: null});
			return withSearch(state, {prompt: Array.from(prompt).slice(0, -1).join('')});
		}
		case 'clear-search':
			return state.search === closedSearch ? state : {...state, search: closedSearch};
		case 'next-match':
			return cycleMatch(state, 1);
		case 'previous-match':
			return cycleMatch(state, -1);
		case 'focus-next':
			return cycleFocus(state, 1);
		case 'focus-previous':
			return cycleFocus(state, -1);
		case 'quotes-pane':
			return focusPane(state, 'quotes');
		case 'timeline-pane':
			return focusPane(state, 'timeline');
		case 'sections-pane':
			return focusPane(state, 'sections');
		case 'back':
			return back(state);
		case 'select-next':
		case 'select-previous': {
			if (state.focus === 'article') return state;
			const length = listLength(state, state.focus);
			const step = name === 'select-next' ? 1 : -1;
			return select(state, state.focus, (state.selected[state.focus] + step + length) % length);
		}
		case 'open-selected':
			return state.focus === 'article'
				? state
				: open(state, state.focus, state.selected[state.focus]);
		case 'help':
			return same(state, {overlay: 'help', helpTop: 0});
		case 'close-help':
			return same(state, {overlay: null});
		case 'scroll-help-down':
		case 'scroll-help-up': {
			const step = name === 'scroll-help-down' ? 1 : -1;
			const last = Math.max(0, keymap.length - helpHeight(state.layout));
			return same(state, {helpTop: Math.max(0, Math.min(last, state.helpTop + step))});
		}
		default:
			// Section numbers, quitting and suspending are not for the command alone.
			return state;
	}
}
