import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {decode, normalizeLineEnds} from '../../source/article/decode.js';

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
