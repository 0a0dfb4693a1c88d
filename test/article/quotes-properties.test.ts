import fc from 'fast-check';
import {expect, test} from 'vitest';
import {extractQuotes} from '../../source/article/quotes.js';
import type {ParagraphLocation} from '../../source/article/types.js';

const pieces = [
	'“',
	'”',
	'‘',
	'’',
	'"',
	"'",
	' ',
	', ',
	'. ',
	': ',
	'said',
	'says',
	'told',
	'he',
	'She',
	'it',
	'They',
	'Smith',
	'Mr.',
	'Jane Doe',
	'the statement',
	'according to',
	'the Kremlin',
	'President',
	'’s',
	"'s",
	's’',
	'’90s',
	'don’t',
	'[They]',
	'…',
	'—',
	'(',
	')',
	'and',
	'a',
	'word',
];

/** Text built from quote marks, names and attribution words, so the rules are exercised. */
const newsish = fc
	.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 6})), {maxLength: 40})
	.map((parts) => parts.join(' '));

const paragraphs = fc
	.array(
		fc.oneof(newsish, fc.string({maxLength: 80}), fc.string({unit: 'binary', maxLength: 40})),
		{maxLength: 6},
	)
	.map((texts): ParagraphLocation[] =>
		texts.map((text, index) => ({section: 0, paragraph: index, text})),
	);

test('never throws, quotes sit at their offsets, speakers are names or null', () => {
	fc.assert(
		fc.property(paragraphs, (located) => {
			const quotes = extractQuotes(located);
			for (const quote of quotes) {
				const text = located[quote.paragraph]!.text;
				expect(text.slice(quote.offset, quote.offset + quote.text.length)).toBe(quote.text);
				expect(
					quote.text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length,
				).toBeGreaterThanOrEqual(2);
				if (quote.speaker !== null) {
					expect(typeof quote.speaker).toBe('string');
					expect(quote.speaker.trim()).not.toBe('');
				}
			}
		}),
		{numRuns: 500},
	);
});

test('quotes come in reading order', () => {
	fc.assert(
		fc.property(paragraphs, (located) => {
			const quotes = extractQuotes(located);
			for (let index = 1; index < quotes.length; index++) {
				const before = quotes[index - 1]!;
				const after = quotes[index]!;
				expect(before.paragraph < after.paragraph || before.offset < after.offset).toBe(true);
			}
		}),
		{numRuns: 200},
	);
});
