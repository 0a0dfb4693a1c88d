import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {displayWidth, fit, truncate, wrapRanges} from '../../source/ui/wrap-lines.js';

const words = fc.array(
	fc.oneof(
		fc.string({minLength: 1, maxLength: 12}).map((word) => word.replace(/\s/g, 'x')),
		fc.constantFrom('漢字', '😀', 'e\u0301', 'Trump’s', 'a-very-long-hyphenated-compound-word'),
	),
	{maxLength: 40},
);

describe('wrapRanges', () => {
	test('no line is wider than the width and no word is lost', () => {
		fc.assert(
			fc.property(words, fc.integer({min: 1, max: 60}), (list, width) => {
				const text = list.join(' ');
				const lines = wrapRanges(text, width).map((range) => text.slice(range.start, range.end));
				for (const line of lines) {
					// A single grapheme wider than the width still gets a line of its own.
					expect(
						displayWidth(line) <= width || [...new Intl.Segmenter().segment(line)].length === 1,
					).toBe(true);
				}
				expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
			}),
		);
	});

	test('wraps at spaces', () => {
		const text = 'one two three four';
		expect(wrapRanges(text, 9).map((range) => text.slice(range.start, range.end))).toEqual([
			'one two',
			'three',
			'four',
		]);
	});

	test('counts wide characters as two columns', () => {
		const text = '漢字 漢字 漢字';
		expect(wrapRanges(text, 9).map((range) => text.slice(range.start, range.end))).toEqual([
			'漢字 漢字',
			'漢字',
		]);
	});
});

describe('truncate and fit', () => {
	test('truncate never exceeds the width', () => {
		fc.assert(
			fc.property(fc.string(), fc.integer({min: 0, max: 30}), (text, width) => {
				expect(displayWidth(truncate(text.replace(/[\p{C}]/gu, ''), width))).toBeLessThanOrEqual(
					width,
				);
			}),
		);
	});

	test('cuts with an ellipsis, pads to the width', () => {
		expect(truncate('abcdef', 4)).toBe('abc…');
		expect(fit('ab', 4)).toBe('ab  ');
		expect(fit('漢字漢字', 5)).toBe('漢字…');
	});
});

test('single-column text wraps as the general word wrapper would', () => {
	const asciiWords = fc.array(fc.stringMatching(/^[!-~é“”’—…]{1,15}$/), {maxLength: 40});
	fc.assert(
		fc.property(asciiWords, fc.integer({min: 1, max: 40}), (list, width) => {
			const text = list.join(' ');
			// A wide character at the end sends the text down the general path.
			const general = wrapRanges(text + ' 漢', width).map((range) =>
				text.slice(range.start, range.end),
			);
			const fast = wrapRanges(text, width).map((range) => text.slice(range.start, range.end));
			expect(fast).toEqual(general.filter((line) => line !== '').slice(0, fast.length));
		}),
	);
});

test('the single-column fast path agrees with string-width', async () => {
	const {default: stringWidth} = await import('string-width');
	const ranges = [
		[0x20, 0x7e],
		[0xa0, 0xac],
		[0xae, 0x2ff],
		[0x370, 0x482],
		[0x48a, 0x4ff],
		[0x2010, 0x2027],
		[0x2030, 0x205e],
	];
	for (const [from, to] of ranges) {
		for (let code = from!; code <= to!; code++) {
			const character = String.fromCodePoint(code);
			if (displayWidth(character) !== stringWidth(character)) {
				expect.fail(
					`U+${code.toString(16)}: ${displayWidth(character)} ≠ ${stringWidth(character)}`,
				);
			}
		}
	}
});
