import fc from 'fast-check';
import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import {isSingleColumn} from '../../source/render/single-column.js';

// Every character the test accepts, from the whole Basic Multilingual Plane.
const accepted: string[] = [];
for (let code = 0; code <= 0xffff; code++) {
	const character = String.fromCharCode(code);
	if (isSingleColumn(character)) accepted.push(character);
}
const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

test('the common characters of news text and of the reader’s frame are single-column', () => {
	expect(isSingleColumn('Plain ASCII, “curly” ‘quotes’ — dashes… Straße Ελλάδα Москва')).toBe(true);
	expect(isSingleColumn('╭─╮│╰╯┏━┓┃┗┛ ▸ █')).toBe(true);
	expect(isSingleColumn('')).toBe(true);
});

test.each([
	['a CJK character', '東'],
	['an emoji', '👍'],
	['a combining accent', 'e\u0301'],
	['a soft hyphen', 'soft\u00ADhyphen'],
	['a zero-width space', 'a\u200Bb'],
	['a line separator', 'a\u2028b'],
	['a control character', 'a\u0007b'],
	['a Cyrillic combining mark', 'а\u0483'],
	['an emoji-presentation square', '\u25FD'],
])('%s is not single-column', (_name, text) => {
	expect(isSingleColumn(text)).toBe(false);
});

test('each accepted character is one column wide for string-width', () => {
	expect(accepted.length).toBeGreaterThan(1000);
	expect(accepted.filter((character) => stringWidth(character) !== 1)).toEqual([]);
});

test('strings of accepted characters are as wide as they are long, one grapheme a character', () => {
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...accepted), {maxLength: 40}), (characters) => {
			const text = characters.join('');
			expect(isSingleColumn(text)).toBe(true);
			expect(stringWidth(text)).toBe(text.length);
			expect([...segmenter.segment(text)]).toHaveLength(text.length);
		}),
		{numRuns: 2000},
	);
});
