import {describe, expect, test} from 'vitest';
import type {Article} from '../../source/article/types.js';
import {jsonParts, renderJson, toJson} from '../../source/render/json.js';
import {fixture} from './_fixture.js';

const nullableString = (value: unknown) => value === null || typeof value === 'string';

test('has exactly the contract fields, with their types', () => {
	const json = JSON.parse(renderJson(fixture)) as Record<string, unknown>;
	expect(Object.keys(json)).toEqual([
		'title',
		'source',
		'author',
		'published',
		'url',
		'copyright',
		'words',
		'readingMinutes',
		'sections',
		'quotes',
		'timeline',
	]);
	expect(typeof json['title']).toBe('string');
	for (const key of ['source', 'author', 'published', 'url', 'copyright']) {
		expect(nullableString(json[key]), key).toBe(true);
	}
	expect(Number.isInteger(json['words'])).toBe(true);
	expect(Number.isInteger(json['readingMinutes'])).toBe(true);

	const sections = json['sections'] as Array<Record<string, unknown>>;
	expect(sections).toHaveLength(2);
	for (const section of sections) {
		expect(Object.keys(section)).toEqual(['title', 'paragraphs']);
		expect(typeof section['title']).toBe('string');
		expect((section['paragraphs'] as unknown[]).every((p) => typeof p === 'string')).toBe(true);
	}

	const quotes = json['quotes'] as Array<Record<string, unknown>>;
	expect(quotes).toHaveLength(2);
	for (const quote of quotes) {
		expect(Object.keys(quote)).toEqual(['text', 'speaker', 'section', 'paragraph']);
		expect(typeof quote['text']).toBe('string');
		expect(nullableString(quote['speaker'])).toBe(true);
		expect(Number.isInteger(quote['section'])).toBe(true);
		expect(Number.isInteger(quote['paragraph'])).toBe(true);
	}

	const timeline = json['timeline'] as Array<Record<string, unknown>>;
	expect(timeline).toHaveLength(4);
	for (const event of timeline) {
		expect(Object.keys(event)).toEqual([
			'date',
			'phrase',
			'approximate',
			'summary',
			'section',
			'paragraph',
		]);
		expect(event['date'] === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(event['date']))).toBe(
			true,
		);
		expect(typeof event['phrase']).toBe('string');
		expect(typeof event['approximate']).toBe('boolean');
		expect(typeof event['summary']).toBe('string');
		expect(Number.isInteger(event['section'])).toBe(true);
		expect(Number.isInteger(event['paragraph'])).toBe(true);
	}
});

test('keeps the values and leaves out internal fields', () => {
	const json = toJson(fixture);
	expect(json.quotes[1]).toEqual({text: 'a new start', speaker: null, section: 1, paragraph: 2});
	expect(json.timeline[3]).toEqual({
		date: null,
		phrase: 'next week',
		approximate: false,
		summary: 'Aides will meet again',
		section: 0,
		paragraph: 1,
	});
	const text = renderJson(fixture);
	expect(text).not.toContain('"offset"');
	expect(text).not.toContain('"start"');
	expect(text.endsWith('}\n')).toBe(true);
});

test('with a section, lists only it and its entries, numbered in the whole article', () => {
	const json = toJson(fixture, 1);
	expect(json.sections.map((section) => section.title)).toEqual(['Background']);
	expect(json.quotes.map((quote) => quote.section)).toEqual([1]);
	expect(json.timeline.map((event) => event.phrase)).toEqual(['in 2014', 'over the last decade']);
});

test('escapes control characters instead of printing them', () => {
	const text = renderJson({...fixture, title: 'a\x1b[2Jb'});
	expect(text).not.toContain('\x1b');
	expect(JSON.parse(text).title).toBe('a\x1b[2Jb');
});

describe('jsonParts', () => {
	const stringified = (article: Article, section?: number) =>
		`${JSON.stringify(toJson(article, section), null, 2)}\n`;

	test.each([
		['the fixture', fixture, undefined],
		['one section of it', fixture, 1],
		['no quotes or events', {...fixture, quotes: [], timeline: []}, undefined],
		['no sections at all', {...fixture, sections: [], quotes: [], timeline: []}, undefined],
		['awkward text', {...fixture, title: 'a\u2028b "c" \\d\n', copyright: '\u001b[2J©'}, undefined],
	])('%s, joined, is JSON.stringify of toJson', (_name, article: Article, section) => {
		const parts = [...jsonParts(article, section)];
		expect(parts.join('')).toBe(stringified(article, section));
		expect(renderJson(article, section)).toBe(stringified(article, section));
	});

	test('a long list comes an item at a time', () => {
		const quotes = Array.from({length: 500}, (_, index) => ({
			...fixture.quotes[0]!,
			text: `q${index}`,
		}));
		const parts = [...jsonParts({...fixture, quotes})];
		expect(parts.length).toBeGreaterThan(500);
		expect(Math.max(...parts.map((part) => part.length))).toBeLessThan(2000);
	});
});
