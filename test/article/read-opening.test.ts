import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {decode} from '../../source/article/decode.js';
import {openingBytes, readArticleOpening, wholeBytes} from '../../source/article/read-opening.js';
import {ReadError} from '../../source/article/read.js';

let folder = '';
const write = (name: string, content: string | Uint8Array): string => {
	const file = path.join(folder, name);
	writeFileSync(file, content);
	return file;
};

beforeAll(() => {
	folder = mkdtempSync(path.join(tmpdir(), 'readout-opening-'));
});

afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

/** A long text whose characters take one to four bytes, with CRLF line ends. */
function longText(bytes: number): string {
	const lines = ['Headline'];
	let size = 0;
	for (let index = 0; size < bytes; index++) {
		const line = `Line ${index}: “Café” 東京 👩 said the mayor.`;
		lines.push(line);
		size += Buffer.byteLength(line) + 2;
	}
	return lines.join('\r\n');
}

describe('readArticleOpening', () => {
	test('reads a short file whole', async () => {
		const file = write('short.txt', 'Title\r\n\r\nBody.');
		const read = await readArticleOpening(file);
		expect(read).toEqual({text: 'Title\n\nBody.', share: 1});
	});

	test('reads a long file as its opening; its parts, read as often as asked, make the whole text', async () => {
		const content = Buffer.from(longText(wholeBytes + 2_300_000));
		const file = write('long.txt', content);
		const read = await readArticleOpening(file);
		const whole = decode(content);
		expect(read.share).toBeCloseTo(openingBytes / content.length, 6);
		expect(whole.startsWith(read.text)).toBe(true);
		expect(read.text.length).toBeGreaterThan(openingBytes / 4);
		expect(read.text.length).toBeLessThan(openingBytes);
		const {parts} = read;
		expect(parts).toBeDefined();
		for (let pass = 0; pass < 2; pass++) {
			const texts: string[] = [];
			const shares: number[] = [];
			for (const part of parts!.parts()) {
				texts.push(part);
				shares.push(parts!.share);
			}
			expect(texts.length).toBeGreaterThan(2);
			expect(texts.slice(0, -1).every((part) => part.endsWith('\n'))).toBe(true);
			expect(texts.join('')).toBe(whole);
			expect(shares).toEqual([...shares].sort((a, b) => a - b));
			expect(shares.at(-1)).toBe(1);
		}
		await parts!.close();
	});

	test('a line longer than a part is given whole in one part', async () => {
		const line = 'word '.repeat(600_000);
		const file = write('one-line.txt', `Headline\n${line}\nLast line`);
		const read = await readArticleOpening(file);
		const texts = [...read.parts!.parts()];
		await read.parts!.close();
		expect(texts.join('')).toBe(`Headline\n${line}\nLast line`);
		expect(texts.some((part) => part.includes(line))).toBe(true);
	});

	test('a long binary file fails as the whole file would', async () => {
		const content = Buffer.alloc(wholeBytes + 10, 0x41);
		content[100] = 0;
		const file = write('binary.bin', content);
		const error: unknown = await readArticleOpening(file).catch((error: unknown) => error);
		expect(error).toBeInstanceOf(ReadError);
		expect((error as ReadError).message).toBe(`cannot read '${file}': binary file`);
	});

	test('an opening of white space reads the whole file', async () => {
		const text = `${' '.repeat(wholeBytes)}\nHeadline\nBody.`;
		const file = write('spaces.txt', text);
		expect(await readArticleOpening(file)).toEqual({text, share: 1});
	});

	test('a missing file fails with one line', async () => {
		const error: unknown = await readArticleOpening(path.join(folder, 'missing.txt')).catch(
			(error: unknown) => error,
		);
		expect((error as ReadError).message).toMatch(/^cannot read '.*missing\.txt': no such file$/);
	});
});
