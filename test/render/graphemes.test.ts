import fc from 'fast-check';
import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import {displayWidth, splitGraphemes} from '../../source/render/graphemes.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

test.each([
	['abc', 3],
	['東京', 4],
	['👍🏽', 2],
	['e\u0301', 1],
	['“Trump’s” — …', 13],
	['', 0],
])('%j is %i columns wide', (text, columns) => {
	expect(displayWidth(text)).toBe(columns);
});

test('the single-column fast path agrees with string-width', () => {
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

const graphemeText = fc
	.array(
		fc.oneof(
			fc.string({unit: 'grapheme', maxLength: 6}),
			fc.constantFrom('あ', '👨‍👩‍👧', '🇯🇵', 'e\u0301', 'क्षि', '“', '—', 'a'),
		),
		{maxLength: 20},
	)
	.map((parts) => parts.join(''));

test('splits graphemes as Intl.Segmenter does', () => {
	fc.assert(
		fc.property(graphemeText, (text) => {
			expect([...splitGraphemes(text)]).toEqual(
				[...segmenter.segment(text)].map((part) => part.segment),
			);
		}),
	);
});

test('measures as string-width does, which Ink lays out with', () => {
	fc.assert(
		fc.property(graphemeText, (text) => {
			expect(displayWidth(text)).toBe(stringWidth(text));
		}),
	);
});
