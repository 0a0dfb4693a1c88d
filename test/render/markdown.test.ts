/* eslint-disable no-control-regex -- these tests look for control characters in the output */
import {expect, test} from 'vitest';
import type {Article} from '../../source/article/types.js';
import {markdownParts, renderMarkdown} from '../../source/render/markdown.js';
import {fixture, withLongTimeline} from './_fixture.js';

test('prints the article as Markdown', () => {
	expect(renderMarkdown(fixture)).toBe(
		[
			'# Leaders talk by phone',
			'',
			'The Daily · 14 November 2016 · 1 min read',
			'',
			'## 1. The call',
			'',
			'The two leaders spoke on Monday and promised a “strong and enduring” partnership.',
			'',
			'Aides said the talk was warm.',
			'',
			'## 2. Background',
			'',
			'Relations have been poor since the annexation of Crimea in 2014.',
			'',
			'## Quotes',
			'',
			'> “strong and enduring”',
			'>',
			'> — Jane Doe, §1',
			'',
			'> “a new start”',
			'>',
			'> — speaker unknown, §2',
			'',
			'## Timeline',
			'',
			'- **2014** — Crimea is annexed (§2)',
			'- **~2006** — Relations worsen over the last decade (§2)',
			'- **2016-11-14** — The two leaders spoke (§1)',
			'- **undated** — next week: Aides will meet again (§1)',
			'',
			'---',
			'',
			'Copyright 2016 The Daily. All rights reserved.',
			'',
		].join('\n'),
	);
});

test.each([
	['# Not a heading', '\\# Not a heading'],
	['- not a list', '\\- not a list'],
	['> not a quote', '\\> not a quote'],
	['1. not a list', '1\\. not a list'],
	['stars *here* and_under', 'stars \\*here\\* and\\_under'],
	['[They] said <b>', '\\[They\\] said \\<b>'],
])('paragraph %j stays a paragraph: %j', (paragraph, expected) => {
	const article: Article = {
		...fixture,
		sections: [{title: 'S', paragraphs: [paragraph], start: 0}],
	};
	expect(renderMarkdown(article).split('\n\n')).toContain(expected);
});

test('only one section with --section', () => {
	const output = renderMarkdown(fixture, {section: 1});
	expect(output.startsWith('## 2. Background\n\n')).toBe(true);
	expect(output).not.toContain('The call');
	expect(output).toContain('> — speaker unknown, §2');
});

test('holds no escape codes from the article text', () => {
	const article: Article = {...fixture, title: 'A \x1b[31mred\x1b[0m title\x07'};
	const output = renderMarkdown(article);
	expect(output).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
	expect(output.split('\n')[0]).toBe('# A red title');
});

test('a long timeline is one list, written a run of items at a time', () => {
	const long = withLongTimeline(3000);
	const parts = [...markdownParts(long)];
	const output = parts.join('');
	expect(output).toBe(renderMarkdown(long));
	const list = output
		.slice(output.indexOf('## Timeline\n\n') + 13)
		.trimEnd()
		.split('\n');
	expect(list).toHaveLength(3000);
	expect(list.every((line) => line.startsWith('- **'))).toBe(true);
	expect(list[2999]).toMatch(/^- \*\*3999\*\* — Event number 2999 \(§\d+\)$/);
	expect(parts.filter((part) => part.includes('Event number')).length).toBeGreaterThan(2);
});
