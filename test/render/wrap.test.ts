import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {displayWidth, wrap, wrapIndented, wrapParts, wrapRanges} from '../../source/render/wrap.js';

const graphemes = (text: string) =>
	[...new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(text)].map(
		(part) => part.segment,
	);
const visible = (text: string) => graphemes(text).filter((grapheme) => !/^\s+$/.test(grapheme));
const wrappedLines = (text: string, width: number) =>
	wrapRanges(text, width).map((range) => text.slice(range.start, range.end));

describe('wrap', () => {
	test.each([
		['one two three', 7, ['one two', 'three']],
		['one two three', 13, ['one two three']],
		['  spaced   out  ', 20, ['spaced out']],
		['Aあいうえお', 10, ['Aあいうえ', 'お']],
		['あいうえお', 4, ['あい', 'うえ', 'お']],
		['ab cdefghijklmnop', 10, ['ab', 'cdefghijkl', 'mnop']],
		['👍🏽👍🏽👍🏽 ok', 4, ['👍🏽👍🏽', '👍🏽', 'ok']],
		['e\u0301e\u0301e\u0301', 2, ['e\u0301e\u0301', 'e\u0301']],
		['🇯🇵🇫🇷', 2, ['🇯🇵', '🇫🇷']],
		['line one\nline two', 80, ['line one', 'line two']],
		['no wrapping at width zero', 0, ['no wrapping at width zero']],
		['', 10, ['']],
	])('%j at %i', (text, width, lines) => {
		expect(wrap(text, width)).toEqual(lines);
	});

	test('counts CJK and emoji as two columns', () => {
		expect(displayWidth('東京')).toBe(4);
		expect(displayWidth('👍🏽')).toBe(2);
		expect(displayWidth('e\u0301')).toBe(1);
		expect(displayWidth('abc')).toBe(3);
	});

	test('indents with a hanging prefix, or stacks it when too narrow', () => {
		expect(wrapIndented('alpha beta gamma', 16, '2014  ')).toEqual([
			'2014  alpha beta',
			'      gamma',
		]);
		expect(wrapIndented('alpha beta', 12, '2016-11-14  ')).toEqual(['2016-11-14', 'alpha beta']);
	});

	test.each([
		[
			['The Hill', '14 November 2016', '2 min read'],
			39,
			['The Hill · 14 November 2016', '2 min read'],
		],
		[
			['The Hill', '14 November 2016', '2 min read'],
			80,
			['The Hill · 14 November 2016 · 2 min read'],
		],
		[
			['A', 'Antidisestablishmentarianism', 'B'],
			12,
			['A', 'Antidisestab', 'lishmentaria', 'nism · B'],
		],
		[['one', 'two'], 0, ['one · two']],
	])('joins parts %j at %i, breaking between them', (parts, width, lines) => {
		expect(wrapParts(parts, ' · ', width)).toEqual(lines);
	});

	test('is fast on a 100 000-character line without spaces', () => {
		for (const text of ['x'.repeat(100_000), 'あ'.repeat(100_000), 'ae\u0301👍🏽'.repeat(20_000)]) {
			const started = performance.now();
			const lines = wrap(text, 80);
			expect(performance.now() - started).toBeLessThan(5000);
			expect(lines.join('')).toBe(text);
			expect(lines.every((line) => displayWidth(line) <= 80)).toBe(true);
		}
	});

	test('wraps a 300 000-character word at width 1 without running out of stack', () => {
		expect(wrap('x'.repeat(300_000), 1)).toHaveLength(300_000);
	});
});

const pieces = fc.constantFrom(
	'a',
	'word',
	'Antidisestablishmentarianism',
	' ',
	'  ',
	'\t',
	'あ',
	'東京',
	'👍🏽',
	'👨‍👩‍👧',
	'🇯🇵',
	'e\u0301',
	'क्षि',
	'—',
	'“',
	'.',
);
const text = fc
	.array(fc.oneof(pieces, fc.string({unit: 'grapheme', maxLength: 6})), {
		maxLength: 40,
	})
	.map((parts) => parts.join(''));
const width = fc.integer({min: 2, max: 60});

describe('wrap properties', () => {
	test('never exceeds the width', () => {
		fc.assert(
			fc.property(text, width, (input, columns) => {
				for (const line of wrap(input, columns)) {
					// A single grapheme wider than the width (𝅘𝅥𝅮 is three columns) sits alone.
					expect(displayWidth(line) <= columns || graphemes(line).length === 1).toBe(true);
				}
			}),
		);
	});

	test('loses no word: the visible graphemes stay, in order', () => {
		fc.assert(
			fc.property(text, fc.integer({min: 0, max: 60}), (input, columns) => {
				expect(visible(wrap(input, columns).join(' '))).toEqual(visible(input));
			}),
		);
	});

	test('is stable: wrapping wrapped lines again changes nothing', () => {
		fc.assert(
			fc.property(text, width, (input, columns) => {
				const lines = wrap(input, columns);
				expect(wrap(lines.join('\n'), columns)).toEqual(lines);
				for (const line of lines) {
					expect(wrap(line, columns)).toEqual([line]);
				}
			}),
		);
	});
});

describe('wrapRanges', () => {
	test.each([
		['one two three four', 9, ['one two', 'three', 'four']],
		['漢字 漢字 漢字', 9, ['漢字 漢字', '漢字']],
		['  spaced   out  ', 20, ['spaced   out']],
		['ab cdefghijklmnop', 10, ['ab', 'cdefghijkl', 'mnop']],
		['ab 漢字漢字漢字', 4, ['ab', '漢字', '漢字', '漢字']],
		['', 10, []],
		['   ', 10, []],
	])('%j at %i', (input, columns, lines) => {
		expect(wrappedLines(input, columns)).toEqual(lines);
	});

	const words = fc.array(
		fc.oneof(
			fc.string({minLength: 1, maxLength: 12}).map((word) => word.replace(/\s/g, 'x')),
			fc.constantFrom('漢字', '😀', 'e\u0301', 'Trump’s', 'a-very-long-hyphenated-compound-word'),
		),
		{maxLength: 40},
	);

	test('no line is wider than the width and no word is lost', () => {
		fc.assert(
			fc.property(words, fc.integer({min: 1, max: 60}), (list, columns) => {
				const input = list.join(' ');
				const lines = wrappedLines(input, columns);
				for (const line of lines) {
					// A single grapheme wider than the width still gets a line of its own.
					expect(displayWidth(line) <= columns || graphemes(line).length === 1).toBe(true);
				}
				expect(lines.join('').replace(/\s/g, '')).toBe(input.replace(/\s/g, ''));
			}),
		);
	});

	test('gives the lines that wrap gives, on text with single spaces', () => {
		fc.assert(
			fc.property(text, width, (input, columns) => {
				const single = input.replace(/\s+/g, ' ').trim();
				const lines = wrappedLines(single, columns);
				expect(lines.length > 0 ? lines : ['']).toEqual(wrap(single, columns));
			}),
		);
	});

	test('single-column text wraps as the general word wrapper would', () => {
		const asciiWords = fc.array(fc.stringMatching(/^[!-~é“”’—…]{1,15}$/), {maxLength: 40});
		fc.assert(
			fc.property(asciiWords, fc.integer({min: 1, max: 40}), (list, columns) => {
				const input = list.join(' ');
				// A wide character at the end sends the text down the general path.
				const general = wrapRanges(input + ' 漢', columns).map((range) =>
					input.slice(range.start, range.end),
				);
				const fast = wrappedLines(input, columns);
				expect(fast).toEqual(general.filter((line) => line !== '').slice(0, fast.length));
			}),
		);
	});
});
