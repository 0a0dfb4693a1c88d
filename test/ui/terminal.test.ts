import {EventEmitter} from 'node:events';
import {Terminal} from '@xterm/headless';
import fc from 'fast-check';
import {expect, test} from 'vitest';
import {changedRows, ScreenStream} from '../../source/ui/terminal.js';

/** A headless terminal behind a ScreenStream, as the reader's stdout. */
function screenOf(columns: number, rows: number) {
	// A terminal's line discipline turns each newline into CR LF.
	const terminal = new Terminal({cols: columns, rows, allowProposedApi: true, convertEol: true});
	const sent: string[] = [];
	const output = Object.assign(new EventEmitter(), {
		columns,
		rows,
		write(data: string, done?: () => void) {
			sent.push(data);
			terminal.write(data, done);
			return true;
		},
	});
	const stream = new ScreenStream(output as unknown as NodeJS.WriteStream);
	const write = (data: string) =>
		new Promise<void>((resolve, reject) => {
			stream.write(data, (error) => (error ? reject(error) : resolve()));
		});
	const text = () =>
		Array.from({length: rows}, (_, row) =>
			terminal.buffer.active.getLine(row)?.translateToString(true),
		).join('\n');
	return {terminal, sent, write, text};
}

/** Ink's `eraseLines(count)`. */
const eraseLines = (count: number) =>
	count === 0 ? '' : `${'\u001B[2K\u001B[1A'.repeat(count - 1)}\u001B[2K\u001B[G`;

/** How Ink's log draws frame `next` after frame `previous` (frames end with a newline). */
const inkFrame = (previous: string | undefined, next: string) =>
	(previous === undefined ? '' : eraseLines(previous.split('\n').length)) + next;

test('a frame after the first sends only its changed rows', async () => {
	const screen = screenOf(20, 6);
	await screen.write(inkFrame(undefined, 'title\none\ntwo\nstatus\n'));
	await screen.write(inkFrame('title\none\ntwo\nstatus\n', 'title\nONE\ntwo\nstatus\n'));
	expect(screen.sent.at(-1)).toBe('\u001B[2;1HONE\u001B[K\u001B[5;1H');
	expect(screen.text()).toBe('title\nONE\ntwo\nstatus\n\n');
});

test('rows a shorter frame no longer has are erased', () => {
	expect(changedRows(['a', 'b', 'c'], ['a'])).toBe(
		'\u001B[2;1H\u001B[K\u001B[3;1H\u001B[K\u001B[2;1H',
	);
});

test('writes that are not frames pass through, and an erase alone forgets the frame', async () => {
	const screen = screenOf(20, 6);
	await screen.write('\u001B[?25l');
	expect(screen.sent).toEqual(['\u001B[?25l']);
	await screen.write('a\nb\n');
	await screen.write(eraseLines(3));
	await screen.write('c\nd\n');
	expect(screen.sent.slice(1)).toEqual(['a\nb\n', eraseLines(3), 'c\nd\n']);
	expect(screen.text()).toBe('c\nd\n\n\n\n');
});

test('whatever the frames, the screen shows the last one exactly as a full redraw would', async () => {
	const row = fc.stringMatching(/^[a-z ]{0,10}$/);
	const frame = fc.array(row, {minLength: 1, maxLength: 5}).map((rows) => `${rows.join('\n')}\n`);
	await fc.assert(
		fc.asyncProperty(fc.array(frame, {minLength: 1, maxLength: 6}), async (frames) => {
			const screen = screenOf(12, 7);
			let previous: string | undefined;
			for (const next of frames) {
				await screen.write(inkFrame(previous, next));
				previous = next;
			}
			const full = screenOf(12, 7);
			await full.write(previous ?? '');
			expect(screen.text()).toBe(full.text());
			screen.terminal.dispose();
			full.terminal.dispose();
		}),
		{numRuns: 150},
	);
});
