import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test, type TestContext} from 'vitest';
import {ReaderSession} from '../_helpers/pty.js';
import {childOf} from '../_helpers/process.js';

const fault = 'test/fixtures/faults/fail-after-first-frame.mjs';

/**
 * readout run by a shell in the terminal, the line settings (`stty -g`) saved before and after
 * it; the shell then prints the exit status and waits, so the screen can be read afterwards.
 */
function underShell(context: TestContext, command: string, env: Record<string, string> = {}) {
	const folder = mkdtempSync(join(tmpdir(), 'readout-exit-'));
	const session = new ReaderSession([], 100, 30, {
		env,
		shell:
			`stty -g > ${folder}/before; ${command}; status=$?; ` +
			`stty -g > ${folder}/after; echo "exited with $status"; read -r _`,
	});
	// The context's hook, not the global one: these tests run concurrently.
	context.onTestFinished(() => session.dispose());
	const lineSettings = (name: string) => readFileSync(join(folder, name), 'utf8');
	return {session, lineSettings};
}

/** After readout has gone: main screen, cursor shown, reporting off, line settings as before. */
async function expectRestored(
	{session, lineSettings}: ReturnType<typeof underShell>,
	status: number,
): Promise<string> {
	expect(await session.exitStatus()).toBe(status);
	expect(session.bufferType()).toBe('normal');
	expect(session.isCursorVisible()).toBe(true);
	expect(session.reportingModes()).toEqual({mouse: 'none', bracketedPaste: false, focus: false});
	expect(lineSettings('after')).toBe(lineSettings('before'));
	return session.screenText();
}

describe.concurrent('every way out restores the terminal', () => {
	test.for([
		['q', 'q', 0, ''],
		['Ctrl-C', '\u0003', 130, ''],
		// The article on stdin: keys come from /dev/tty, opened by readout itself.
		['q, article piped in', 'q', 0, 'cat content/trump-putin-call.md | '],
		['Ctrl-C, article piped in', '\u0003', 130, 'cat content/trump-putin-call.md | '],
	] as const)('%s', async ([, keys, status, pipe], context) => {
		const run = underShell(context, `${pipe}node dist/cli.js`);
		await run.session.waitForText('Sections');
		run.session.press(keys);
		await expectRestored(run, status);
	});

	test.for([
		['SIGTERM', 143],
		['SIGHUP', 129],
		['SIGQUIT', 131],
	] as const)('%s', async ([signal, status], context) => {
		const run = underShell(context, 'node dist/cli.js');
		await run.session.waitForText('Sections');
		process.kill(await childOf(run.session.pid), signal);
		await expectRestored(run, status);
	});

	test('kill %1 on a suspended reader (SIGTERM, then SIGCONT)', async (context) => {
		// `kill %1` sends a stopped job SIGTERM, then SIGCONT. The test sends the SIGTERM and the
		// shell's `fg` the SIGCONT, and waits for the job: with `kill %1; wait %1` the job may be
		// gone from bash's table before the wait, which then fails with 127.
		const run = underShell(context, 'set -m; node dist/cli.js; read -r _; fg %1 >/dev/null');
		await run.session.waitForText('Sections');
		const reader = await childOf(run.session.pid);
		run.session.press('\u001A');
		await run.session.waitForText(() => run.session.bufferType() === 'normal');
		process.kill(reader, 'SIGTERM');
		run.session.press('\r');
		await expectRestored(run, 143);
	});

	test.for([
		['an uncaught exception', 'throw', 'readout: injected exception'],
		['an unhandled rejection', 'reject', 'readout: injected rejection'],
	] as const)(
		'%s, with one line on stderr after the restore',
		async ([, kind, message], context) => {
			const run = underShell(context, `node --import ./${fault} dist/cli.js`, {FAULT: kind});
			await run.session.waitForText('Sections');
			const screen = await expectRestored(run, 1);
			expect(screen.split('\n').filter((line) => line.trim() !== '')).toEqual([
				message,
				'exited with 1',
			]);
			const output = run.session.output();
			expect(output.indexOf(message)).toBeGreaterThan(output.lastIndexOf('\u001B[?1049l'));
		},
	);
});

test('Ctrl-Z suspends with the terminal restored; fg redraws in full with keys working', async (context) => {
	// A shell with job control, as a user's is; not an interactive one, which would reset the
	// line settings itself and hide whether readout restored them.
	const folder = mkdtempSync(join(tmpdir(), 'readout-suspend-'));
	const session = new ReaderSession([], 100, 30, {
		shell:
			`set -m; stty -g > ${folder}/before; node dist/cli.js; stopped=$?; ` +
			`stty -g > ${folder}/during; echo "suspended: $stopped"; read -r _; fg; status=$?; ` +
			`stty -g > ${folder}/after; echo "exited with $status"; read -r _`,
	});
	context.onTestFinished(() => session.dispose());
	const lineSettings = (name: string) => readFileSync(join(folder, name), 'utf8');
	await session.waitForText('§1/');
	session.press('\u001A');
	await session.waitForText('suspended:');
	expect(session.bufferType()).toBe('normal');
	expect(session.isCursorVisible()).toBe(true);
	expect(session.reportingModes()).toEqual({mouse: 'none', bracketedPaste: false, focus: false});
	expect(lineSettings('during')).toBe(lineSettings('before'));
	const drawn = session.output().length;
	session.press('\r');
	await session.waitForText((screen) => screen.includes('§1/') && screen.includes('Sections'));
	expect(session.bufferType()).toBe('alternate');
	expect(session.isCursorVisible()).toBe(false);
	// A full redraw: the whole frame is written again, not just what changed.
	expect(session.output().slice(drawn)).toContain('Sections');
	session.press('G');
	await session.waitForText('100%');
	session.press('q');
	expect(await session.exitStatus()).toBe(0);
	expect(session.bufferType()).toBe('normal');
	expect(lineSettings('after')).toBe(lineSettings('before'));
});
