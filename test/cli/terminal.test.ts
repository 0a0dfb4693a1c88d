import {spawn as spawnTerminal} from 'node-pty';
import {describe, test} from 'vitest';
import {bundled, cli, environment, root} from './_run.js';

type Session = {
	output: () => string;
	waitFor: (text: string) => Promise<void>;
	write: (keys: string) => void;
	exit: Promise<number>;
};

/** Runs a shell command line in a real pseudo-terminal of the given size. */
function terminal(command: string, env: NodeJS.ProcessEnv = {}, columns = 50): Session {
	const child = spawnTerminal('bash', ['-c', command], {
		cols: columns,
		rows: 20,
		cwd: root,
		env: environment({TERM: 'xterm-256color', ...env}) as Record<string, string>,
	});
	let output = '';
	const waiters: Array<() => void> = [];
	child.onData((data) => {
		output += data;
		for (const waiter of waiters.splice(0)) {
			waiter();
		}
	});
	const exit = new Promise<number>((resolve) => child.onExit(({exitCode}) => resolve(exitCode)));
	const waitFor = (text: string): Promise<void> =>
		new Promise((resolve) => {
			const check = (): void => {
				if (output.includes(text)) {
					resolve();
				} else {
					waiters.push(check);
				}
			};
			check();
		});
	let done = false;
	void exit.then(() => (done = true));
	const write = (keys: string): void => {
		if (!done) {
			child.write(keys);
		}
	};
	return {output: () => output, waitFor, write, exit};
}

const printedLines = (output: string) => output.replace(/\r/g, '').split('\n');

describe.concurrent('on a terminal', () => {
	test('--plain prints the bundled article at the terminal width', async ({expect}) => {
		const session = terminal(`node ${cli} --plain`);
		expect(await session.exit).toBe(0);
		const lines = printedLines(session.output());
		expect(lines.some((line) => line.startsWith('1 '))).toBe(true);
		expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(50);
		expect(session.output()).not.toContain('\x1b');
	});

	test.for([{CI: 'true'}, {TERM: 'dumb'}])(
		'%j prints instead of drawing',
		async (env, {expect}) => {
			const session = terminal(`node ${cli}`, env);
			expect(await session.exit).toBe(0);
			expect(printedLines(session.output())).toContain('Quotes');
		},
	);

	test('--section prints that section', async ({expect}) => {
		const session = terminal(`node ${cli} --section 2`);
		expect(await session.exit).toBe(0);
		expect(printedLines(session.output())[0]).toMatch(/^2 /);
	});

	test('with no terminal to read keys from, prints instead of drawing', async ({expect}) => {
		// setsid leaves no controlling terminal, so /dev/tty cannot be opened.
		const session = terminal(`setsid -w node ${cli} < ${bundled}`);
		expect(await session.exit).toBe(0);
		expect(printedLines(session.output())).toContain('Quotes');
	});

	test('an article on stdin is drawn, with keys read from the terminal', async ({expect}) => {
		const session = terminal(`node ${cli} < ${bundled}`, {}, 200);
		// Drawing hides the cursor; printing never does.
		await session.waitFor('\x1b[?25l');
		session.write('q');
		expect(await session.exit).toBe(0);
		expect(session.output()).not.toMatch(/min read\r\n\r\n1 /);
	});
});
