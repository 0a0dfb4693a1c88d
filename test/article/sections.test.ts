import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {segmentParagraphs, sectionsFromHeadings} from '../../source/article/sections.js';
import {fitColumns} from '../../source/article/titles.js';
import type {Section} from '../../source/article/types.js';
import {article} from './_topics.js';

/** Every paragraph once, in order, with `start` counting across the body. */
function expectPartition(sections: readonly Section[], paragraphs: readonly string[]): void {
	expect(sections.flatMap((section) => section.paragraphs)).toEqual(paragraphs);
	let start = 0;
	for (const section of sections) {
		expect(section.start).toBe(start);
		expect(section.paragraphs.length).toBeGreaterThan(0);
		start += section.paragraphs.length;
	}
}

function expectGoodTitles(sections: readonly Section[]): void {
	for (const {title} of sections) {
		expect(title.trim()).not.toBe('');
		expect(stringWidth(title)).toBeLessThanOrEqual(40);
		expect(title).not.toMatch(/[\p{P}\s]$/u);
	}
}

describe('headingless articles', () => {
	test.each([
		// topics × paragraphs per topic, the section count range, topic shifts that must be found
		['1 paragraph', 1, 1, [1, 1], 0],
		['3 paragraphs on one topic', 1, 3, [1, 2], 0],
		['3 paragraphs on three topics', 3, 1, [1, 2], 0],
		['12 paragraphs on three topics', 3, 4, [3, 5], 2],
		['12 paragraphs on four topics', 4, 3, [3, 5], 3],
		['10 paragraphs on two topics', 2, 5, [2, 4], 1],
		['40 paragraphs on eight topics', 8, 5, [6, 12], 6],
	])('%s', (_name, topicCount, perTopic, [fewest, most], shiftsFound) => {
		const {paragraphs, topicStarts} = article(topicCount, perTopic);
		const sections = segmentParagraphs(paragraphs);
		expectPartition(sections, paragraphs);
		expectGoodTitles(sections);
		expect(sections.length).toBeGreaterThanOrEqual(fewest ?? 1);
		expect(sections.length).toBeLessThanOrEqual(most ?? 1);
		const starts = new Set(sections.map((section) => section.start));
		const found = topicStarts.slice(1).filter((start) => starts.has(start));
		expect(found.length).toBeGreaterThanOrEqual(shiftsFound);
	});

	test('each section is titled from its own text', () => {
		const {paragraphs} = article(3, 4);
		for (const section of segmentParagraphs(paragraphs)) {
			const firstWord = section.title.split(' ')[0]?.toLowerCase() ?? '';
			expect(section.paragraphs.join(' ').toLowerCase()).toContain(firstWord);
		}
	});

	test('titles differ between sections', () => {
		const {paragraphs} = article(8, 5);
		const titles = segmentParagraphs(paragraphs).map((section) => section.title.toLowerCase());
		expect(new Set(titles).size).toBe(titles.length);
	});

	test('no paragraphs, no sections', () => {
		expect(segmentParagraphs([])).toEqual([]);
	});

	test('any paragraphs are partitioned and titled', () => {
		const paragraph = fc
			.string({minLength: 1, maxLength: 120})
			.filter((text) => text.trim() !== '');
		fc.assert(
			fc.property(fc.array(paragraph, {maxLength: 40}), (paragraphs) => {
				const sections = segmentParagraphs(paragraphs);
				expectPartition(sections, paragraphs);
				for (const {title} of sections) {
					expect(title).not.toBe('');
					expect(stringWidth(title)).toBeLessThanOrEqual(40);
				}
			}),
		);
	});

	test('a long article is sectioned in linear time with few sections', () => {
		const {paragraphs} = article(8, 5);
		const many = Array.from({length: 250}, () => paragraphs).flat();
		const started = performance.now();
		const sections = segmentParagraphs(many);
		expect(performance.now() - started).toBeLessThan(5000);
		expectPartition(sections, many);
		expect(sections.length).toBeLessThanOrEqual(30);
	});
});

describe('sections from headings', () => {
	test('keep headings, drop empty parts, title the untitled one', () => {
		const sections = sectionsFromHeadings([
			{heading: null, paragraphs: ['The council approved the budget.']},
			{heading: 'Empty', paragraphs: []},
			{heading: 'Reaction', paragraphs: ['One.', 'Two.']},
		]);
		expect(sections.map((section) => section.title)).toEqual(['Council', 'Reaction']);
		expect(sections.map((section) => section.start)).toEqual([0, 1]);
	});

	test('an empty heading gets a title from its text', () => {
		const [section] = sectionsFromHeadings([
			{heading: '', paragraphs: ['Storm floods the coast.']},
		]);
		expect(section?.title).toBe('Storm floods');
	});
});

describe('fitColumns', () => {
	test.each([
		['short', 'Short title', 'Short title'],
		['trailing punctuation', 'The call, again…', 'The call, again'],
		[
			'cut on a word boundary',
			'one two three four five six seven eight nine ten',
			'one two three four five six seven eight',
		],
		[
			'wide characters count twice',
			'日本語の記事 '.repeat(6),
			'日本語の記事 日本語の記事 日本語の記事',
		],
		['one over-wide word is cut', 'x'.repeat(60), 'x'.repeat(40)],
		['emoji stay whole', '👩‍👩‍👧'.repeat(30), '👩‍👩‍👧'.repeat(20)],
		['only punctuation is kept', '!!!', '!!!'],
	])('%s', (_name, text, expected) => {
		expect(fitColumns(text)).toBe(expected);
		expect(stringWidth(fitColumns(text))).toBeLessThanOrEqual(40);
	});
});
