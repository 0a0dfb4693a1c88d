// Times the interactive reader's first frame for the bundled article and a generated 5 MB one:
// the built CLI runs in a pseudo-terminal until the status line appears. Run `npm run build` first.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {spawn} from 'node-pty';

const sentence =
	'The Kremlin said the two leaders agreed to assess the current very poor state of relations, according to a statement. ';

function generatedArticle(bytes) {
	const parts = [
		'---',
		'title: A very long article',
		'published: 2016-11-14',
		'---',
		'',
		'# A very long article',
		'',
	];
	let size = 0;
	for (let section = 1; size < bytes; section++) {
		parts.push(`## Part ${section}`, '');
		for (let paragraph = 0; paragraph < 50; paragraph++) {
			const text = `${paragraph} “${sentence.trim()}” ${sentence.repeat(3)}`;
			parts.push(text, '');
			size += text.length + 2;
		}
	}
	return parts.join('\n');
}

function firstFrame(args) {
	const environment = {...process.env, TERM: 'xterm-256color'};
	delete environment.CI;
	const started = performance.now();
	const child = spawn(process.execPath, ['dist/cli.js', ...args], {
		cols: 140,
		rows: 40,
		env: environment,
	});
	return new Promise((resolve) => {
		let output = '';
		child.onData((data) => {
			output += data;
			if (output.includes('§1/')) {
				const elapsed = performance.now() - started;
				child.kill('SIGTERM');
				resolve(elapsed);
			}
		});
	});
}

const directory = await mkdtemp(join(tmpdir(), 'readout-bench-'));
try {
	const file = join(directory, 'long.md');
	const text = generatedArticle(5 * 1024 * 1024);
	await writeFile(file, text);
	const bundled = await firstFrame([]);
	const long = await firstFrame([file]);
	console.log(`first frame, bundled article: ${bundled.toFixed(0)} ms`);
	console.log(
		`first frame, ${(text.length / 1024 / 1024).toFixed(1)} MB article: ${long.toFixed(0)} ms`,
	);
} finally {
	await rm(directory, {recursive: true, force: true});
}
