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

/**
 * A stream for Ink that forwards to the terminal with scrollback erasure filtered out, and
 * reports the terminal's size and resizes. Ink writes whole escape sequences per write, so a
 * sequence is never split across chunks.
 */
export class ScreenStream extends Writable {
	readonly isTTY = true;

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
			this.terminal.write(text.replaceAll(eraseScrollback, ''), () => callback());
		} catch (error) {
			callback(error as Error);
		}
	}

	private readonly forwardResize = () => {
		this.emit('resize');
	};
}
