import fc from 'fast-check';
import {expect, test} from 'vitest';
import {fit, truncate} from '../../source/render/truncate.js';
import {displayWidth} from '../../source/render/wrap.js';

test('truncate never exceeds the width', () => {
	fc.assert(
		fc.property(fc.string(), fc.integer({min: 0, max: 30}), (text, width) => {
			expect(displayWidth(truncate(text.replace(/[\p{C}]/gu, ''), width))).toBeLessThanOrEqual(
				width,
			);
		}),
	);
});

test.each([
	['abcdef', 4, 'abc…'],
	['abcd', 4, 'abcd'],
	['漢字漢字', 5, '漢字…'],
	['abc', 0, ''],
])('truncate(%j, %i) is %j', (text, width, cut) => {
	expect(truncate(text, width)).toBe(cut);
});

test.each([
	['ab', 4, 'ab  '],
	['漢字漢字', 5, '漢字…'],
	['abcdef', 4, 'abc…'],
])('fit(%j, %i) is %j', (text, width, fitted) => {
	expect(fit(text, width)).toBe(fitted);
});
