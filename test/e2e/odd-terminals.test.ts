import {describe, expect, test, type TestContext} from 'vitest';
import {ReaderSession, thenWait, type SessionOptions} from '../_helpers/pty.js';

/** A session that ends with its own test; the output is checked for what must never be sent. */
function open(context: TestContext, columns: number, rows: number, options: SessionOptions) {
	const session = new ReaderSession([], columns, rows, options);
	context.onTestFinished(() => {
		session.dispose();
	});
	return session;
}

/** Ink's frames, each wrapped in a synchronized update (`CSI ? 2026 h` … `l`). */
function frames(output: string): string[] {
	return output
		.split('\u001B[?2026h')
		.slice(1)
		.map((frame) => frame.split('\u001B[?2026l')[0] ?? '');
}

/** Rows a frame occupies: one more than the line breaks it writes. */
const frameHeight = (frame: string) => frame.split('\n').length;

/** SGR parameters that set a colour; bold, inverse, underline and the like are allowed. */
function colourParameters(output: string): string[] {
	const found: string[] = [];
	// eslint-disable-next-line no-control-regex -- SGR sequences are what is scanned for
	for (const [, list = ''] of output.matchAll(/\u001B\[([\d;:]*)m/g)) {
		const parameters = list.split(';').map((parameter) => parameter.split(':')[0] ?? '');
		for (const parameter of parameters) {
			const code = Number(parameter);
			const colour =
				(code >= 30 && code <= 39) ||
				(code >= 40 && code <= 49) ||
				(code >= 90 && code <= 97) ||
				(code >= 100 && code <= 107);
			if (parameter !== '' && colour) found.push(list);
		}
	}
	return found;
}

/** Everything readout drew must fit, nothing may erase the scrollback, and q must end it. */
async function expectQuitsCleanly(session: ReaderSession, rows: number) {
	session.press('q');
	expect(await session.exitStatus()).toBe(0);
	const output = session.output();
	expect(output).not.toContain('\u001B[3J');
	expect(output).not.toMatch(/readout:|Error|\n\s+at /);
	expect(frames(output).length).toBeGreaterThan(0);
	for (const frame of frames(output)) expect(frameHeight(frame)).toBeLessThanOrEqual(rows);
	expect(session.bufferType()).toBe('normal');
	expect(session.isCursorVisible()).toBe(true);
}

describe.concurrent('terminals of odd sizes', () => {
	test.for([
		[1, 1],
		[10, 3],
		[39, 9],
	] as const)('%i×%i draws a notice and quits on q', async ([columns, rows], context) => {
		const session = open(context, columns, rows, {shell: thenWait('node dist/cli.js')});
		const screen = await session.waitForText(() => session.output().includes('\u001B[?2026l'));
		expect(screen.split('\n')[0]).toMatch(/^(Terminal.*)?…$/);
		await expectQuitsCleanly(session, rows);
	});

	test('0×0, a terminal that reports no size, draws and quits on q', async (context) => {
		const session = open(context, 100, 30, {
			shell: thenWait('stty rows 0 cols 0; node dist/cli.js'),
		});
		await session.waitForText('Sections');
		await expectQuitsCleanly(session, 30);
	});

	test('200 rapid resizes end in the frame a fresh start at that size draws', async (context) => {
		const session = open(context, 140, 40, {shell: thenWait('node dist/cli.js')});
		await session.waitForText('Sections');
		for (let index = 0; index < 200; index++) {
			session.resize(1 + ((index * 37) % 200), 1 + ((index * 13) % 60));
		}
		session.resize(97, 31);
		const fresh = open(context, 97, 31, {shell: thenWait('node dist/cli.js')});
		await fresh.waitForText('Sections');
		await session.waitForText((screen) => screen === fresh.screenText(), 20_000);
		expect(session.screenText()).toContain('Sections');
		await expectQuitsCleanly(fresh, 31);
		// Frames drawn for earlier sizes may be taller; the ones after the storm are not.
		const settled = session.output().length;
		session.press('G');
		await session.waitForText('100%');
		for (const frame of frames(session.output().slice(settled))) {
			expect(frameHeight(frame)).toBeLessThanOrEqual(31);
		}
		await expectQuitsCleanly(session, 200);
	});
});

describe.concurrent('terminals that ask for less', () => {
	test('NO_COLOR draws the reader without a single colour code', async (context) => {
		const session = open(context, 140, 40, {
			shell: thenWait('node dist/cli.js'),
			env: {NO_COLOR: '1', FORCE_COLOR: undefined},
		});
		await session.waitForText('Sections');
		// Focus moves through every pane, whose borders would take the focus colour.
		for (const key of ['"', '@', 't', '/Putin\r', '?']) {
			const before = session.output().length;
			session.press(key);
			await session.waitForText(() => session.output().length > before);
		}
		await session.waitForText('Help');
		session.press('?');
		await session.waitForText((screen) => !screen.includes('Help'));
		await expectQuitsCleanly(session, 40);
		expect(colourParameters(session.output())).toEqual([]);
		// The same reader with colour does use it, so the scan can find colour.
		const coloured = open(context, 140, 40, {shell: thenWait('node dist/cli.js')});
		await coloured.waitForText('Sections');
		expect(colourParameters(coloured.output()).length).toBeGreaterThan(0);
	});

	test.for([
		['NO_COLOR=1 node dist/cli.js --plain', 'NO_COLOR'],
		['TERM=dumb node dist/cli.js', 'TERM=dumb'],
		['CI=true node dist/cli.js', 'CI=true'],
		['cat content/trump-putin-call.md | setsid -w node dist/cli.js', 'no terminal for keys'],
	] as const)('%s prints, with no escape code, on a terminal', async ([command], context) => {
		const session = open(context, 100, 30, {
			shell: thenWait(command),
			env: {FORCE_COLOR: undefined},
		});
		expect(await session.exitStatus()).toBe(0);
		const output = session.output();
		expect(output).toContain('Quotes');
		expect(output).not.toContain('\u001B');
	});
});
