import {render, type Instance} from 'ink';
import type {Article} from '../article/types.js';
import {App} from './app.js';
import {displayText} from './document.js';
import type {ReaderState} from './state.js';
import {enterScreen, leaveScreen, ScreenStream} from './terminal.js';

/** What the interactive reader needs from the command line. */
export type InteractiveOptions = {
	/** Where keys come from: the process's stdin, or the opened `/dev/tty` when the article was piped in. */
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	/** False when NO_COLOR or --no-color asks for no colour. */
	readonly color: boolean;
	/**
	 * When the article given is a preview: builds the whole article, stopping when `signal`
	 * aborts (the reader aborts it on every way out) and reporting progress from 0 to 1.
	 */
	readonly load?: (signal: AbortSignal, onProgress: (progress: number) => void) => Promise<Article>;
};

/** Exit codes for the signals that end the reader: 128 + the signal number. */
const signalCodes = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129, SIGQUIT: 131} as const;

/**
 * Draws the article full screen in the alternate screen buffer until the reader quits, and
 * resolves to the exit code: `q` 0, Ctrl-C 130, SIGTERM 143, SIGHUP 129, a crash 1. Every way
 * out restores the terminal first (main screen, cursor, raw mode off, mouse/paste/focus off).
 * Ctrl-Z or SIGTSTP suspends with the terminal restored and redraws in full on SIGCONT.
 */
export async function runInteractive(
	article: Article,
	options: InteractiveOptions,
): Promise<number> {
	const {stdin, stdout} = options;
	const screen = new ScreenStream(stdout);
	// A terminal that went away mid-write ends the reader like the end of input does.
	screen.on('error', () => finish(0));
	let instance: Instance | undefined;
	let state: ReaderState | undefined;
	let finished = false;
	let onScreen = false;
	// Nothing else holds the event loop while suspended; without this the reader would end
	// before it could see SIGCONT.
	let keepAlive: NodeJS.Timeout | undefined;
	let resolveExit: (code: number) => void = () => {};
	const exited = new Promise<number>((resolve) => {
		resolveExit = resolve;
	});
	// The whole article is built once, even if the app is remounted after a suspend.
	const building = new AbortController();
	let built: Promise<Article> | undefined;
	let reportProgress: (progress: number) => void = () => {};
	const load =
		options.load &&
		((onProgress: (progress: number) => void) => {
			reportProgress = onProgress;
			built ??= options.load!(building.signal, (progress) => reportProgress(progress));
			return built;
		});

	const write = (text: string) => {
		try {
			stdout.write(text);
		} catch {
			// The terminal may be gone (SIGHUP); there is nothing left to restore.
		}
	};
	const setRaw = (raw: boolean) => {
		try {
			if (stdin.isTTY) stdin.setRawMode(raw);
		} catch {
			// As above: a closed terminal cannot change mode.
		}
	};
	const enter = () => {
		write(enterScreen);
		onScreen = true;
	};
	const restore = () => {
		if (!onScreen) return;
		onScreen = false;
		setRaw(false);
		write(leaveScreen);
	};
	const stop = () => {
		const current = instance;
		instance = undefined;
		current?.unmount();
	};

	const finish = (code: number, crash?: unknown) => {
		if (finished) return;
		finished = true;
		building.abort();
		// Ended while suspended (`kill %1` sends SIGTERM, then SIGCONT): the SIGCONT listener
		// goes below, so nothing else would stop holding the event loop.
		clearInterval(keepAlive);
		stop();
		restore();
		detach();
		if (crash !== undefined) {
			const message = crash instanceof Error ? crash.message : String(crash);
			process.stderr.write(`readout: ${displayText(message.split('\n')[0] ?? '').trim()}\n`);
		}
		stdin.pause();
		resolveExit(code);
		// After a crash the program's state is unknown: should anything still hold the event
		// loop, leave anyway.
		if (crash !== undefined) {
			setTimeout(() => process.exit(code), 1000).unref();
		}
	};

	const start = () => {
		enter();
		const current = render(
			<App
				article={article}
				color={options.color}
				initial={state}
				load={load}
				onExit={(code) => finish(code)}
				onSuspend={suspend}
				onState={(next) => {
					state = next;
				}}
			/>,
			{
				stdin,
				stdout: screen as unknown as NodeJS.WriteStream,
				stderr: process.stderr,
				exitOnCtrlC: false,
				patchConsole: false,
			},
		);
		instance = current;
		// The first frame is drawn: the launcher (source/launch.ts) may keep the compiled code.
		process.emit('readout:drawn' as never);
		current.waitUntilExit().catch((error: unknown) => finish(1, error));
	};

	function suspend() {
		if (finished || !instance) return;
		stop();
		restore();
		keepAlive = setInterval(() => {}, 1 << 30);
		process.once('SIGCONT', resume);
		process.kill(process.pid, 'SIGSTOP');
	}
	function resume() {
		clearInterval(keepAlive);
		// `kill %1` sends SIGTERM with this SIGCONT, and the two may be handled in either order:
		// let a pending SIGTERM end the reader first, rather than take the terminal back from the
		// background, which stops readout again (SIGTTOU) before it can handle the SIGTERM.
		setImmediate(() => {
			if (finished || instance) return;
			start();
		});
	}

	const signalHandlers = Object.entries(signalCodes).map(([signal, code]) => {
		const handler = () => finish(code);
		process.on(signal, handler);
		return [signal, handler] as const;
	});
	const onCrash = (error: unknown) => finish(1, error);
	const onEnd = () => finish(0);
	process.on('SIGTSTP', suspend);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	stdin.on('end', onEnd);
	stdout.on('error', onEnd);
	function detach() {
		// Ink's exit hook re-sends a signal when it finds itself the last listener; ours stay
		// until that hook has seen this signal, so the exit code stays ours.
		setImmediate(() => {
			for (const [signal, handler] of signalHandlers) process.off(signal, handler);
		});
		process.off('SIGTSTP', suspend);
		process.off('SIGCONT', resume);
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
		stdin.off('end', onEnd);
		stdout.off('error', onEnd);
		screen.detach();
	}

	try {
		start();
	} catch (error) {
		finish(1, error);
	}
	return exited;
}
