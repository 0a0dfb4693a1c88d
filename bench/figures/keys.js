// Key → settled frame on the bundled article.
import {reasonOf} from '../lib/measure.js';
import {measureKeys, quietMs} from '../lib/reader.js';

/** One row for each measured key: the median time from the key to a settled screen. */
export async function keyFigures(context) {
	const result = await measureKeys([context.cli, context.article], {
		title: context.title,
		searchWord: context.searchWord,
		rounds: context.runs,
		firstFrameTimeoutMs: 10_000,
	});
	return Object.entries(result.keys).map(([name, outcome]) =>
		keyRow(`key ${name}`, outcome, 16, 50),
	);
}

/** A key's row: its median when it has samples, else `n/a` and why. */
export function keyRow(figure, outcome, target, must) {
	const measured = outcome.samples.length > 0;
	return {
		figure,
		value: measured ? outcome.median : null,
		unit: 'ms',
		target,
		must,
		detail: measured
			? `median of ${outcome.samples.length}, settled = ${quietMs} ms quiet`
			: (reasonOf(outcome) ?? 'not measured'),
	};
}
