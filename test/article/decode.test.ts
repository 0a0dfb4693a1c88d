import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {decode, normalizeLineEnds, StreamDecoder} from '../../source/article/decode.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decode', () => {
	test.each([
		['UTF-8 text', utf8('Trump’s “deal” 👩‍👩‍👧'), 'Trump’s “deal” 👩‍👩‍👧'],
		['a BOM is dropped', bytes(0xef, 0xbb, 0xbf, 0x41), 'A'],
		['only a leading BOM is dropped', utf8('A\ufeffB'), 'A\ufeffB'],
		['CRLF becomes LF', utf8('a\r\nb\r\n'), 'a\nb\n'],
		['lone CR becomes LF', utf8('AAAA\rBB'), 'AAAA\nBB'],
		['CR CR LF is two line ends', utf8('a\r\r\nb'), 'a\n\nb'],
		['a lone continuation byte', bytes(0x41, 0x80, 0x42), 'A\ufffdB'],
		['an overlong form', bytes(0xc0, 0xaf), '\ufffd\ufffd'],
		['a truncated sequence at the end', bytes(0x41, 0xe2, 0x80), 'A\ufffd'],
		['an encoded surrogate', bytes(0xed, 0xa0, 0x80), '\ufffd\ufffd\ufffd'],
		['empty input', bytes(), ''],
	])('%s', (_name, input, expected) => {
		expect(decode(input)).toBe(expected);
	});

	test('never throws and never leaves a CR', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 500}), (input) => {
				expect(decode(input)).not.toContain('\r');
			}),
		);
	});
});

describe('normalizeLineEnds', () => {
	test.each([
		['a\r\nb', 'a\nb'],
		['a\rb', 'a\nb'],
		['a\n\rb', 'a\n\nb'],
	])('%j', (input, expected) => {
		expect(normalizeLineEnds(input)).toBe(expected);
	});
});

/** Decodes `input` cut at each of `cuts` (byte offsets), as a file read in parts would be. */
function decodeInParts(input: Uint8Array, cuts: readonly number[]): string {
	const decoder = new StreamDecoder();
	const bounds = [0, ...[...cuts].sort((a, b) => a - b), input.length];
	let text = '';
	for (let index = 1; index < bounds.length; index++) {
		text += decoder.write(input.subarray(bounds[index - 1], bounds[index]));
	}
	return text + decoder.end();
}

describe('StreamDecoder', () => {
	test.each([
		['a CRLF split between its CR and LF', utf8('a\r\nb'), [2], 'a\nb'],
		['a lone CR at the end of a part', utf8('a\rb'), [2], 'a\nb'],
		['a CR ending the last part', utf8('a\r'), [2], 'a\n'],
		['CR CR LF over three parts', utf8('a\r\r\nb'), [2, 3], 'a\n\nb'],
		['a character split across parts', utf8('Café 東京'), [4, 8], 'Café 東京'],
		['an emoji split in every place', utf8('x👩y'), [2, 3, 4], 'x👩y'],
		['an invalid byte at a cut', bytes(0x41, 0xe2, 0x41), [2], 'A\ufffdA'],
		['a truncated sequence at the end', bytes(0x41, 0xe2, 0x80), [2], 'A\ufffd'],
		['a BOM split across parts', bytes(0xef, 0xbb, 0xbf, 0x41), [1, 2], 'A'],
		['a BOM after the first part is kept', utf8('A\ufeffB'), [1], 'A\ufeffB'],
		['empty parts', utf8('ab'), [0, 0, 1, 1, 2], 'ab'],
	])('%s', (_name, input, cuts, expected) => {
		expect(decodeInParts(input, cuts)).toBe(expected);
	});

	test('parts joined are the whole decoded, wherever the cuts fall', () => {
		const piece = fc.oneof(
			fc.uint8Array({maxLength: 8}),
			fc.constantFrom(...['\r', '\n', '\r\n', '“', '👩', '\ufeff', 'é'].map((text) => utf8(text))),
		);
		const input = fc
			.array(piece, {maxLength: 40})
			.map((pieces) => Uint8Array.from(pieces.flatMap((part) => [...part])));
		fc.assert(
			fc.property(
				input.chain((whole) =>
					fc.tuple(
						fc.constant(whole),
						fc.array(fc.integer({min: 0, max: whole.length}), {maxLength: 6}),
					),
				),
				([whole, cuts]) => {
					expect(decodeInParts(whole, cuts)).toBe(decode(whole));
				},
			),
			{numRuns: 500},
		);
	});
});
