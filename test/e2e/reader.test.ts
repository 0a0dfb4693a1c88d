import {afterEach, describe, expect, test} from 'vitest';
import {ReaderSession} from '../_helpers/pty.js';

const sessions: ReaderSession[] = [];
const open = (columns: number, rows: number, args: string[] = []) => {
	const session = new ReaderSession(args, columns, rows);
	sessions.push(session);
	return session;
};

afterEach(() => {
	for (const session of sessions) {
		// Ink must never erase the scrollback.
		expect(session.chunks.filter((chunk) => chunk.includes('\u001B[3J'))).toEqual([]);
		session.dispose();
	}
	sessions.length = 0;
});

/** The place the status line shows; zeros while the screen is between frames. */
const statusPlace = (screen: string) => {
	const match = /§(\d+)\/(\d+) · (\d+)%/.exec(screen);
	return match
		? {section: Number(match[1]), sections: Number(match[2]), percent: Number(match[3])}
		: {section: 0, sections: 0, percent: -1};
};

async function expectRestored(session: ReaderSession, code: number) {
	const {exitCode} = await session.exited;
	expect(exitCode).toBe(code);
	expect(session.bufferType()).toBe('normal');
	expect(session.isCursorVisible()).toBe(true);
}

describe('the reader in a real terminal', () => {
	test('opens wide at 140×40 with sections, article, quotes and timeline; q restores the terminal', async () => {
		const session = open(140, 40);
		const screen = await session.waitForText('Timeline');
		expect(screen).toContain('readout ─');
		expect(screen).toContain('Sections');
		expect(screen).toContain('Quotes');
		expect(session.bufferType()).toBe('alternate');
		expect(session.isCursorVisible()).toBe(false);
		// Frames stay one line short of the terminal.
		expect(screen.split('\n').at(-1)).toBe('');
		session.press('q');
		await expectRestored(session, 0);
	});

	test('opens medium at 100×30 with the side pane toggled by "', async () => {
		const session = open(100, 30);
		let screen = await session.waitForText('Sections');
		expect(screen).not.toContain('Timeline');
		session.press('"');
		screen = await session.waitForText('▸ Quotes');
		expect(screen).not.toContain('Sections');
		session.press('@');
		await session.waitForText('▸ Timeline');
		session.press('q');
		await expectRestored(session, 0);
	});

	test('opens narrow at 70×30 with a tab bar', async () => {
		const session = open(70, 30);
		const screen = await session.waitForText('Timeline');
		expect(screen.split('\n')[1]).toMatch(/Sections.*Article.*Quotes.*Timeline/);
		session.press('q');
		await expectRestored(session, 0);
	});

	test('a key rewrites only the rows that changed, never erasing the screen', async () => {
		const session = open(100, 30);
		await session.waitForText('§1/');
		const before = session.chunks.length;
		session.press('j');
		await session.waitForText((screen) => statusPlace(screen).percent > 0);
		const update = session.chunks.slice(before).join('');
		// Ink alone erases every line of the last frame (`ESC [2K` a row) and writes all again.
		expect(update).not.toContain('\u001B[2K');
		expect(update).not.toContain('\u001B[2J');
		// The header row did not change, and is not written; the status row is.
		expect(update).not.toContain('\u001B[1;1H');
		expect(update).toContain('\u001B[29;1H');
		session.press('q');
		await expectRestored(session, 0);
	});

	test("G, '', g, ] and [ move through the article", async () => {
		const session = open(100, 30);
		await session.waitForText('§1/');
		expect(statusPlace(session.screenText()).percent).toBe(0);
		session.press('G');
		await session.waitForText((screen) => statusPlace(screen).percent === 100);
		session.press("''");
		await session.waitForText((screen) => statusPlace(screen).percent === 0);
		session.press('G');
		await session.waitForText((screen) => statusPlace(screen).percent === 100);
		session.press('g');
		await session.waitForText((screen) => statusPlace(screen).percent === 0);
		const {sections} = statusPlace(session.screenText());
		session.press(']');
		await session.waitForText((screen) => statusPlace(screen).section === Math.min(2, sections));
		session.press('[');
		await session.waitForText(
			(screen) => statusPlace(screen).section === 1 && statusPlace(screen).percent === 0,
		);
		session.press('q');
		await expectRestored(session, 0);
	});

	test('/ finds a word far down and Enter brings it into view', async () => {
		const session = open(100, 30);
		const first = await session.waitForText('§1/');
		expect(first).not.toContain('Syria');
		session.press('/Syria');
		await session.waitForText('/Syria');
		session.press('\r');
		const screen = await session.waitForText("match 1/1 'Syria'");
		expect(screen.split('\n').slice(1, -2).join('\n')).toContain('Syria');
		session.press('q');
		await expectRestored(session, 0);
	});

	test('", Enter, @, ? and back', async () => {
		const session = open(140, 40);
		await session.waitForText('Sections');
		session.press('"');
		await session.waitForText('▸ Quotes');
		session.press('\r');
		session.press('@');
		await session.waitForText('▸ Timeline');
		session.press('?');
		await session.waitForText('Help');
		session.press('?');
		await session.waitForText((screen) => !screen.includes('Help') && screen.includes('Sections'));
		session.press('q');
		await expectRestored(session, 0);
	});

	test('resizes to 60×20, to too small at 30×8, and back', async () => {
		const session = open(140, 40);
		await session.waitForText('Sections');
		session.resize(60, 20);
		let screen = await session.waitForText('Article');
		for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
		session.resize(30, 8);
		screen = await session.waitForText('too small');
		session.resize(140, 40);
		screen = await session.waitForText('Timeline');
		expect(screen).toContain('Sections');
		session.press('q');
		await expectRestored(session, 0);
	});

	test('too small still quits on q', async () => {
		const session = open(30, 8);
		await session.waitForText('too small');
		session.press('q');
		await expectRestored(session, 0);
	});

	test('SIGTERM restores the terminal and exits with 143', async () => {
		const session = open(100, 30);
		await session.waitForText('Sections');
		session.kill('SIGTERM');
		await expectRestored(session, 143);
	});

	test('SIGHUP restores the terminal and exits with 129', async () => {
		const session = open(100, 30);
		await session.waitForText('Sections');
		session.kill('SIGHUP');
		await expectRestored(session, 129);
	});

	test('Ctrl-C restores the terminal and exits with 130', async () => {
		const session = open(100, 30);
		await session.waitForText('Sections');
		session.press('\u0003');
		await expectRestored(session, 130);
	});
});
