// Measurements of the interactive reader in a pseudo-terminal: its first frame, and how long
// each key takes to give a settled screen.
import {Unmeasurable, median} from './measure.js';
import {PtySession} from './pty-session.js';

/**
 * How long the output must stay silent before a frame counts as settled. Ink throttles
 * renders to 30 frames a second with a trailing render 34 ms after the first, so a shorter
 * window could stop before the frame a key really leads to. The window is not part of the
 * figure: a key's time ends at its last chunk of output.
 */
export const quietMs = 50;
const noChangeMs = 1000;
const settleOptions = {quietMs, noChangeMs};
// Unmeasured keys wait longer, so that no late frame of theirs is taken for the next key's.
const unmeasuredOptions = {quietMs: 3 * quietMs, noChangeMs};

/** The terminal size every interactive figure is taken at. */
export const size = {cols: 200, rows: 50};

/** Milliseconds from spawning `node ...args` in a terminal until `text` is on screen. */
export async function timeFirstFrame(args, text, {timeoutMs = 10_000, env = {}} = {}) {
	const session = new PtySession(process.execPath, args, {...size, pollMemory: false, env});
	try {
		return await session.waitForText(text, timeoutMs);
	} finally {
		await session.close();
	}
}

/**
 * The keys measured, in the order of one round. Every measured key starts from the top of the
 * article with no search open, a place where each of them visibly changes the screen (at
 * 200×50 the bundled article is only a few lines longer than the pane, so after a page down
 * neither `]` nor `G` would move it). `prepare` keys are sent before the measured key,
 * `reset` keys after it to return to the top; neither is measured.
 */
export function keyPlan(searchWord) {
	return [
		{name: 'j', keys: 'j', reset: ['g']},
		{name: 'Space', keys: ' ', reset: ['g']},
		{name: ']', keys: ']', reset: ['g']},
		{name: 'G', keys: 'G', reset: ['g']},
		// One key at a time, as typed: a reader may take a chunk of several characters for a paste.
		// The first match is near the top, often already in view, where `g` alone would change
		// nothing and cost a whole wait for a frame; `G` first makes `g` move.
		{name: '/ search', prepare: ['/', ...searchWord], keys: '\r', reset: ['\u001B', 'G', 'g']},
	];
}

/**
 * Opens the reader on an article, waits for `title`, then sends each key of `keyPlan` for
 * `rounds` rounds. Resolves to `{firstFrameMs, peakMegabytes, keys: {[name]: {samples,
 * median, error}}}`; keys that cannot be measured carry an Unmeasurable error, and so does
 * `error` when the reader never showed its first frame.
 */
export async function measureKeys(args, {title, searchWord, rounds, firstFrameTimeoutMs}) {
	const session = new PtySession(process.execPath, args, size);
	const plan = keyPlan(searchWord);
	const keys = Object.fromEntries(
		plan.map((step) => [step.name, {samples: [], median: Number.NaN, error: null}]),
	);
	const result = {firstFrameMs: Number.NaN, peakMegabytes: Number.NaN, keys, error: null};
	try {
		result.firstFrameMs = await session.waitForText(title, firstFrameTimeoutMs);
		// Let the first frame finish (a second render after layout is common) before any key.
		await session.settle(performance.now(), {quietMs: 200, noChangeMs: 200}).catch(() => {
			throw new Unmeasurable(
				`the reader exited (code ${session.exit?.exitCode}) after its first frame, before any key`,
			);
		});
		for (let round = 0; round < rounds; round++) {
			for (const step of plan) {
				const outcome = keys[step.name];
				if (outcome.error) continue;
				try {
					for (const keys of step.prepare ?? []) await session.press(keys, unmeasuredOptions);
					const ms = await session.press(step.keys, settleOptions);
					if (ms === null) throw new Unmeasurable(`nothing drawn within ${noChangeMs} ms`);
					outcome.samples.push(ms);
				} catch (error) {
					outcome.error = error;
					if (session.exit) throw error;
				}
				// Reset even after a failed key, so that the next key still starts from the top.
				for (const keys of step.reset ?? []) await session.press(keys, unmeasuredOptions);
			}
		}
	} catch (error) {
		for (const outcome of Object.values(keys)) outcome.error ??= error;
		if (Number.isNaN(result.firstFrameMs)) result.error = error;
	} finally {
		session.sampleMemory();
		await session.close();
		result.peakMegabytes = session.peakKilobytes > 0 ? session.peakKilobytes / 1024 : Number.NaN;
	}
	for (const outcome of Object.values(keys)) outcome.median = median(outcome.samples);
	return result;
}
