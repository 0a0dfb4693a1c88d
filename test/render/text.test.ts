/* eslint-disable no-control-regex -- these tests look for control characters in the output */
import {describe, expect, test} from 'vitest';
import type {Article} from '../../source/article/types.js';
import {renderText, textParts} from '../../source/render/text.js';
import {displayWidth} from '../../source/render/wrap.js';
import {fixture, withLongTimeline} from './_fixture.js';

const escape = '\x1b';

describe('renderText', () => {
	test('prints title, meta line, numbered sections, quotes, timeline and copyright', () => {
		expect(renderText(fixture, {width: 40})).toBe(
			[
				'Leaders talk by phone',
				'The Daily · 14 November 2016',
				'1 min read',
				'',
				'1 The call',
				'',
				'The two leaders spoke on Monday and',
				'promised a “strong and enduring”',
				'partnership.',
				'',
				'Aides said the talk was warm.',
				'',
				'2 Background',
				'',
				'Relations have been poor since the',
				'annexation of Crimea in 2014.',
				'',
				'Quotes',
				'',
				'“strong and enduring”',
				'  — Jane Doe · §1',
				'',
				'“a new start”',
				'  — speaker unknown · §2',
				'',
				'Timeline',
				'',
				'2014        Crimea is annexed §2',
				'~2006       Relations worsen over the',
				'            last decade §2',
				'2016-11-14  The two leaders spoke §1',
				'undated     next week: Aides will meet',
				'            again §1',
				'',
				'Copyright 2016 The Daily. All rights',
				'reserved.',
				'',
			].join('\n'),
		);
	});

	test('--section prints only that section with its own quotes and events', () => {
		expect(renderText(fixture, {width: 100, section: 0})).toBe(
			[
				'1 The call',
				'',
				'The two leaders spoke on Monday and promised a “strong and enduring” partnership.',
				'',
				'Aides said the talk was warm.',
				'',
				'Quotes',
				'',
				'“strong and enduring”',
				'  — Jane Doe · §1',
				'',
				'Timeline',
				'',
				'2016-11-14  The two leaders spoke §1',
				'undated     next week: Aides will meet again §1',
				'',
			].join('\n'),
		);
	});

	test('width 0 puts each paragraph on one line', () => {
		const lines = renderText(fixture, {width: 0}).split('\n');
		expect(lines).toContain(
			'The two leaders spoke on Monday and promised a “strong and enduring” partnership.',
		);
		expect(lines).toContain('Copyright 2016 The Daily. All rights reserved.');
	});

	test('an article without quotes or events says so', () => {
		const bare: Article = {...fixture, quotes: [], timeline: [], copyright: null};
		const output = renderText(bare, {width: 80});
		expect(output).toContain('Quotes\n\nNo quotes found.\n\nTimeline\n\nNo dated events found.\n');
	});

	test('a long timeline is written a run of lines at a time, as one block', () => {
		const long = withLongTimeline(3000);
		const parts = [...textParts(long, {width: 80})];
		const output = parts.join('');
		expect(output).toBe(renderText(long, {width: 80}));
		const block = output.slice(output.indexOf('\nTimeline\n\n') + 11);
		const lines = block.trimEnd().split('\n');
		expect(lines).toHaveLength(3000);
		expect(lines[0]).toMatch(/^1000 {2}Event number 0 §\d+$/);
		expect(lines[2999]).toMatch(/^3999 {2}Event number 2999 §\d+$/);
		// Written in runs, none of them the whole timeline.
		const runs = parts.filter((part) => part.includes('Event number'));
		expect(runs.length).toBeGreaterThan(2);
		expect(runs.slice(1).every((run) => run.startsWith('\n') && !run.startsWith('\n\n'))).toBe(
			true,
		);
	});

	test.each([10, 17, 25, 40, 61])('no line is wider than %i columns', (width) => {
		const wide: Article = {
			...fixture,
			title: '東京で首脳会談が開かれた 👍🏽 Antidisestablishmentarianism',
		};
		for (const line of renderText(wide, {width}).split('\n')) {
			expect(displayWidth(line), line).toBeLessThanOrEqual(width);
		}
	});
});

describe('escape codes', () => {
	const hostile: Article = {
		...fixture,
		title: `Title${escape}]0;owned\x07 with ${escape}[31mred${escape}[0m`,
		sections: [{title: `Bell\x07`, paragraphs: [`Move ${escape}[2J the\u202e cursor`], start: 0}],
		quotes: [{...fixture.quotes[0]!, text: `quote ${escape}[1m`, speaker: `Eve${escape}c`}],
	};

	test('plain output holds none, even from hostile article text', () => {
		const output = renderText(hostile, {width: 80});
		expect(output).not.toContain(escape);
		expect(output).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
		expect(output).toContain('Title with red');
	});

	test('colour adds styles only when asked for', () => {
		expect(renderText(fixture, {width: 80, color: false})).not.toContain(escape);
		const coloured = renderText(fixture, {width: 80, color: true});
		expect(coloured).toContain(`${escape}[1mLeaders talk by phone${escape}[22m`);
		expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(renderText(fixture, {width: 80}));
	});
});
