import {afterEach, expect, test, vi} from 'vitest';
import {runInteractive} from '../../source/ui/run.js';
import {enterScreen, leaveScreen} from '../../source/ui/terminal.js';
import {sampleArticle} from '../_helpers/article.js';
import {FakeTerminalIn, FakeTerminalOut} from '../_helpers/fake-terminal.js';

function start(article = sampleArticle()) {
	const stdin = new FakeTerminalIn();
	const stdout = new FakeTerminalOut();
	const exitCode = runInteractive(article, {
		stdin: stdin as unknown as NodeJS.ReadStream,
		stdout: stdout as unknown as NodeJS.WriteStream,
		color: false,
	});
	return {stdin, stdout, exitCode};
}

/** Delivers a process event in-process, as a signal or a crash would. */
const emit = (event: string, ...values: unknown[]) =>
	(process.emit as (event: string, ...values: unknown[]) => boolean)(event, ...values);

afterEach(() => {
	vi.restoreAllMocks();
});

test.each([
	['SIGTERM', 143],
	['SIGHUP', 129],
	['SIGQUIT', 131],
	['SIGINT', 130],
] as const)(
	'%s leaves the alternate screen, shows the cursor and ends raw mode',
	async (signal, code) => {
		const {stdin, stdout, exitCode} = start();
		await vi.waitFor(() => expect(stdout.output).toContain('Sections'));
		expect(stdout.output.startsWith(enterScreen)).toBe(true);
		expect(stdin.raw).toBe(true);
		emit(signal, signal);
		expect(await exitCode).toBe(code);
		expect(stdout.output.endsWith(leaveScreen)).toBe(true);
		expect(stdin.raw).toBe(false);
		expect(stdout.output).not.toContain('\u001B[3J');
	},
);

test('end of input on the terminal quits', async () => {
	const {stdin, stdout, exitCode} = start();
	await vi.waitFor(() => expect(stdout.output).toContain('Sections'));
	stdin.emit('end');
	expect(await exitCode).toBe(0);
	expect(stdout.output.endsWith(leaveScreen)).toBe(true);
});

test('a crash restores the terminal, then prints one line', async () => {
	const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
	const errors: string[] = [];
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
		errors.push(String(chunk));
		return true;
	});
	const {stdout, exitCode} = start();
	await vi.waitFor(() => expect(stdout.output).toContain('Sections'));
	emit('uncaughtException', new Error('boom\nat somewhere'), 'uncaughtException');
	expect(await exitCode).toBe(1);
	expect(stdout.output.endsWith(leaveScreen)).toBe(true);
	expect(errors).toEqual(['readout: boom\n']);
	// The guard against a loop that never empties fires, and is caught here.
	await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(1), {timeout: 3000});
});

test('an error while drawing restores the terminal, then prints one line', async () => {
	const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
	const errors: string[] = [];
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
		errors.push(String(chunk));
		return true;
	});
	vi.spyOn(console, 'error').mockImplementation(() => {});
	const article = sampleArticle();
	Object.defineProperty(article.sections[0], 'title', {
		get() {
			throw new Error('cannot draw this');
		},
	});
	const {stdin, stdout, exitCode} = start(article);
	expect(await exitCode).toBe(1);
	expect(stdout.output.endsWith(leaveScreen)).toBe(true);
	expect(stdin.raw).toBe(false);
	expect(errors).toEqual(['readout: cannot draw this\n']);
	await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(1), {timeout: 3000});
});
