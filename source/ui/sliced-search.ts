import {runStepsInSlices} from '../article/steps.js';
import type {Article} from '../article/types.js';
import type {Position} from './document.js';
import {jumpToSpan} from './scroll.js';
import {matchSteps, type Span} from './search.js';
import type {ReaderState} from './state.js';

// A long article is searched a slice at a time, so that the key that starts a search is answered
// at once: the matches come in later, the first one at or after the reading place first.

/** Articles of more characters than this are searched in slices. */
export const slicedSearchCharacters = 262_144;

const sizes = new WeakMap<Article, number>();

/** Whether `article` is long enough to be searched in slices (see `findMatchesInSlices`). */
export function searchesInSlices(article: Article): boolean {
	let size = sizes.get(article);
	if (size === undefined) {
		// Counted only as far as the limit: a long article's paragraphs may be costly to read.
		size = 0;
		for (const section of article.sections) {
			for (const paragraph of section.paragraphs) {
				size += paragraph.length;
				if (size > slicedSearchCharacters) break;
			}
			if (size > slicedSearchCharacters) break;
		}
		sizes.set(article, size);
	}
	return size > slicedSearchCharacters;
}

/** While a search runs in slices: where its current match is looked for from. */
export type Searching = {
	readonly from: Position;
	/** Whether to bring the current match into view once found (not after a swap). */
	readonly jump: boolean;
};

/** Whether `span` is at or after `place` in reading order. */
export function atOrAfter(span: Span, place: Position): boolean {
	return (
		span.section > place.section ||
		(span.section === place.section &&
			(span.paragraph > place.paragraph ||
				(span.paragraph === place.paragraph && span.offset >= place.start)))
	);
}

/**
 * `findMatches` a few milliseconds at a time, giving the event loop back between slices. Calls
 * `onMatches` with a copy of the matches so far as soon as one at or after `from` is found, and
 * with all of them, `done`, at the end. Rejects with the signal's reason when `signal` aborts.
 */
export async function findMatchesInSlices(
	article: Article,
	query: string,
	from: Position,
	onMatches: (matches: Span[], done: boolean) => void,
	signal?: AbortSignal,
): Promise<void> {
	let reported = false;
	const matches = await runStepsInSlices(matchSteps(article, query), signal, (found) => {
		const last = found.at(-1);
		if (!reported && last && atOrAfter(last, from)) {
			reported = true;
			onMatches([...found], false);
		}
	});
	onMatches(matches, true);
}

/**
 * The matches of the running search, found so far or all (`done`), for `article` and `query`:
 * ignored when the search or the article has changed since. The current match is the first at or
 * after the search's place (else the first), and is brought into view when it is first found.
 */
export function foundMatches(
	state: ReaderState,
	found: {article: Article; query: string; matches: readonly Span[]; done: boolean},
): ReaderState {
	const {searching, query} = state.search;
	if (!searching || found.article !== state.article || found.query !== query) return state;
	const {matches} = found;
	let current = matches.findIndex((match) => atOrAfter(match, searching.from));
	if (current < 0 && found.done && matches.length > 0) current = 0;
	const search = {
		...state.search,
		matches,
		current,
		searching: found.done ? undefined : searching,
	};
	const updated = {...state, search};
	const match = matches[current];
	return match && searching.jump && state.search.current < 0 ? jumpToSpan(updated, match) : updated;
}
