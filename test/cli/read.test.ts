import {Readable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import {asReadError, readArticleStream, ReadError, safeName} from '../../source/article/read.js';

const stream = (...chunks: Array<string | Buffer>) => Readable.from(chunks);

describe('readArticleStream', () => {
	test('joins chunks, decoding UTF-8 split across them', async () => {
		const bytes = Buffer.from('Tête\r\n\r\nCafé 東京\n');
		const text = await readArticleStream(
			stream(bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9)),
		);
		expect(text).toBe('Tête\n\nCafé 東京\n');
	});

	test.each([
		[[''], 'cannot read standard input: empty'],
		[[' \n\t '], 'cannot read standard input: empty'],
		[[Buffer.from([0x41, 0x00, 0x42])], 'cannot read standard input: binary file'],
		[
			[Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81, 0x41])],
			'cannot read standard input: binary file',
		],
		[['x'.repeat(600)], 'cannot read standard input: larger than 512 bytes'],
	])('%j → %s', async (chunks, message) => {
		const error: unknown = await readArticleStream(stream(...chunks), 512).catch(
			(error: unknown) => error,
		);
		expect(error).toBeInstanceOf(ReadError);
		expect((error as ReadError).message).toBe(message);
		expect((error as ReadError).empty).toBe(message.endsWith('empty'));
	});
});

describe('asReadError', () => {
	test.each([
		['ENOENT', 'no such file'],
		['EACCES', 'permission denied'],
		['EISDIR', 'is a directory'],
		['EWHATEVER', 'ewhatever'],
	])('%s → %s', (code, reason) => {
		const error = Object.assign(new Error('raw'), {code});
		expect(asReadError(error, "'x.md'").message).toBe(`cannot read 'x.md': ${reason}`);
	});
});

test('safeName escapes control characters and bidi overrides', () => {
	expect(safeName('a\x1b[2Jb\u202e.md')).toBe('a\\u{1b}[2Jb\\u{202e}.md');
	expect(safeName('plain name.md')).toBe('plain name.md');
});
