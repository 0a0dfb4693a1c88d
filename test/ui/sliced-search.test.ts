import {describe, expect, test} from 'vitest';
import {positionOf} from '../../source/ui/document.js';
import {findMatches, matchSteps} from '../../source/ui/search.js';
import {
	findMatchesInSlices,
	searchesInSlices,
	slicedSearchCharacters,
} from '../../source/ui/sliced-search.js';
import {initialState, reduce, type Action, type ReaderState} from '../../source/ui/state.js';
import {makeArticle} from '../_helpers/article.js';

const sentence = 'The council met again to talk about the harbour wall and the ferry. ';

/** About `characters` characters of text in sections of 50 paragraphs; `zeppelin` near the end. */
function article(characters: number) {
	const paragraphs = Math.ceil(characters / (sentence.length * 6));
	const sections = Array.from({length: Math.ceil(paragraphs / 50)}, (_, section) => ({
		title: `Part ${section + 1}`,
		paragraphs: Array.from({length: 50}, (_, index) => `${index} ${sentence.repeat(6)}`),
	}));
	sections.at(-1)!.paragraphs.push('The zeppelin landed.');
	return makeArticle(sections);
}

const long = article(Math.max(3_000_000, slicedSearchCharacters * 1.2));
const short = article(20_000);
const run = (state: ReaderState, ...actions: Action[]) => actions.reduce(reduce, state);
const command = (name: string): Action => ({type: 'command', command: name}) as Action;
const search = (query: string): Action[] => [
	command('search'),
	{type: 'type', text: query},
	command('submit-search'),
];

describe('findMatchesInSlices', () => {
	test('only long articles are searched in slices', () => {
		expect(searchesInSlices(long)).toBe(true);
		expect(searchesInSlices(short)).toBe(false);
	});

	test('finds what findMatches finds, and reports the first match after the place early', async () => {
		const calls: Array<{count: number; done: boolean}> = [];
		let all: unknown[] = [];
		const from = {section: 10, paragraph: 10 * 50 + 3, start: 0};
		await findMatchesInSlices(long, 'Harbour', from, (matches, done) => {
			calls.push({count: matches.length, done});
			if (done) all = matches;
		});
		expect(all).toEqual(findMatches(long, 'Harbour'));
		expect(calls).toHaveLength(2);
		expect(calls[0]!.done).toBe(false);
		expect(calls[0]!.count).toBeLessThan(all.length / 2);
		expect(calls[1]).toEqual({count: all.length, done: true});
	});

	test('pauses inside a long paragraph too, and finds the same matches', () => {
		const single = makeArticle([{title: 'One', paragraphs: [sentence.repeat(20_000)]}]);
		const steps = matchSteps(single, 'harbour');
		let pauses = 0;
		let next = steps.next();
		while (!next.done) {
			pauses++;
			next = steps.next();
		}
		expect(pauses).toBeGreaterThan(10);
		expect(next.value).toHaveLength(20_000);
		expect(next.value).toEqual(findMatches(single, 'harbour'));
		expect(next.value[1]).toEqual({
			section: 0,
			paragraph: 0,
			offset: sentence.length + 40,
			length: 7,
		});
	});

	test('stops when the signal aborts', async () => {
		const controller = new AbortController();
		const searching = findMatchesInSlices(
			long,
			'harbour',
			{section: 0, paragraph: 0, start: 0},
			() => controller.abort(new Error('stopped')),
			controller.signal,
		);
		await expect(searching).rejects.toThrow('stopped');
	});
});

describe('a search of a long article', () => {
	test('Enter answers at once; the matches come later, the view moving to the first', () => {
		const started = run(initialState(long, 120, 30), ...search('zeppelin'));
		expect(started.search).toMatchObject({
			prompt: null,
			query: 'zeppelin',
			matches: [],
			current: -1,
		});
		expect(started.search.searching?.jump).toBe(true);
		expect(started.top).toBe(0);
		const matches = findMatches(long, 'zeppelin');
		const found = reduce(started, {
			type: 'matches',
			article: long,
			query: 'zeppelin',
			matches,
			done: true,
		});
		expect(found.search.searching).toBeUndefined();
		expect(found.search.current).toBe(0);
		expect(positionOf(found.document, found.top).section).toBe(long.sections.length - 1);
	});

	test('the first match after the place is current; later reports keep the view', () => {
		const reading = run(initialState(long, 120, 30), command('next-section'));
		const top = positionOf(reading.document, reading.top);
		const started = run(reading, ...search('harbour'));
		const all = findMatches(long, 'harbour');
		const partial = all.filter((match) => match.section <= top.section);
		const first = reduce(started, {
			type: 'matches',
			article: long,
			query: 'harbour',
			matches: partial,
			done: false,
		});
		expect(first.search.matches[first.search.current]?.section).toBe(top.section);
		expect(first.search.searching).toBe(started.search.searching);
		const moved = reduce(first, command('line-down'));
		const done = reduce(moved, {
			type: 'matches',
			article: long,
			query: 'harbour',
			matches: all,
			done: true,
		});
		expect(done.top).toBe(moved.top);
		expect(done.search.matches[done.search.current]).toEqual(
			first.search.matches[first.search.current],
		);
	});

	test('matches of another query or article are ignored', () => {
		const started = run(initialState(long, 120, 30), ...search('zeppelin'));
		const matches = findMatches(long, 'harbour');
		expect(
			reduce(started, {type: 'matches', article: long, query: 'harbour', matches, done: true}),
		).toBe(started);
		expect(
			reduce(started, {type: 'matches', article: short, query: 'zeppelin', matches, done: true}),
		).toBe(started);
	});

	test('a search kept over the swap to the whole article is found again, in place', () => {
		const preview = makeArticle(
			long.sections
				.slice(0, 4)
				.map(({title, paragraphs}) => ({title, paragraphs: [...paragraphs]})),
		);
		const searched = run(
			initialState(preview, 120, 30, 0),
			command('next-section'),
			...search('ferry'),
			command('next-match'),
		);
		const current = searched.search.matches[searched.search.current]!;
		const swapped = reduce(searched, {type: 'loaded', article: long});
		expect(swapped.search).toMatchObject({query: 'ferry', matches: [], current: -1});
		expect(swapped.search.searching).toEqual({
			from: {section: current.section, paragraph: current.paragraph, start: current.offset},
			jump: false,
		});
		const all = findMatches(long, 'ferry');
		const done = reduce(swapped, {
			type: 'matches',
			article: long,
			query: 'ferry',
			matches: all,
			done: true,
		});
		expect(done.search.matches[done.search.current]).toEqual(current);
		expect(done.top).toBe(swapped.top);
	});

	test('a short article is still searched at once', () => {
		const searched = run(initialState(short, 120, 30), ...search('zeppelin'));
		expect(searched.search.searching).toBeUndefined();
		expect(searched.search.matches).toHaveLength(1);
	});
});
