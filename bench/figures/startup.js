// How fast the program starts: the printed path and the first interactive frame, each as a
// ratio to a bare `node` doing the least it can in the same setting, both with the compile
// cache a previous run left (as every run after the first finds it) and without one (the first
// run after an install).
import {interleave, reasonOf, formatMs} from '../lib/measure.js';
import {noCompileCache, timeNode} from '../lib/processes.js';
import {timeFirstFrame, size} from '../lib/reader.js';

/** A ratio row: `program` against `floor`, with the medians in the detail. */
function ratioRow(figure, program, floor, target, must) {
	const reason = reasonOf(program, floor);
	return {
		figure,
		value: reason ? null : program.median / floor.median,
		unit: '×',
		target,
		must,
		detail:
			reason ??
			`median of ${program.samples.length}: ${formatMs(program.median)} vs ${formatMs(floor.median)}`,
	};
}

/** The printed path (`--plain`, stdout to /dev/null) against `node -e ''`. */
export async function printedFigures(context) {
	const args = [context.cli, context.article, '--plain'];
	const {floor, printed, cold} = await interleave(
		[
			{name: 'floor', once: () => timeNode(['-e', ''])},
			{name: 'printed', once: () => timeNode(args)},
			{name: 'cold', once: () => timeNode(args, {env: noCompileCache})},
		],
		context.runs,
	);
	return [
		ratioRow("printed path / node -e ''", printed, floor, 1.5, 2.5),
		ratioRow("printed path, no compile cache / node -e ''", cold, floor, 1.5, 2.5),
	];
}

/**
 * The first interactive frame (the title on screen) against a bare node printing one line,
 * both in a 200×50 pseudo-terminal.
 */
export async function firstFrameFigures(context) {
	const args = [context.cli, context.article];
	const {floor, reader, cold} = await interleave(
		[
			{name: 'floor', once: () => timeFirstFrame(['-e', "console.log('x')"], 'x')},
			{name: 'reader', once: () => timeFirstFrame(args, context.title)},
			{name: 'cold', once: () => timeFirstFrame(args, context.title, {env: noCompileCache})},
		],
		context.runs,
	);
	const place = `${size.cols}×${size.rows} pty`;
	return [
		ratioRow(`first frame in a ${place} / node printing a line`, reader, floor, 2, 3),
		ratioRow(`first frame, no compile cache / node printing a line`, cold, floor, 2, 3),
	];
}
