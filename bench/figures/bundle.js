// The bundle itself: how big each part is, and what the printed path's libraries cost to load.
import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
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

/** Sizes of dist/cli.js (the launcher) and dist/readout.js (the program), and what the printed path's libraries cost to load. */
export async function bundleFigures(context) {
	const dist = path.join(context.root, 'dist');
	const rows = [
		{
			figure: 'dist/cli.js size (the launcher)',
			value: kilobytes(path.join(dist, 'cli.js')),
			unit: 'KB',
		},
		{
			figure: 'dist/readout.js size (the program)',
			value: kilobytes(path.join(dist, 'readout.js')),
			unit: 'KB',
		},
	];
	const folder = mkdtempSync(path.join(tmpdir(), 'readout-bundle-'));
	try {
		const empty = path.join(folder, 'empty.js');
		writeFileSync(empty, '');
		rows.push(...(await dependencyRows(folder, empty, context)));
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
 * Libraries the printed path loads, each bundled alone as build.js bundles (minified,
 * tree-shaken) and used once as the CLI uses it: chrono-node parsing the bundled article (its
 * first parse in a process is the dear one, as each pattern is compiled on first use) and meow
 * parsing the command line.
 */
function dependencyUses(context) {
	const article = readFileSync(context.article, 'utf8');
	return [
		{
			name: 'chrono-node: import + parse the article',
			contents:
				"import {casual} from 'chrono-node/en';\n" +
				`casual.parse(${JSON.stringify(article)}, new Date(2016, 10, 14));`,
		},
		{
			name: 'meow: import + parse the flags',
			contents:
				"import meow from 'meow';\n" +
				"meow('Usage: readout [file]', {importMeta: import.meta, flags: {\n" +
				"\tformat: {type: 'string', default: 'text'}, plain: {type: 'boolean'},\n" +
				"\twidth: {type: 'number'}, date: {type: 'string'}, section: {type: 'number'},\n" +
				'}});',
		},
	];
}

/** One row for each of `dependencyUses`: its extra import time and its minified size. */
async function dependencyRows(folder, empty, context) {
	const rows = [];
	for (const [index, use] of dependencyUses(context).entries()) {
		const file = path.join(folder, `dependency-${index}.js`);
		try {
			await build({
				stdin: {contents: use.contents, resolveDir: context.root},
				outfile: file,
				bundle: true,
				format: 'esm',
				platform: 'node',
				target: 'node20',
				minify: true,
				banner: {
					js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);",
				},
				logLevel: 'silent',
			});
		} catch (error) {
			rows.push({figure: use.name, value: null, unit: 'ms', detail: error.message.split('\n')[0]});
			continue;
		}
		const row = await importRow(use.name, file, empty, context);
		const code = kilobytes(file) - Buffer.byteLength(use.contents) / 1024;
		row.detail += `; ${code.toFixed(0)} KB minified`;
		rows.push(row);
	}
	return rows;
}
