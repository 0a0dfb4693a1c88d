// The reader on generated large articles: first frame, keys and peak memory.
import {statSync} from 'node:fs';
import {generateArticle, generatedSearchWord, generatedTitle} from '../lib/generate-article.js';
import {formatMs, interleave, reasonOf} from '../lib/measure.js';
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
