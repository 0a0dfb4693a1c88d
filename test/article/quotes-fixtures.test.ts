import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {extractQuotes} from '../../source/article/quotes.js';
import type {ParagraphLocation} from '../../source/article/types.js';

type Expected = {paragraph: number; text: string; speaker: string | null};

const directory = join(import.meta.dirname, '../fixtures/quotes');
const fixtures = readdirSync(directory)
	.filter((name) => name.endsWith('.txt'))
	.map((name) => name.slice(0, -4));

/** Blank-line-separated blocks, in one section. */
function paragraphsOf(text: string): ParagraphLocation[] {
	return text
		.split(/\n\s*\n/u)
		.map((block) => block.replaceAll(/\s+/gu, ' ').trim())
		.filter(Boolean)
		.map((paragraph, index) => ({section: 0, paragraph: index, text: paragraph}));
}

describe('quotes and speakers in fixture articles', () => {
	test('there are fixtures to read', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(8);
	});

	test.each(fixtures)('%s', (name) => {
		const paragraphs = paragraphsOf(readFileSync(join(directory, `${name}.txt`), 'utf8'));
		const expected = JSON.parse(
			readFileSync(join(directory, `${name}.json`), 'utf8'),
		) as Expected[];
		const quotes = extractQuotes(paragraphs);
		expect(quotes.map(({paragraph, text, speaker}) => ({paragraph, text, speaker}))).toEqual(
			expected,
		);
		for (const quote of quotes) {
			const paragraph = paragraphs[quote.paragraph]!.text;
			expect(paragraph.slice(quote.offset, quote.offset + quote.text.length)).toBe(quote.text);
		}
	});
});
