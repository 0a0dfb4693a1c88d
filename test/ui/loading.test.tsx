import {describe, expect, test} from 'vitest';
import {buildArticle} from '../../source/article/article.js';
import {previewArticle} from '../../source/article/progressive.js';
import type {Article} from '../../source/article/types.js';
import {positionOf} from '../../source/ui/document.js';
import {runInteractive} from '../../source/ui/run.js';
import {findMatchesInSlices} from '../../source/ui/sliced-search.js';
import {initialState, reduce, type Action, type ReaderState} from '../../source/ui/state.js';
import {FakeTerminalIn, FakeTerminalOut} from '../_helpers/fake-terminal.js';
import {renderReader} from '../_helpers/render-reader.js';

const topics = ['harbour', 'council', 'ferry', 'budget', 'court', 'school'];

/** Plain text of about 300 KB: long enough that its preview is not the whole article. */
function longText(): string {
	const paragraphs = Array.from({length: 1500}, (_, index) => {
		const topic = topics[Math.floor(index / 40) % topics.length]!;
		return `Paragraph ${index} on the ${topic}: “we will look at the ${topic} again,” said Ana Silva on 4 July 2021, and the ${topic} debate went on for a long while after that day. The ${topic} plan was discussed at length by everyone involved.`;
	});
	return ['Council approves harbour plan', ...paragraphs].join('\n\n');
}

const text = longText();
const preview = previewArticle(text);
const whole = buildArticle(text);

const run = (state: ReaderState, ...actions: Action[]) => actions.reduce(reduce, state);
const pageDown: Action = {type: 'command', command: 'page-down'};

describe('the preview replaced by the whole article', () => {
	test('the preview is a part of the article', () => {
		const paragraphs = (article: Article) =>
			article.sections.reduce((sum, section) => sum + section.paragraphs.length, 0);
		expect(paragraphs(preview)).toBeLessThan(paragraphs(whole));
		expect(initialState(preview, 100, 30, 0).loading).toBe(0);
	});

	test('progress is kept until the article arrives, and ends with it', () => {
		const loading = run(initialState(preview, 100, 30, 0), {type: 'progress', loading: 0.42});
		expect(loading.loading).toBe(0.42);
		const loaded = reduce(loading, {type: 'loaded', article: whole});
		expect(loaded.loading).toBeNull();
		expect(loaded.article).toBe(whole);
		// A reader that is not loading takes no progress.
		expect(reduce(loaded, {type: 'progress', loading: 0.5})).toBe(loaded);
	});

	test('the same text stays at the top, the same quote and event stay selected', () => {
		const reading = run(
			initialState(preview, 140, 40, 0),
			...Array.from({length: 40}, () => pageDown),
			{type: 'select', pane: 'quotes', index: 7},
			{type: 'select', pane: 'timeline', index: 5},
		);
		const before = positionOf(reading.document, reading.top);
		expect(before.paragraph).toBeGreaterThan(20);
		const loaded = reduce(reading, {type: 'loaded', article: whole});
		const after = positionOf(loaded.document, loaded.top);
		expect({paragraph: after.paragraph, start: after.start}).toEqual({
			paragraph: before.paragraph,
			start: before.start,
		});
		expect(loaded.document.length).toBeGreaterThan(reading.document.length);
		const quote = (state: ReaderState) => state.article.quotes[state.selected.quotes]!;
		expect(quote(loaded)).toMatchObject({
			paragraph: quote(reading).paragraph,
			offset: quote(reading).offset,
		});
	});

	test('a search made on the preview finds its matches in the whole article', async () => {
		const searched = run(
			initialState(preview, 100, 30, 0),
			{type: 'command', command: 'search'},
			{type: 'type', text: 'again,” said'},
			{type: 'command', command: 'submit-search'},
			...Array.from({length: 5}, (): Action => ({type: 'command', command: 'next-match'})),
		);
		expect(searched.search.current).toBe(5);
		const swapped = reduce(searched, {type: 'loaded', article: whole});
		// The whole article is long enough to be searched again in slices, as the reader does.
		let loaded = swapped;
		await findMatchesInSlices(
			whole,
			'again,” said',
			swapped.search.searching!.from,
			(matches, done) => {
				loaded = reduce(loaded, {
					type: 'matches',
					article: whole,
					query: 'again,” said',
					matches,
					done,
				});
			},
		);
		expect(loaded.search.searching).toBeUndefined();
		expect(loaded.search.matches.length).toBeGreaterThan(searched.search.matches.length);
		// Sections are found anew in the whole text; the paragraph and offset stay.
		const {paragraph, offset} = searched.search.matches[5]!;
		expect(loaded.search.matches[loaded.search.current]).toMatchObject({paragraph, offset});
	});
});

describe('the reader while the article loads', () => {
	test('a build that fails ends the loading, keeps the preview and says why', async () => {
		const state = run(initialState(preview, 140, 40, 0), {type: 'progress', loading: 0.3});
		const failed = reduce(state, {type: 'failed', reason: 'cannot read the disk'});
		expect({loading: failed.loading, failed: failed.failed}).toEqual({
			loading: null,
			failed: 'cannot read the disk',
		});
		expect(failed.article).toBe(preview);
		// Only a reader still loading can fail to load.
		expect(reduce(failed, {type: 'failed', reason: 'again'})).toBe(failed);

		const reader = renderReader(preview, 140, 40, false, async () => {
			throw new Error("cannot read 'long.txt': \u001b[31mi/o error\nat line 2");
		});
		const frame = await reader.waitFor((frame) => frame.includes('only the opening'));
		expect(frame).toContain("only the opening: cannot read 'long.txt':  [31mi/o error");
		expect(frame).not.toContain('at line 2');
		expect(frame).not.toContain('loading…');
		reader.press(' ');
		await reader.waitFor((next) => next !== frame);
		reader.unmount();
	});

	test('shows the preview with progress, then the whole article at the same place', async () => {
		let report: (progress: number) => void = () => {};
		let finish: (article: Article) => void = () => {};
		const reader = renderReader(preview, 140, 40, false, async (onProgress) => {
			report = onProgress;
			return new Promise<Article>((resolve) => {
				finish = resolve;
			});
		});
		await reader.waitFor((frame) => frame.includes('loading… 0%'));
		reader.press(' ', ' ', ' ');
		const place = /§\d+\/\d+ · (\d+)%/;
		report(0.42);
		const loading = await reader.waitFor((frame) => /Quotes \d+ · loading… 42%/.test(frame));
		expect(loading).toMatch(/Timeline \d+ · loading… 42%/);
		expect(loading).toMatch(/§\d+\/\d+ · \d+% · loading… 42%/);
		// Built but not yet shown: the note stops short of 100 %.
		report(1);
		await reader.waitFor((frame) => /Quotes \d+ · loading… 99%/.test(frame));
		const firstRow = (frame: string) => /Paragraph (\d+) on/.exec(frame)?.[1];
		const row = firstRow(loading);
		expect(row).toBeDefined();
		finish(whole);
		const loaded = await reader.waitFor((frame) => !frame.includes('loading…'));
		expect(firstRow(loaded)).toBe(row);
		// The place is now a share of the whole article, not of the preview.
		expect(Number(place.exec(loaded)?.[1])).toBeLessThan(Number(place.exec(loading)?.[1]));
		reader.unmount();
	});
});

test.each(['SIGTERM', 'end of input'])('%s while loading aborts the build', async (way) => {
	const stdin = new FakeTerminalIn();
	const stdout = new FakeTerminalOut();
	let started: (signal: AbortSignal) => void = () => {};
	const signal = new Promise<AbortSignal>((resolve) => {
		started = resolve;
	});
	const exitCode = runInteractive(preview, {
		stdin: stdin as unknown as NodeJS.ReadStream,
		stdout: stdout as unknown as NodeJS.WriteStream,
		color: false,
		load: async (given) => {
			started(given);
			return new Promise<Article>((_resolve, reject) => {
				given.addEventListener('abort', () => reject(given.reason as Error));
			});
		},
	});
	const building = await signal;
	expect(building.aborted).toBe(false);
	if (way === 'SIGTERM') {
		process.emit('SIGTERM', 'SIGTERM');
		expect(await exitCode).toBe(143);
	} else {
		stdin.emit('end');
		expect(await exitCode).toBe(0);
	}
	expect(building.aborted).toBe(true);
});
