import {Writable} from 'node:stream';

const escape = '\u001B[';

/** Enter the alternate screen, clear it and hide the cursor. */
export const enterScreen = `${escape}?1049h${escape}2J${escape}H${escape}?25l`;

/**
 * Everything a reader may leave switched on, switched off: mouse reporting (1000/1002/1003/1006),
 * bracketed paste (2004), focus events (1004); then the cursor shown and the main screen back.
 */
export const leaveScreen = [
	'?1000l',
	'?1002l',
	'?1003l',
	'?1006l',
	'?2004l',
	'?1004l',
	'0m',
	'?25h',
	'?1049l',
]
	.map((code) => escape + code)
	.join('');

/** Erases the scrollback; it must never reach the terminal. */
export const eraseScrollback = `${escape}3J`;

/** Ink's `eraseLines(n)`: `ESC[2K` a line, moving up between them, then to the first column. */
const csi = String.raw`\u001B\[`;
const erasedLines = new RegExp(`^(?:${csi}2K${csi}1A)*${csi}2K${csi}G`);

/**
 * A stream for Ink that forwards to the terminal with scrollback erasure filtered out, and
 * reports the terminal's size and resizes. Ink writes whole escape sequences per write, so a
 * sequence is never split across chunks.
 *
 * Ink draws each frame by erasing every line of the last one and writing the new one whole.
 * The reader's frames always start at the top of the alternate screen, so the stream rewrites
 * only the rows that changed, each addressed by its row and erased to its end, and leaves the
 * cursor where Ink expects it: on the row after the frame.
 */
export class ScreenStream extends Writable {
	readonly isTTY = true;
	/** The rows of the frame on screen, when known. */
	private frame: string[] | undefined;

	constructor(private readonly terminal: NodeJS.WriteStream) {
		super({decodeStrings: false});
		terminal.on('resize', this.forwardResize);
	}

	get columns(): number {
		return this.terminal.columns || 80;
	}

	get rows(): number {
		return this.terminal.rows || 24;
	}

	/** Stops following the terminal's resizes. */
	detach(): void {
		this.terminal.off('resize', this.forwardResize);
	}

	override _write(
		chunk: string | Buffer,
		_encoding: BufferEncoding,
		callback: (error?: Error | null) => void,
	): void {
		const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
		try {
			this.terminal.write(this.update(text.replaceAll(eraseScrollback, '')), () => callback());
		} catch (error) {
			callback(error as Error);
		}
	}

	/**
	 * What to send for one of Ink's writes. A frame (text ending in a newline) after an erase of
	 * the frame before becomes the changed rows; a frame after nothing is sent as it is and
	 * remembered; an erase alone forgets the frame; anything else passes through.
	 */
	private update(text: string): string {
		const erase = erasedLines.exec(text)?.[0] ?? '';
		const isFrame = text.endsWith('\n');
		if (!isFrame) {
			if (erase) this.frame = undefined;
			return text;
		}
		const rows = text.slice(erase.length, -1).split('\n');
		const previous = this.frame;
		this.frame = rows;
		return erase && previous ? changedRows(previous, rows) : text;
	}

	private readonly forwardResize = () => {
		this.emit('resize');
	};
}

/**
 * The writes that turn the frame `previous` into `next`, both drawn from the top left of the
 * screen: each row that differs, addressed absolutely and erased to its end; rows the new frame
 * no longer has, erased; then the cursor on the row after the frame, first column.
 */
export function changedRows(previous: readonly string[], next: readonly string[]): string {
	let update = '';
	for (let row = 0; row < Math.max(previous.length, next.length); row++) {
		const line = next[row] ?? '';
		if (row >= next.length || line !== previous[row]) {
			update += `${escape}${row + 1};1H${line}${escape}K`;
		}
	}
	return `${update}${escape}${next.length + 1};1H`;
}
