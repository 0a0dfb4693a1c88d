// The reader on generated large articles: first frame, keys and peak memory.
import {statSync} from 'node:fs';
import {
	generateArticle,
	generatedSearchWord,
	generatedTitle,
	generateShortLines,
	generateSingleLine,
} from '../lib/generate-article.js';
import {measureLoadedKeys} from '../lib/loaded-keys.js';
import {formatMs, interleave, median, reasonOf} from '../lib/measure.js';
import {measureKeys, timeFirstFrame} from '../lib/reader.js';
import {keyRow} from './keys.js';

/**
 * Figures for one generated article of `megabytes` MB. The 5 MB article is judged against the
 * bundled article's first frame; the 100 MB one against absolute limits.
 */
export async function largeFigures(context, megabytes) {
	const file = generateArticle(megabytes);
	const fileMegabytes = statSync(file).size / 1024 / 1024;
	const huge = megabytes >= 50;
	const label = `${megabytes} MB article`;
	const runs = huge ? Math.min(3, context.runs) : context.runs;
	const timeoutMs = huge ? 30_000 : 15_000;
	const limits = huge
		? {frame: {target: 2000}, key: {target: 100}, memory: {target: 3 * fileMegabytes}}
		: {frame: {target: 2, must: 4}, key: {target: 50, must: 100}, memory: {target: 300, must: 500}};

	const session = await measureKeys([context.cli, file], {
		title: generatedTitle,
		searchWord: generatedSearchWord,
		rounds: runs,
		firstFrameTimeoutMs: timeoutMs,
	});
	const memoryRow = {
		figure: `${label}: peak memory (VmHWM)`,
		value: Number.isFinite(session.peakMegabytes) ? session.peakMegabytes : null,
		unit: 'MB',
		...limits.memory,
		detail: `polled every 20 ms; ${
			session.error
				? reasonOf(session)
				: Object.values(session.keys).some((outcome) => outcome.samples.length)
					? 'over the first frame and the keys'
					: 'over the first frame only'
		}`,
	};
	const allKeys = Object.entries(session.keys);
	const measuredKeys = allKeys.filter(([, outcome]) => outcome.samples.length);
	// The slowest key is known only when every key was measured: a key that drew nothing may be
	// the slowest one.
	const complete = measuredKeys.length === allKeys.length;
	const slowest = [...measuredKeys].sort(([, a], [, b]) => b.median - a.median)[0];
	const keyFigure = keyRow(
		`${label}: slowest key${slowest && complete ? ` (${slowest[0]})` : ''}`,
		slowest ? slowest[1] : Object.values(session.keys)[0],
		limits.key.target,
		limits.key.must,
	);
	if (slowest) {
		keyFigure.detail = allKeys
			.map(([name, outcome]) =>
				outcome.samples.length
					? `${name} ${formatMs(outcome.median)}`
					: `${name} n/a: ${reasonOf(outcome)}`,
			)
			.join(', ');
		if (!complete) keyFigure.value = null;
	}
	if (session.error) {
		const reason = reasonOf(session);
		return [
			{figure: `${label}: first frame`, value: null, unit: 'ms', ...limits.frame, detail: reason},
			keyFigure,
			memoryRow,
		];
	}

	const subjects = [
		{name: 'large', once: () => timeFirstFrame([context.cli, file], generatedTitle, {timeoutMs})},
	];
	if (!huge) {
		subjects.unshift({
			name: 'bundled',
			once: () => timeFirstFrame([context.cli, context.article], context.title),
		});
	}
	const results = await interleave(subjects, runs);
	const reason = reasonOf(...Object.values(results));
	const frameRow = huge
		? {
				figure: `${label}: first screen`,
				value: reason ? null : results.large.median,
				unit: 'ms',
				...limits.frame,
				detail: reason ?? `median of ${results.large.samples.length}`,
			}
		: {
				figure: `${label}: first frame / bundled article's`,
				value: reason ? null : results.large.median / results.bundled.median,
				unit: '×',
				...limits.frame,
				detail:
					reason ??
					`median of ${runs}: ${formatMs(results.large.median)} vs ${formatMs(results.bundled.median)}`,
			};
	return [frameRow, keyFigure, memoryRow];
}

/**
 * The huge inputs, each judged against absolute limits: first screen ≤ 2 s, every key ≤ 100 ms
 * both while the rest loads and once the whole article is shown, peak memory ≤ 3× the file,
 * both in all and over what the reader takes for the bundled article (Node and the reader
 * alone take more than 3× a 1 MB file).
 */
export async function hugeFigures(context) {
	const cases = [
		['100 MB article', () => generateArticle(100)],
		['1 MB single line', () => generateSingleLine(1)],
		['1,000,000 short lines', () => generateShortLines(1_000_000)],
	];
	// What the reader takes for a short article: the part of a peak that is not the input's.
	const own = await measureKeys([context.cli, context.article], {
		title: context.title,
		searchWord: context.searchWord,
		rounds: Math.min(3, context.runs),
		firstFrameTimeoutMs: 10_000,
	});
	const rows = [
		{
			figure: 'the reader on the bundled article: peak memory (VmHWM)',
			value: Number.isFinite(own.peakMegabytes) ? own.peakMegabytes : null,
			unit: 'MB',
			detail: own.error ? reasonOf(own) : 'over the first frame and the keys',
		},
	];
	for (const [label, generate] of cases) {
		rows.push(...(await hugeCase(context, label, generate(), own.peakMegabytes)));
	}
	return rows;
}

async function hugeCase(context, label, file, ownMegabytes) {
	const fileMegabytes = statSync(file).size / 1024 / 1024;
	const runs = Math.min(3, context.runs);
	const session = await measureLoadedKeys([context.cli, file], {
		title: generatedTitle,
		searchWord: generatedSearchWord,
		rounds: runs,
		firstFrameTimeoutMs: 30_000,
		loadTimeoutMs: 600_000,
	});
	const frames = [session.firstFrameMs];
	for (let run = 1; run < runs && !session.error; run++) {
		frames.push(
			await timeFirstFrame([context.cli, file], generatedTitle, {timeoutMs: 30_000}).catch(
				() => NaN,
			),
		);
	}
	const frame = median(frames);
	const reason = session.error ? reasonOf(session) : null;
	return [
		{
			figure: `${label}: first screen`,
			value: Number.isFinite(frame) ? frame : null,
			unit: 'ms',
			target: 2000,
			detail: Number.isFinite(frame) ? `median of ${frames.length}` : reason,
		},
		slowestKeyRow(`${label}: slowest key while loading`, session.loading),
		{
			figure: `${label}: whole article shown`,
			value: Number.isFinite(session.loadedMs) ? session.loadedMs : null,
			unit: 'ms',
			detail: Number.isFinite(session.loadedMs) ? 'after spawn, loading… gone' : reason,
		},
		slowestKeyRow(`${label}: slowest key after load`, session.loaded),
		{
			figure: `${label}: peak memory (VmHWM)`,
			value: Number.isFinite(session.peakMegabytes) ? session.peakMegabytes : null,
			unit: 'MB',
			target: 3 * fileMegabytes,
			detail: `file ${fileMegabytes.toFixed(1)} MB; polled every 20 ms over the whole session`,
		},
		{
			figure: `${label}: peak memory over the reader's own`,
			value: Number.isFinite(session.peakMegabytes - ownMegabytes)
				? session.peakMegabytes - ownMegabytes
				: null,
			unit: 'MB',
			target: 3 * fileMegabytes,
			detail: `the peak less the reader's on the bundled article`,
		},
	];
}

/** The slowest of the keys measured, with every key's median in the detail. */
function slowestKeyRow(figure, outcomes) {
	const measured = Object.entries(outcomes).filter(([, outcome]) => outcome.samples.length);
	const slowest = [...measured].sort(([, a], [, b]) => b.median - a.median)[0];
	const row = keyRow(
		`${figure}${slowest ? ` (${slowest[0]})` : ''}`,
		slowest ? slowest[1] : Object.values(outcomes)[0],
		100,
	);
	const unmeasured = Object.entries(outcomes).filter(([, outcome]) => !outcome.samples.length);
	if (slowest) {
		row.detail = [
			...measured.map(([name, outcome]) => `${name} ${formatMs(outcome.median)}`),
			...unmeasured.map(([name, outcome]) => `${name} n/a (${reasonOf(outcome)})`),
		].join(', ');
	}
	return row;
}
