// One program in a pseudo-terminal, watched the way a user watches it: when does a text
// appear, and how long after a key does the screen stop changing.
import {readFileSync} from 'node:fs';
import pty from 'node-pty';
import {Unmeasurable} from './measure.js';
import {childEnvironment} from './processes.js';

const escapeSequence =
	// CSI, OSC (ended by BEL or ST), and two-byte escapes.
	// eslint-disable-next-line no-control-regex
	/\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)|\u001B[@-Z\\-_]/g;

/** Terminal output with its escape sequences removed, so printed words can be searched. */
export function visibleText(raw) {
	return raw.replace(escapeSequence, '');
}

/**
 * A child process in a pseudo-terminal of the given size. Output is collected as it arrives,
 * each chunk stamped with `performance.now()`; the child's peak resident memory (VmHWM) is
 * polled from /proc so that it is known even when the child exits on its own.
 */
export class PtySession {
	constructor(
		command,
		args,
		{cols = 200, rows = 50, cwd = process.cwd(), pollMemory = true, env = {}} = {},
	) {
		this.raw = '';
		this.lastDataAt = Number.NaN;
		this.exit = null;
		this.peakKilobytes = 0;
		this.listeners = new Set();
		this.startedAt = performance.now();
		this.child = pty.spawn(command, args, {
			name: 'xterm-256color',
			cols,
			rows,
			cwd,
			env: childEnvironment(env),
		});
		this.child.onData((data) => {
			this.lastDataAt = performance.now();
			this.raw += data;
			for (const listener of this.listeners) listener();
		});
		this.exited = new Promise((resolve) => {
			this.child.onExit((status) => {
				this.exit = status;
				clearInterval(this.poller);
				for (const listener of this.listeners) listener();
				resolve(status);
			});
		});
		this.sampleMemory();
		if (pollMemory) this.poller = setInterval(() => this.sampleMemory(), 20);
	}

	/** Reads VmHWM (the peak resident set) of the child; kept as the highest value seen. */
	sampleMemory() {
		try {
			const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
			const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
			if (match) this.peakKilobytes = Math.max(this.peakKilobytes, Number(match[1]));
		} catch {
			// The child has exited, or this is not Linux: keep what was seen.
		}
	}

	/**
	 * Resolves to the time (ms since spawn) of the chunk after which `text` is visible in the
	 * output. Rejects with Unmeasurable when the child exits first or `timeoutMs` passes.
	 */
	waitForText(text, timeoutMs) {
		return new Promise((resolve, reject) => {
			const check = () => {
				if (visibleText(this.raw).includes(text)) {
					finish();
					resolve(this.lastDataAt - this.startedAt);
				} else if (this.exit) {
					finish();
					const shown = visibleText(this.raw).replace(/\s+/g, ' ').trim().slice(0, 40);
					reject(
						new Unmeasurable(
							`exited (code ${this.exit.exitCode}) without showing “${text}”; it showed “${shown}”`,
						),
					);
				}
			};
			const timer = setTimeout(() => {
				finish();
				reject(new Unmeasurable(`“${text}” did not appear within ${timeoutMs} ms`));
			}, timeoutMs);
			const finish = () => {
				clearTimeout(timer);
				this.listeners.delete(check);
			};
			this.listeners.add(check);
			check();
		});
	}

	/**
	 * Waits until the output has been quiet for `quietMs`, counting from `since`. Resolves to
	 * the milliseconds from `since` to the last chunk, or null when nothing at all arrived
	 * within `noChangeMs`. Rejects with Unmeasurable when the child exits.
	 */
	settle(since, {quietMs, noChangeMs}) {
		return new Promise((resolve, reject) => {
			let timer;
			const arm = (ms) => {
				clearTimeout(timer);
				timer = setTimeout(done, ms);
			};
			const done = () => {
				this.listeners.delete(onData);
				resolve(this.lastDataAt > since ? this.lastDataAt - since : null);
			};
			const onData = () => {
				if (this.exit) {
					clearTimeout(timer);
					this.listeners.delete(onData);
					reject(new Unmeasurable(`the reader exited (code ${this.exit.exitCode})`));
				} else {
					arm(quietMs);
				}
			};
			this.listeners.add(onData);
			if (this.exit) onData();
			else arm(this.lastDataAt > since ? quietMs : noChangeMs);
		});
	}

	/**
	 * Writes `keys` and resolves to the milliseconds until the screen settled (the last chunk
	 * of output before `quietMs` of silence), or null when nothing was drawn. Output without
	 * an escape sequence is not a frame but the terminal echoing the keys, as it does when no
	 * program has it in raw mode (a reader that has stopped reading keys).
	 */
	async press(keys, options) {
		if (this.exit) {
			throw new Unmeasurable(
				`the reader exited (code ${this.exit.exitCode}) before keys were sent`,
			);
		}
		const start = this.raw.length;
		const since = performance.now();
		this.child.write(keys);
		const ms = await this.settle(since, options);
		return this.raw.slice(start).includes('\u001B') ? ms : null;
	}

	/** Ends the child (SIGKILL: a quit is not what is measured) and waits for it to go. */
	async close() {
		if (!this.exit) {
			this.sampleMemory();
			this.child.kill('SIGKILL');
		}
		await this.exited;
	}
}
