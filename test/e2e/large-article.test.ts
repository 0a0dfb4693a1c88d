import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {ReaderSession} from '../_helpers/pty.js';

const speakers = ['Ana Silva', 'Tomasz Nowak', 'Samuel Reyes', 'Mei Chen'];
const topics = ['harbour wall', 'ferry terminal', 'school budget', 'river bridge', 'tram line'];

/** About `megabytes` MB of plain text: a headline, then numbered paragraphs, then a last one. */
function generate(megabytes: number): string {
	const paragraphs = ['Council approves harbour plan after months of debate'];
	let size = 0;
	for (let index = 0; size < megabytes * 1e6; index++) {
		const topic = topics[index % topics.length]!;
		const speaker = speakers[index % speakers.length]!;
		const paragraph = `Item ${index}: on ${1 + (index % 28)} March ${2000 + (index % 20)}, the council discussed the ${topic} again. “We will look at the ${topic} once more,” said ${speaker}, who added that the work had waited long enough and would begin next month.`;
		paragraphs.push(paragraph);
		size += paragraph.length + 2;
	}
	paragraphs.push('The zeppelin landed at the end of the long article.');
	return paragraphs.join('\n\n');
}

let folder = '';
let file = '';
const sessions: ReaderSession[] = [];
const open = (args: string[]) => {
	const session = new ReaderSession(args, 140, 40);
	sessions.push(session);
	return session;
};

beforeAll(() => {
	folder = mkdtempSync(path.join(tmpdir(), 'readout-large-'));
	file = path.join(folder, 'long.txt');
	writeFileSync(file, generate(8));
});

afterEach(() => {
	for (const session of sessions) session.dispose();
	sessions.length = 0;
});

afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

describe('an 8 MB article in a real terminal', () => {
	test('opens on its first screen at once, loads the rest, and G, / and q work', async () => {
		const session = open([file]);
		// Both, as the screen may be read while the first frame is still arriving.
		await session.waitForText(
			(screen) => screen.includes('Council approves') && screen.includes('Item 0:'),
			10_000,
		);
		// Keys are answered while the rest loads.
		session.press('G');
		await session.waitForText((screen) => /§\d+\/\d+ · 100%/.test(screen), 10_000);
		await session.waitForText((screen) => !screen.includes('loading…'), 90_000);
		session.press('G');
		await session.waitForText('zeppelin landed', 15_000).catch(async () => {
			// The screen can be read while a frame is half drawn, so the wait above may end before
			// the whole article is in: G then reached the end of the preview. Once it is in, G
			// must reach the end of the whole article.
			session.press('G');
			return session.waitForText('zeppelin landed', 30_000);
		});
		session.press('g');
		await session.waitForText('Item 0:', 10_000);
		session.press('/zeppelin\r');
		const found = await session.waitForText("match 1/1 'zeppelin'", 10_000);
		expect(found).toContain('zeppelin landed');
		session.press('q');
		const {exitCode} = await session.exited;
		expect(exitCode).toBe(0);
		expect(session.bufferType()).toBe('normal');
	}, 120_000);

	test('SIGTERM while it loads ends the reader within a second', async () => {
		const session = open([file]);
		await session.waitForText('loading…', 10_000);
		const sent = performance.now();
		session.kill('SIGTERM');
		const {exitCode} = await session.exited;
		const elapsed = performance.now() - sent;
		expect(exitCode).toBe(143);
		expect(session.bufferType()).toBe('normal');
		expect(elapsed).toBeLessThan(1000);
	}, 30_000);
});
