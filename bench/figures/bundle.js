// The bundle itself: how big each part is, and what loading the interactive part costs.
import {mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {formatMs, interleave, reasonOf} from '../lib/measure.js';
import {timeNode} from '../lib/processes.js';

const kilobytes = (file) => statSync(file).size / 1024;

/** `node --input-type=module -e "await import(url)"` for a file. */
const importArgs = (file) => [
	'--input-type=module',
	'-e',
	`await import(${JSON.stringify(pathToFileURL(file).href)})`,
];

/** Sizes of dist/cli.js and its chunks, and what importing the UI chunk and chrono-node costs. */
export async function bundleFigures(context) {
	const dist = path.join(context.root, 'dist');
	const chunks = readdirSync(path.join(dist, 'chunks')).filter((name) => name.endsWith('.js'));
	const ui = chunks.find((name) => name.startsWith('run-'));
	const others = chunks.filter((name) => name !== ui);
	const rows = [
		{figure: 'dist/cli.js size', value: kilobytes(path.join(dist, 'cli.js')), unit: 'KB'},
		{
			figure: 'UI chunk size',
			value: ui ? kilobytes(path.join(dist, 'chunks', ui)) : null,
			unit: 'KB',
			detail: ui ? `dist/chunks/${ui}` : 'no chunks/run-*.js in dist',
		},
		{
			figure: 'other chunks',
			value: others.reduce((sum, name) => sum + kilobytes(path.join(dist, 'chunks', name)), 0),
			unit: 'KB',
			detail: others.join(' ') || 'none',
		},
	];
	const folder = mkdtempSync(path.join(tmpdir(), 'readout-bundle-'));
	try {
		const empty = path.join(folder, 'empty.js');
		writeFileSync(empty, '');
		if (ui) {
			const file = path.join(dist, 'chunks', ui);
			rows.push(await importRow('import of the UI chunk', file, empty, context));
		}
		rows.push(await chronoRow(folder, empty, context));
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
	return rows;
}

/**
 * The extra milliseconds that importing `file` costs a fresh node, over importing an empty
 * module the same way (so the ESM loader's own start-up is not counted).
 */
async function importRow(figure, file, empty, context) {
	const results = await interleave(
		[
			{name: 'floor', once: () => timeNode(importArgs(empty))},
			{name: 'import', once: () => timeNode(importArgs(file))},
		],
		context.runs,
	);
	const reason = reasonOf(results.import, results.floor);
	return {
		figure: `${figure}, over an empty module`,
		value: reason ? null : results.import.median - results.floor.median,
		unit: 'ms',
		detail: reason ?? `${formatMs(results.import.median)} vs ${formatMs(results.floor.median)}`,
	};
}

/**
 * chrono-node, which the timeline uses on the printed path, bundled alone as build.js bundles
 * (minified, tree-shaken), importing it and parsing the bundled article once: the first parse
 * in a process is the dear one, as each of its patterns is compiled on first use.
 */
async function chronoRow(folder, empty, context) {
	const file = path.join(folder, 'chrono.js');
	const article = readFileSync(context.article, 'utf8');
	try {
		await build({
			stdin: {
				contents:
					"import {casual} from 'chrono-node/en';\n" +
					`casual.parse(${JSON.stringify(article)}, new Date(2016, 10, 14));`,
				resolveDir: context.root,
			},
			outfile: file,
			bundle: true,
			format: 'esm',
			platform: 'node',
			target: 'node20',
			minify: true,
			logLevel: 'silent',
		});
	} catch (error) {
		const detail = error.message.split('\n')[0];
		return {figure: 'chrono-node bundled', value: null, unit: 'ms', detail};
	}
	const row = await importRow('chrono-node: import + parse the article', file, empty, context);
	row.detail += `; ${(kilobytes(file) - article.length / 1024).toFixed(0)} KB minified`;
	return row;
}
