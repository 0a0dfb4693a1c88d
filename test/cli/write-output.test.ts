import {PassThrough, Writable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import {writeOutput} from '../../source/cli/output.js';

/** A stream that takes `highWaterMark` bytes before asking the writer to wait, and keeps them. */
function slowStream(fail?: NodeJS.ErrnoException) {
	const received: string[] = [];
	let drains = 0;
	const stream = new Writable({
		highWaterMark: 1024,
		write(chunk: Buffer, _encoding, done) {
			received.push(chunk.toString());
			setImmediate(() => done(fail));
		},
	});
	stream.on('drain', () => drains++);
	return {stream, received, drains: () => drains};
}

/** Parts of about 3 MB in all, counting how many were made before each was asked for. */
function* parts(count: number, made: {count: number}): Generator<string> {
	for (let index = 0; index < count; index++) {
		made.count++;
		yield `${index} ${'x'.repeat(1000)}\n`;
	}
}

describe('writeOutput', () => {
	test('writes a text and resolves to 0', async () => {
		const {stream, received} = slowStream();
		expect(await writeOutput(stream, 'hello\n')).toBe(0);
		expect(received.join('')).toBe('hello\n');
	});

	test('writes parts in order, a batch at a time, waiting for the stream to drain', async () => {
		const {stream, received, drains} = slowStream();
		const made = {count: 0};
		expect(await writeOutput(stream, parts(3000, made))).toBe(0);
		expect(received.join('')).toBe([...parts(3000, {count: 0})].join(''));
		expect(made.count).toBe(3000);
		expect(received.length).toBeGreaterThan(2);
		expect(drains()).toBeGreaterThan(1);
	});

	test('stops making parts once the reader has gone (EPIPE), and resolves to 0', async () => {
		const error = Object.assign(new Error('broken pipe'), {code: 'EPIPE'});
		const {stream} = slowStream(error);
		stream.on('error', () => {});
		const made = {count: 0};
		expect(await writeOutput(stream, parts(30_000, made))).toBe(0);
		expect(made.count).toBeLessThan(30_000);
	});

	test('a write error on parts is one line on stderr and status 1', async () => {
		const error = Object.assign(new Error('no space'), {code: 'ENOSPC'});
		const {stream} = slowStream(error);
		const errors = new PassThrough();
		const status = await writeOutput(stream, parts(10, {count: 0}), errors);
		expect(status).toBe(1);
		expect(errors.read()?.toString()).toBe('readout: write error: no space left on device\n');
	});
});
