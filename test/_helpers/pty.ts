import {fileURLToPath} from 'node:url';
import xterm from '@xterm/headless';
import {spawn, type IPty} from 'node-pty';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Ink draws nothing interactive when it believes it runs in CI; the reader is tested as users see it. */
function terminalEnvironment(): Record<string, string> {
	const environment: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (
			value === undefined ||
			key === 'CI' ||
			key === 'CONTINUOUS_INTEGRATION' ||
			key.startsWith('CI_')
		) {
			continue;
		}
		environment[key] = value;
	}
	return {...environment, TERM: 'xterm-256color', FORCE_COLOR: '1'};
}

/** How to start a session other than `node dist/cli.js …args`. */
export type SessionOptions = {
	/** A command line for `bash -c`, run from the package root, instead of the CLI itself. */
	readonly shell?: string;
	/** Run an interactive bash (job control on, no startup files) instead of the CLI. */
	readonly interactiveShell?: boolean;
	/** Variables added to (or, when undefined, removed from) the program's environment. */
	readonly env?: Record<string, string | undefined>;
};

/**
 * A `bash -c` command line that runs `command`, prints its exit status and then waits for a
 * line, so the terminal outlives the program: node-pty drops output still unread 200 ms after
 * the last process in a terminal exits, which a loaded machine can hit.
 */
export function thenWait(command: string): string {
	return `${command}; echo "exited with $?"; read -r _`;
}

/** What the program made the terminal do besides drawing text. */
export type TerminalEffects = {
	/** Window titles set (OSC 0/2). */
	readonly titles: string[];
	/** OSC 52 (clipboard) and OSC 8 (hyperlink) sequences, as `52;…` / `8;…`. */
	readonly osc: string[];
	readonly bells: number;
	/** Answers the terminal sent back, e.g. to a device-attributes query (`ESC [ c`). */
	readonly replies: string[];
};

/**
 * The built CLI running in a real pseudo-terminal, its output fed into a headless xterm so the
 * tests see the screen a user would: text, the active buffer, cursor visibility, and the
 * terminal's side effects (title, clipboard, links, bell, mouse/paste/focus reporting).
 */
export class ReaderSession {
	readonly chunks: string[] = [];
	readonly terminal: InstanceType<typeof xterm.Terminal>;
	readonly exited: Promise<{exitCode: number; signal?: number}>;
	readonly effects: TerminalEffects = {titles: [], osc: [], bells: 0, replies: []};
	private readonly pty: IPty;
	private cursorVisible = true;

	constructor(args: string[], columns: number, rows: number, options: SessionOptions = {}) {
		this.terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
		const effects = this.effects as {-readonly [K in keyof TerminalEffects]: TerminalEffects[K]};
		this.terminal.onTitleChange((title) => effects.titles.push(title));
		this.terminal.onBell(() => effects.bells++);
		this.terminal.onData((reply) => effects.replies.push(reply));
		for (const ident of [52, 8]) {
			this.terminal.parser.registerOscHandler(ident, (data) => {
				effects.osc.push(`${ident};${data}`);
				return false;
			});
		}
		// DECTCEM (`CSI ? 25 h` / `l`) decides whether the cursor shows; xterm keeps it private.
		const track = (visible: boolean) => (params: Array<number | number[]>) => {
			if (params.includes(25)) this.cursorVisible = visible;
			return false;
		};
		this.terminal.parser.registerCsiHandler({prefix: '?', final: 'h'}, track(true));
		this.terminal.parser.registerCsiHandler({prefix: '?', final: 'l'}, track(false));
		const [file, argv] = options.interactiveShell
			? ['bash', ['--norc', '--noprofile', '-i']]
			: options.shell === undefined
				? [process.execPath, ['dist/cli.js', ...args]]
				: ['bash', ['-c', options.shell]];
		const environment = {...terminalEnvironment(), ...options.env};
		for (const [key, value] of Object.entries(environment)) {
			if (value === undefined) delete environment[key];
		}
		this.pty = spawn(file, argv, {
			name: 'xterm-256color',
			cols: columns,
			rows,
			cwd: root,
			env: environment as Record<string, string>,
		});
		this.pty.onData((data) => {
			this.chunks.push(data);
			this.terminal.write(data);
		});
		this.exited = new Promise((resolve) => {
			this.pty.onExit(async (result) => {
				await this.flushed();
				resolve(result);
			});
		});
	}

	/** Resolves once everything received so far has been parsed by the emulator. */
	flushed(): Promise<void> {
		return new Promise((resolve) => this.terminal.write('', resolve));
	}

	/** The screen as text, one line per row, trailing spaces trimmed. */
	screenText(): string {
		const buffer = this.terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < this.terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}
		return lines.join('\n');
	}

	/** `alternate` while the reader draws full screen, `normal` after. */
	bufferType(): 'normal' | 'alternate' {
		return this.terminal.buffer.active.type;
	}

	isCursorVisible(): boolean {
		return this.cursorVisible;
	}

	/** The reporting modes a program could leave on: mouse, bracketed paste, focus events. */
	reportingModes(): {mouse: string; bracketedPaste: boolean; focus: boolean} {
		const {modes} = this.terminal;
		return {
			mouse: modes.mouseTrackingMode,
			bracketedPaste: modes.bracketedPasteMode,
			focus: modes.sendFocusMode,
		};
	}

	/** The process started in the terminal (the CLI, or the shell that runs it). */
	get pid(): number {
		return this.pty.pid;
	}

	/** Everything the program wrote, in one string. */
	output(): string {
		return this.chunks.join('');
	}

	/** Waits until the screen shows `text` (or satisfies the predicate); fails with the screen. */
	async waitForText(
		text: string | ((screen: string) => boolean),
		timeout = 20_000,
	): Promise<string> {
		const matches = typeof text === 'string' ? (screen: string) => screen.includes(text) : text;
		const deadline = Date.now() + timeout;
		for (;;) {
			await this.flushed();
			const screen = this.screenText();
			if (matches(screen)) return screen;
			if (Date.now() > deadline) {
				const tail = JSON.stringify(this.output().slice(-600));
				throw new Error(
					`screen never showed ${String(text)} (${this.bufferType()} buffer):\n${screen}\nlast output: ${tail}`,
				);
			}
			await new Promise((resolve) => setTimeout(resolve, 25));
		}
	}

	/** For a `thenWait` command line: waits for the status line and returns the status. */
	async exitStatus(timeout = 15_000): Promise<number> {
		// Read from the output, not the screen: a tiny terminal cannot show the whole line.
		const pattern = /exited with (\d+)/;
		await this.waitForText(() => pattern.test(this.output()), timeout);
		return Number(pattern.exec(this.output())?.[1]);
	}

	press(keys: string): void {
		this.pty.write(keys);
	}

	resize(columns: number, rows: number): void {
		this.pty.resize(columns, rows);
		this.terminal.resize(columns, rows);
	}

	kill(signal: string): void {
		this.pty.kill(signal);
	}

	/** Closes the terminal, as closing its window does: the line hangs up. */
	close(): void {
		// node-pty's Unix terminal has destroy(); its typings leave it out.
		(this.pty as IPty & {destroy(): void}).destroy();
	}

	/** Ends the program if the test left it running. */
	dispose(): void {
		try {
			this.pty.kill('SIGKILL');
		} catch {
			// Already gone.
		}
		this.terminal.dispose();
	}
}
