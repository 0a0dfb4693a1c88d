import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {ReaderSession} from '../_helpers/pty.js';

let folder = '';
const sessions: ReaderSession[] = [];
const open = (file: string) => {
	const session = new ReaderSession([file], 120, 30);
	sessions.push(session);
	return session;
};
const write = (name: string, text: string): string => {
	const file = path.join(folder, name);
	writeFileSync(file, text);
	return file;
};

beforeAll(() => {
	folder = mkdtempSync(path.join(tmpdir(), 'readout-huge-'));
});

afterEach(() => {
	for (const session of sessions) session.dispose();
	sessions.length = 0;
});

afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

/** Waits until the whole article has replaced its opening. */
const loaded = (session: ReaderSession) =>
	session.waitForText((screen) => !screen.includes('loading…'), 60_000);

describe('huge inputs in a real terminal', () => {
	test('a 1 MB single line, with no line end, reads as one paragraph', async () => {
		const words = ['harbour', 'council', 'ferry', 'quay'];
		const body = Array.from({length: 180_000}, (_, index) => words[index % words.length]);
		const file = write('line.txt', `The council met. ${body.join(' ')} zeppelin`);
		const session = open(file);
		// Both, as the screen may be read while the first frame is still arriving.
		const first = await session.waitForText(
			(screen) => screen.includes('The council met.') && screen.includes('harbour council'),
			10_000,
		);
		expect(first).toContain('harbour council ferry quay');
		await loaded(session);
		session.press('G');
		await session.waitForText('zeppelin', 15_000);
		session.press('g');
		await session.waitForText((screen) => !screen.includes('zeppelin'), 10_000);
		session.press('/zeppelin\r');
		await session.waitForText("match 1/1 'zeppelin'", 15_000);
		session.press('q');
		expect((await session.exited).exitCode).toBe(0);
		expect(session.bufferType()).toBe('normal');
	}, 60_000);

	test('200,000 short lines: keys while loading, and G once all are in', async () => {
		const lines = Array.from({length: 200_000}, (_, index) => `Line ${index} of the harbour.`);
		const file = write('lines.txt', `Harbour log\n${lines.join('\n')}\n`);
		const session = open(file);
		const first = await session.waitForText(
			(screen) => screen.includes('Line 0 of the harbour.') && screen.includes('Harbour log'),
			10_000,
		);
		expect(first).toContain('Harbour log');
		session.press('G');
		await session.waitForText((screen) => /§\d+\/\d+ · 100%/.test(screen), 10_000);
		await loaded(session);
		session.press('G');
		await session.waitForText('Line 199999 of the harbour.', 15_000).catch(async () => {
			// As in the 8 MB test: a half-drawn frame may end the wait for the load early.
			session.press('G');
			return session.waitForText('Line 199999 of the harbour.', 15_000);
		});
		session.press('q');
		expect((await session.exited).exitCode).toBe(0);
		expect(session.bufferType()).toBe('normal');
	}, 90_000);
});
