import {describe, expect, test} from 'vitest';
import {
	initialState,
	reduce,
	sectionInView,
	viewHeight,
	type Action,
	type ReaderState,
} from '../../source/ui/state.js';
import {keymap} from '../../source/ui/keymap.js';
import {helpHeight} from '../../source/ui/layout.js';
import {sampleArticle} from '../_helpers/article.js';

const article = sampleArticle();
const fresh = () => initialState(article, 100, 30);
const run = (state: ReaderState, ...actions: Action[]) => actions.reduce(reduce, state);
const command = (name: Extract<Action, {type: 'command'}>['command']): Action => ({
	type: 'command',
	command: name,
});

describe('no-ops return the very same object', () => {
	const cases: Array<[string, ReaderState, Action]> = [
		['line up at the top', fresh(), command('line-up')],
		['page up at the top', fresh(), command('page-up')],
		['top at the top', fresh(), command('top')],
		['focus the focused pane', reduce(fresh(), command('quotes-pane')), command('quotes-pane')],
		['cancel search with the prompt closed', fresh(), command('cancel-search')],
		['back with no history', fresh(), command('back')],
		['next match without a search', fresh(), command('next-match')],
		['resize to the same size', fresh(), {type: 'resize', columns: 100, rows: 30}],
		['select the selected item', fresh(), {type: 'select', pane: 'quotes', index: 0}],
		['section that does not exist', fresh(), {type: 'section', number: 9}],
		['close help when closed', fresh(), command('close-help')],
		['typing with the prompt closed', fresh(), {type: 'type', text: 'x'}],
		['clear search without a search', fresh(), command('clear-search')],
	];
	test.each(cases)('%s', (_name, state, action) => {
		expect(reduce(state, action)).toBe(state);
	});
});

describe('scrolling', () => {
	const cases: Array<[string, Action[], (state: ReaderState) => number]> = [
		['j moves one line', [command('line-down')], () => 1],
		['j then k comes back', [command('line-down'), command('line-up')], () => 0],
		['page down moves a view less one line', [command('page-down')], (s) => viewHeight(s) - 1],
		[
			'half page down moves half a view',
			[command('half-page-down')],
			(s) => Math.floor(viewHeight(s) / 2),
		],
		[
			'bottom shows the last line last',
			[command('bottom')],
			(s) => s.document.length - viewHeight(s),
		],
		['top after bottom is 0', [command('bottom'), command('top')], () => 0],
		[
			'next section goes to its heading',
			[command('next-section')],
			(s) => s.document.sectionLines[1]!,
		],
		['section 2 by number', [{type: 'section', number: 2}], (s) => s.document.sectionLines[1]!],
		[
			'the last section cannot scroll past the end',
			[{type: 'section', number: 3}],
			(s) => s.document.length - viewHeight(s),
		],
	];
	test.each(cases)('%s', (_name, actions, expected) => {
		const state = run(fresh(), ...actions);
		expect(state.top).toBe(expected(state));
	});

	test('the section list follows the section in view', () => {
		const state = run(fresh(), {type: 'section', number: 2});
		expect(sectionInView(state)).toBe(1);
		expect(state.selected.sections).toBe(1);
	});

	test('previous section from inside a section goes to its own heading first', () => {
		const inside = run(
			fresh(),
			{type: 'section', number: 2},
			command('line-down'),
			command('line-down'),
		);
		expect(reduce(inside, command('previous-section')).top).toBe(inside.document.sectionLines[1]);
	});
});

describe('jumps and back', () => {
	test('opening a quote scrolls to its line, marks it, and back returns', () => {
		const opened = reduce(fresh(), {type: 'open', pane: 'quotes', index: 1});
		const quote = article.quotes[1]!;
		expect(opened.mark).toEqual({
			section: 1,
			paragraph: quote.paragraph,
			offset: quote.offset,
			length: quote.text.length,
		});
		const visible = opened.document.slice(opened.top, opened.top + viewHeight(opened));
		expect(visible.some((line) => line.paragraph === quote.paragraph)).toBe(true);
		expect(opened.top).toBeGreaterThan(0);
		expect(reduce(opened, command('back')).top).toBe(0);
	});

	test('timeline entries open in date order, undated last', () => {
		const first = reduce(fresh(), {type: 'open', pane: 'timeline', index: 0});
		expect(first.mark?.paragraph).toBe(article.timeline[1]!.paragraph);
		const last = reduce(fresh(), {type: 'open', pane: 'timeline', index: 2});
		expect(last.mark?.paragraph).toBe(article.timeline[2]!.paragraph);
	});

	test('list keys move the focused list with wrap-around; Enter opens', () => {
		const quotes = reduce(fresh(), command('quotes-pane'));
		expect(reduce(quotes, command('select-next')).selected.quotes).toBe(1);
		expect(run(quotes, command('select-next'), command('select-next')).selected.quotes).toBe(0);
		expect(reduce(quotes, command('select-previous')).selected.quotes).toBe(1);
		const opened = run(quotes, command('select-next'), command('open-selected'));
		expect(opened.mark?.paragraph).toBe(article.quotes[1]!.paragraph);
		expect(reduce(fresh(), command('select-next'))).toEqual(fresh());
	});

	test('in the narrow layout opening shows the article', () => {
		const narrow = run(initialState(article, 60, 20), command('quotes-pane'));
		expect(narrow.focus).toBe('quotes');
		expect(reduce(narrow, {type: 'open', pane: 'quotes', index: 0}).focus).toBe('article');
	});
});

describe('search', () => {
	const searchFor = (text: string) =>
		run(fresh(), command('search'), {type: 'type', text}, command('submit-search'));

	test('finds case-insensitively, jumps to the first match and counts', () => {
		const state = searchFor('ZEBRAFINCH');
		expect(state.search.matches).toHaveLength(1);
		expect(state.search.current).toBe(0);
		expect(state.search.prompt).toBeNull();
		const paragraph = state.search.matches[0]!.paragraph;
		const visible = state.document.slice(state.top, state.top + viewHeight(state));
		expect(visible.some((line) => line.paragraph === paragraph)).toBe(true);
	});

	test('n and N cycle with wrap-around', () => {
		const state = searchFor('paragraph 1 ');
		expect(state.search.matches.length).toBe(3);
		expect(run(state, command('next-match')).search.current).toBe(1);
		expect(
			run(state, command('next-match'), command('next-match'), command('next-match')).search
				.current,
		).toBe(0);
		expect(run(state, command('previous-match')).search.current).toBe(2);
	});

	test('Esc clears the search; erase edits the prompt', () => {
		expect(reduce(searchFor('the'), command('clear-search')).search.query).toBe('');
		const typing = run(fresh(), command('search'), {type: 'type', text: 'ab'}, command('erase'));
		expect(typing.search.prompt).toBe('a');
		expect(run(typing, command('erase'), command('erase')).search.prompt).toBeNull();
	});

	test('a word that is not there gives no matches and keeps the place', () => {
		const state = searchFor('nowhere-to-be-found');
		expect(state.search.matches).toEqual([]);
		expect(state.top).toBe(0);
	});
});

describe('panes and resize', () => {
	test('Tab cycles sections → article → quotes → timeline', () => {
		const order = [
			command('focus-next'),
			command('focus-next'),
			command('focus-next'),
			command('focus-next'),
		]
			.reduce<ReaderState[]>(
				(states, action) => [...states, reduce(states.at(-1)!, action)],
				[fresh()],
			)
			.map((state) => state.focus);
		expect(order).toEqual(['article', 'quotes', 'timeline', 'sections', 'article']);
	});

	test('" and @ show their pane in the side column', () => {
		expect(reduce(fresh(), command('quotes-pane')).side).toBe('quotes');
		expect(reduce(fresh(), command('timeline-pane')).side).toBe('timeline');
	});

	test('resizing re-wraps and keeps the reading place', () => {
		const reading = run(fresh(), {type: 'section', number: 2});
		const narrow = reduce(reading, {type: 'resize', columns: 50, rows: 20});
		expect(narrow.document.width).not.toBe(reading.document.width);
		expect(narrow.document.line(narrow.top)).toMatchObject({section: 1, kind: 'heading'});
	});

	test('a help taller than the screen scrolls, within its rows', () => {
		const help = run(initialState(article, 70, 20), command('help'));
		expect(reduce(help, command('scroll-help-up'))).toBe(help);
		expect(reduce(help, command('scroll-help-down')).helpTop).toBe(1);
		const far = Array.from({length: 100}, () => command('scroll-help-down'));
		const bottom = run(help, ...far);
		expect(bottom.helpTop).toBe(keymap.length - helpHeight(bottom.layout));
		expect(reduce(bottom, command('scroll-help-down'))).toBe(bottom);
	});

	test('help opens and closes', () => {
		const open = reduce(fresh(), command('help'));
		expect(open.overlay).toBe('help');
		expect(reduce(open, command('close-help')).overlay).toBeNull();
	});
});
