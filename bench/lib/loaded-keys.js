// Keys on a long article twice over: while it loads, and once the whole article has been
// loaded and shown in place of its opening.
import {createRequire} from 'node:module';
import {Unmeasurable, median} from './measure.js';
import {PtySession} from './pty-session.js';
import {keyPlan, quietMs, size} from './reader.js';

const require = createRequire(import.meta.url);
const xterm = require('@xterm/headless');

const settleOptions = {quietMs, noChangeMs: 1000};
const unmeasuredOptions = {quietMs: 3 * quietMs, noChangeMs: 1000};

/** Presses each key of `plan` for `rounds` rounds, recording into `keys` (see `measureKeys`). */
async function pressRounds(session, plan, rounds, keys) {
	for (let round = 0; round < rounds; round++) {
		for (const step of plan) {
			const outcome = keys[step.name];
			if (outcome.error) continue;
			try {
				for (const key of step.prepare ?? []) await session.press(key, unmeasuredOptions);
				const ms = await session.press(step.keys, settleOptions);
				if (ms === null)
					throw new Unmeasurable(`nothing drawn within ${settleOptions.noChangeMs} ms`);
				outcome.samples.push(ms);
				for (const key of step.reset ?? []) await session.press(key, unmeasuredOptions);
			} catch (error) {
				outcome.error = error;
				if (session.exit) throw error;
			}
		}
	}
	for (const outcome of Object.values(keys)) outcome.median = median(outcome.samples);
}

/** The screen of a terminal fed the session's output, as text. */
function watchScreen(session) {
	const terminal = new xterm.Terminal({cols: size.cols, rows: size.rows, allowProposedApi: true});
	session.child.onData((data) => terminal.write(data));
	return {
		text: () =>
			new Promise((resolve) => {
				terminal.write('', () => {
					const buffer = terminal.buffer.active;
					const rows = [];
					for (let row = 0; row < size.rows; row++) {
						rows.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
					}
					resolve(rows.join('\n'));
				});
			}),
		dispose: () => terminal.dispose(),
	};
}

/**
 * Watches the screen every 50 ms from now on, in the background (keys may be pressed meanwhile).
 * `loaded()` resolves to the ms since spawn at which `loading…` left the screen for good: gone
 * and not back for half a second.
 */
function watchLoad(session, screen, timeoutMs) {
	const deadline = performance.now() + timeoutMs;
	let goneSince = null;
	return {
		loaded: async () => {
			for (;;) {
				if (session.exit) {
					throw new Unmeasurable(`the reader exited (code ${session.exit.exitCode})`);
				}
				const loading = (await screen.text()).includes('loading…');
				const now = performance.now();
				if (loading) goneSince = null;
				else goneSince ??= now;
				if (goneSince !== null && now - goneSince >= 500) return goneSince - session.startedAt;
				if (now > deadline) throw new Unmeasurable(`still loading after ${timeoutMs} ms`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
		/** Notes whether `loading…` shows now; call often while keys are pressed. */
		check: async () => {
			const loading = (await screen.text()).includes('loading…');
			if (loading) goneSince = null;
			else goneSince ??= performance.now();
		},
	};
}

const emptyOutcomes = (plan) =>
	Object.fromEntries(
		plan.map((step) => [step.name, {samples: [], median: Number.NaN, error: null}]),
	);

/**
 * Opens the reader on a long article, waits for `title`, measures the keys of `keyPlan` while
 * the article loads, waits until it has loaded, and measures them again. Resolves to
 * `{firstFrameMs, loadedMs, peakMegabytes, loading, loaded, error}`, where `loading` and
 * `loaded` are key outcomes as `measureKeys` gives them.
 */
export async function measureLoadedKeys(
	args,
	{title, searchWord, rounds, firstFrameTimeoutMs, loadTimeoutMs},
) {
	const session = new PtySession(process.execPath, args, size);
	const screen = watchScreen(session);
	const plan = keyPlan(searchWord);
	const result = {
		firstFrameMs: Number.NaN,
		loadedMs: Number.NaN,
		peakMegabytes: Number.NaN,
		loading: emptyOutcomes(plan),
		loaded: emptyOutcomes(plan),
		error: null,
	};
	try {
		result.firstFrameMs = await session.waitForText(title, firstFrameTimeoutMs);
		await session.settle(performance.now(), {quietMs: 200, noChangeMs: 200});
		const load = watchLoad(session, screen, loadTimeoutMs);
		const watcher = setInterval(() => void load.check(), 50);
		try {
			await pressRounds(session, plan, rounds, result.loading);
		} finally {
			clearInterval(watcher);
		}
		result.loadedMs = await load.loaded();
		await pressRounds(session, plan, rounds, result.loaded);
	} catch (error) {
		result.error = error;
		for (const outcomes of [result.loading, result.loaded]) {
			for (const outcome of Object.values(outcomes)) outcome.error ??= error;
		}
	} finally {
		session.sampleMemory();
		await session.close();
		screen.dispose();
		result.peakMegabytes = session.peakKilobytes > 0 ? session.peakKilobytes / 1024 : Number.NaN;
	}
	return result;
}
