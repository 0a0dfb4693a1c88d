// How fast the program starts: the printed path and the first interactive frame, each as a
// ratio to a bare `node` doing the least it can in the same setting.
import {interleave, reasonOf, formatMs} from '../lib/measure.js';
import {timeNode} from '../lib/processes.js';
import {timeFirstFrame, size} from '../lib/reader.js';

/** The printed path (`--plain`, stdout to /dev/null) against `node -e ''`. */
export async function printedFigures(context) {
	const results = await interleave(
		[
			{name: 'floor', once: () => timeNode(['-e', ''])},
			{name: 'printed', once: () => timeNode([context.cli, context.article, '--plain'])},
		],
		context.runs,
	);
	const {floor, printed} = results;
	const reason = reasonOf(printed, floor);
	return [
		{
			figure: "printed path / node -e ''",
			value: reason ? null : printed.median / floor.median,
			unit: '×',
			target: 1.5,
			must: 2.5,
			detail:
				reason ??
				`median of ${printed.samples.length}: ${formatMs(printed.median)} vs ${formatMs(floor.median)}`,
		},
	];
}

/**
 * The first interactive frame (the title on screen) against a bare node printing one line,
 * both in a 200×50 pseudo-terminal.
 */
export async function firstFrameFigures(context) {
	const results = await interleave(
		[
			{name: 'floor', once: () => timeFirstFrame(['-e', "console.log('x')"], 'x')},
			{name: 'reader', once: () => timeFirstFrame([context.cli, context.article], context.title)},
		],
		context.runs,
	);
	const {floor, reader} = results;
	const reason = reasonOf(reader, floor);
	return [
		{
			figure: `first frame in a ${size.cols}×${size.rows} pty / node printing a line`,
			value: reason ? null : reader.median / floor.median,
			unit: '×',
			target: 2,
			must: 3,
			detail:
				reason ??
				`median of ${reader.samples.length}: ${formatMs(reader.median)} vs ${formatMs(floor.median)}`,
		},
	];
}
