import {EventEmitter} from 'node:events';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink';
import type {Article} from '../../source/article/types.js';
import {App, type AppProps} from '../../source/ui/app.js';

class FakeStdout extends EventEmitter {
	frames: string[] = [];
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}
	write = (frame: string) => {
		this.frames.push(frame);
		return true;
	};
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write(data: string) {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	}
	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

/** Keys as a terminal sends them. */
export const keys = {
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	backspace: '\u007F',
	down: '\u001B[B',
	up: '\u001B[A',
	ctrlC: '\u0003',
} as const;

/** Renders the reader at `columns` × `rows` into memory; frames are read without escape codes. */
export function renderReader(
	article: Article,
	columns: number,
	rows: number,
	color = false,
	load?: AppProps['load'],
) {
	const stdout = new FakeStdout(columns, rows);
	const stdin = new FakeStdin();
	const exits: number[] = [];
	const instance = render(
		<App article={article} color={color} load={load} onExit={(code) => exits.push(code)} />,
		{
			stdout: stdout as unknown as NodeJS.WriteStream,
			stderr: new FakeStdout(columns, rows) as unknown as NodeJS.WriteStream,
			stdin: stdin as unknown as NodeJS.ReadStream,
			debug: true,
			exitOnCtrlC: false,
			patchConsole: false,
		},
	);
	const rawFrame = () => stdout.frames.at(-1) ?? '';
	const frame = () => stripVTControlCharacters(rawFrame());
	return {
		frame,
		rawFrame,
		exits,
		press(...inputs: string[]) {
			for (const input of inputs) stdin.write(input);
		},
		resize(newColumns: number, newRows: number) {
			stdout.columns = newColumns;
			stdout.rows = newRows;
			stdout.emit('resize');
		},
		/** Waits until `condition` holds for the latest frame; fails with that frame. */
		async waitFor(condition: (frame: string) => boolean, timeout = 3000) {
			const deadline = Date.now() + timeout;
			// Poll before the first look too: React runs effects (input subscriptions) after a frame
			// is drawn, and the next key must find them in place.
			do {
				if (Date.now() > deadline) {
					throw new Error(`condition not met; last frame:\n${frame()}`);
				}
				await new Promise((resolve) => setTimeout(resolve, 25));
			} while (!condition(frame()));
			return frame();
		},
		unmount: () => instance.unmount(),
	};
}
