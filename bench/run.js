// `npm run bench [-- options]`: builds the bundle, measures it and prints a table of figures.
// See bench/README.md for what each figure means.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {bundleFigures} from './figures/bundle.js';
import {keyFigures} from './figures/keys.js';
import {hugeFigures, largeFigures} from './figures/large.js';
import {packageFigures} from './figures/package.js';
import {firstFrameFigures, printedFigures} from './figures/startup.js';
import {captureNode} from './lib/processes.js';
import {formatTable, machineLine} from './lib/table.js';

const usage = `Usage: node bench/run.js [options]
  --quick          few runs, a 1 MB article instead of 5 MB, no 100 MB article
  --runs N         runs per figure (default 11, quick 5)
  --only LIST      comma-separated groups: ${'printed,start,keys,large,package,bundle'}
  --no-build       measure dist/ as it is instead of running build.js first
  --json           print the figures as JSON instead of a table`;

const groups = {
	printed: printedFigures,
	start: firstFrameFigures,
	keys: keyFigures,
	large: async (context) => [
		...(await largeFigures(context, context.quick ? 1 : 5)),
		...(context.quick ? [] : await hugeFigures(context)),
	],
	package: packageFigures,
	bundle: bundleFigures,
};

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function options() {
	try {
		const {values} = parseArgs({
			options: {
				quick: {type: 'boolean', default: false},
				runs: {type: 'string'},
				only: {type: 'string'},
				'no-build': {type: 'boolean', default: false},
				json: {type: 'boolean', default: false},
				help: {type: 'boolean', default: false},
			},
		});
		const runs = Number(values.runs ?? (values.quick ? 5 : 11));
		const only = values.only ? values.only.split(',') : Object.keys(groups);
		const unknown = only.filter((name) => !(name in groups));
		if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
		if (unknown.length) throw new Error(`unknown group: ${unknown.join(', ')}`);
		return {...values, runs, only};
	} catch (error) {
		process.stderr.write(`bench: ${error.message}\n${usage}\n`);
		process.exit(2);
	}
}

/**
 * The article's title as the program itself sees it (from its JSON output), so the harness
 * waits for exactly what the reader will draw; the front matter's `title` if that fails.
 */
async function titleOf(cli, article) {
	let title;
	try {
		title = JSON.parse(await captureNode([cli, article, '--format', 'json'])).title;
	} catch {
		title = /^title:\s*(.+)$/m.exec(readFileSync(article, 'utf8'))?.[1];
	}
	// A few words are enough to recognise it, and short enough never to be cut by the layout.
	return String(title ?? '')
		.trim()
		.split(/\s+/)
		.slice(0, 3)
		.join(' ');
}

const settings = options();
if (settings.help) {
	process.stdout.write(`${usage}\n`);
	process.exit(0);
}
if (!settings['no-build']) {
	process.stderr.write('bench: building dist/ with build.js\n');
	execFileSync(process.execPath, ['build.js'], {cwd: root, stdio: 'inherit'});
}
const context = {
	root,
	quick: settings.quick,
	runs: settings.runs,
	cli: path.join(root, 'dist', 'cli.js'),
	article: path.join(root, 'content', 'trump-putin-call.md'),
	title: '',
	searchWord: 'Putin',
};
if (settings.only.some((name) => ['start', 'keys', 'large'].includes(name))) {
	context.title = await titleOf(context.cli, context.article);
}

const rows = [];
for (const name of settings.only) {
	process.stderr.write(`bench: measuring ${name}\n`);
	rows.push(...(await groups[name](context)));
}
if (settings.json) {
	process.stdout.write(`${JSON.stringify({machine: machineLine(), rows}, null, 2)}\n`);
} else {
	process.stdout.write(`${machineLine()}\n\n${formatTable(rows)}\n`);
}
