import {afterEach, describe, expect, test} from 'vitest';
import {displayWidth} from '../../source/render/wrap.js';
import {sampleArticle} from '../_helpers/article.js';
import {keys, renderReader} from '../_helpers/render-reader.js';

const article = sampleArticle();
let current: ReturnType<typeof renderReader> | undefined;
const open = (columns: number, rows: number, color = false) => {
	current = renderReader(article, columns, rows, color);
	return current;
};
afterEach(() => {
	current?.unmount();
	current = undefined;
});

const lines = (frame: string) => frame.split('\n');

describe('layouts', () => {
	test('wide: sections, article, quotes over timeline', async () => {
		const reader = open(140, 40);
		const frame = await reader.waitFor((frame) => frame.includes('Timeline 3'));
		expect(frame).toContain('Sections');
		expect(frame).toContain('Quotes 2');
		expect(frame).toContain('— Donald Trump');
		expect(frame).toContain(
			`readout ─ Leaders talk on the phone ─ The Daily · 14 Nov 2016 · ${article.readingMinutes} min`,
		);
		expect(frame).toMatch(/§1\/3 · 0%/);
	});

	test('medium: the side column shows quotes after "', async () => {
		const reader = open(100, 30);
		await reader.waitFor((frame) => frame.includes('Sections'));
		expect(reader.frame()).not.toContain('Quotes 2');
		reader.press('"');
		const frame = await reader.waitFor((frame) => frame.includes('▸ Quotes 2'));
		expect(frame).not.toContain('Sections');
	});

	test('narrow: one pane under a tab bar', async () => {
		const reader = open(70, 30);
		const frame = await reader.waitFor((frame) => frame.includes('Timeline 3'));
		expect(lines(frame)[1]).toMatch(/Sections.*▸Article.*Quotes 2.*Timeline 3/);
		reader.press('@');
		await reader.waitFor((frame) => frame.includes('undated'));
	});

	test('too small: one line that still quits', async () => {
		const reader = open(30, 8);
		const frame = await reader.waitFor((frame) => frame.includes('too small'));
		expect(lines(frame.trimEnd())).toHaveLength(1);
		reader.press('q');
		await expect.poll(() => reader.exits).toEqual([0]);
	});

	test.each([
		[140, 40],
		[100, 30],
		[70, 30],
		[40, 10],
	])(
		'at %i×%i no line is wider than the terminal and the frame is shorter than it',
		async (columns, rows) => {
			const reader = open(columns, rows);
			const frame = await reader.waitFor((frame) => frame.includes('readout'));
			expect(lines(frame.trimEnd()).length).toBeLessThanOrEqual(rows - 1);
			for (const line of lines(frame)) {
				expect(displayWidth(line)).toBeLessThanOrEqual(columns);
			}
		},
	);
});

describe('reading', () => {
	test('] goes to the next section and the section list follows', async () => {
		const reader = open(140, 40);
		await reader.waitFor((frame) => frame.includes('§1/3'));
		reader.press(']');
		const frame = await reader.waitFor((frame) => frame.includes('§2/3'));
		expect(frame).toContain('▸ 2 The statement');
	});

	test('search finds a word far down, counts and cycles', async () => {
		const reader = open(100, 20);
		await reader.waitFor((frame) => frame.includes('§1/3'));
		expect(reader.frame()).not.toContain('zebrafinch');
		reader.press('/', 'zebrafinch');
		await reader.waitFor((frame) => frame.includes('/zebrafinch'));
		reader.press(keys.enter);
		let frame = await reader.waitFor((frame) => frame.includes("match 1/1 'zebrafinch'"));
		expect(frame).toContain('with zebrafinch');
		reader.press(keys.escape);
		frame = await reader.waitFor((frame) => !frame.includes('match 1/1'));
		expect(frame).toContain('with zebrafinch');
	});

	test('Enter on a quote scrolls to it; Backspace returns', async () => {
		const reader = open(100, 16);
		await reader.waitFor((frame) => frame.includes('§1/3'));
		reader.press('"');
		await reader.waitFor((frame) => frame.includes('▸ Quotes 2'));
		reader.press(keys.down);
		await reader.waitFor((frame) => frame.includes('▸ “agreed to assess'));
		reader.press(keys.enter);
		const opened = await reader.waitFor((frame) => frame.includes('The Kremlin said'));
		expect(opened).not.toContain('The president accepted');
		reader.press(keys.backspace);
		await reader.waitFor((frame) => frame.includes('The president accepted'));
	});

	test('the help lists the keymap and q closes it before quitting', async () => {
		const reader = open(140, 40);
		await reader.waitFor((frame) => frame.includes('Sections'));
		reader.press('?');
		const frame = await reader.waitFor((frame) => frame.includes('Help'));
		expect(frame).toContain('next section');
		reader.press('q');
		await reader.waitFor((frame) => frame.includes('Sections'));
		expect(reader.exits).toEqual([]);
		reader.press('q');
		await expect.poll(() => reader.exits).toEqual([0]);
	});

	test('a help taller than the screen shows whole rows and scrolls', async () => {
		const reader = open(70, 20);
		await reader.waitFor((frame) => frame.includes('§1/3'));
		reader.press('?');
		let frame = await reader.waitFor((frame) => frame.includes('j/k scroll'));
		expect(frame).toContain('line down');
		expect(frame).toContain('line up');
		reader.press('j');
		frame = await reader.waitFor((frame) => !frame.includes('line down'));
		expect(frame).toContain('line up');
	});

	test('Ctrl-C exits with 130', async () => {
		const reader = open(100, 30);
		await reader.waitFor((frame) => frame.includes('Sections'));
		reader.press(keys.ctrlC);
		await expect.poll(() => reader.exits).toEqual([130]);
	});

	test('resizing redraws in the new layout', async () => {
		const reader = open(140, 40);
		await reader.waitFor((frame) => frame.includes('Timeline 3'));
		reader.resize(70, 20);
		await reader.waitFor((frame) => frame.includes('▸Article'));
		reader.resize(30, 8);
		await reader.waitFor((frame) => frame.includes('too small'));
		reader.resize(140, 40);
		await reader.waitFor((frame) => frame.includes('Timeline 3'));
	});
});
