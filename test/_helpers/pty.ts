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

/**
 * The built CLI running in a real pseudo-terminal, its output fed into a headless xterm so the
 * tests see the screen a user would: text, the active buffer, cursor visibility.
 */
export class ReaderSession {
	readonly chunks: string[] = [];
	readonly terminal: InstanceType<typeof xterm.Terminal>;
	readonly exited: Promise<{exitCode: number; signal?: number}>;
	private readonly pty: IPty;
	private cursorVisible = true;

	constructor(args: string[], columns: number, rows: number) {
		this.terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
		// DECTCEM (`CSI ? 25 h` / `l`) decides whether the cursor shows; xterm keeps it private.
		const track = (visible: boolean) => (params: Array<number | number[]>) => {
			if (params.includes(25)) this.cursorVisible = visible;
			return false;
		};
		this.terminal.parser.registerCsiHandler({prefix: '?', final: 'h'}, track(true));
		this.terminal.parser.registerCsiHandler({prefix: '?', final: 'l'}, track(false));
		this.pty = spawn(process.execPath, ['dist/cli.js', ...args], {
			name: 'xterm-256color',
			cols: columns,
			rows,
			cwd: root,
			env: terminalEnvironment(),
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

	/** Everything the program wrote, in one string. */
	output(): string {
		return this.chunks.join('');
	}

	/** Waits until the screen shows `text` (or satisfies the predicate); fails with the screen. */
	async waitForText(
		text: string | ((screen: string) => boolean),
		timeout = 10_000,
	): Promise<string> {
		const matches = typeof text === 'string' ? (screen: string) => screen.includes(text) : text;
		const deadline = Date.now() + timeout;
		for (;;) {
			await this.flushed();
			const screen = this.screenText();
			if (matches(screen)) return screen;
			if (Date.now() > deadline) {
				throw new Error(`screen never showed ${String(text)}:\n${screen}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 25));
		}
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
