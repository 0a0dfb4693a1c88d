import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {spawn as spawnTerminal} from 'node-pty';
import {beforeAll, expect, test} from 'vitest';
import {article, environment, root, temporaryFiles} from './_run.js';

let project = '';
let tarball = '';
let bin = '';

beforeAll(() => {
	project = temporaryFiles({'package.json': '{"name": "try-readout", "private": true}\n'});
	// --ignore-scripts: the bundle is already built, and rebuilding would pull dist/ from under
	// the tests running beside this one.
	const packed = execFileSync(
		'npm',
		['pack', '--ignore-scripts', '--json', '--pack-destination', project],
		{cwd: root, encoding: 'utf8'},
	);
	tarball = join(project, (JSON.parse(packed) as Array<{filename: string}>)[0]!.filename);
	execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], {
		cwd: project,
		stdio: 'ignore',
	});
	bin = join(project, 'node_modules', '.bin', 'readout');
}, 120_000);

test('the tarball ships the program, the article, the readme and the licence only', () => {
	const files = execFileSync('tar', ['-tzf', tarball], {encoding: 'utf8'}).split('\n');
	for (const file of [
		'dist/cli.js',
		'content/trump-putin-call.md',
		'readme.md',
		'LICENSE',
		'package.json',
	]) {
		expect(files).toContain(`package/${file}`);
	}
	expect(files.filter((file) => /^package\/(source|test|bench)\//.test(file))).toEqual([]);
});

test('the installed command prints JSON and its version', () => {
	const json = execFileSync(bin, ['--format', 'json', '-'], {input: article, encoding: 'utf8'});
	expect(JSON.parse(json).title).toBe('A headline');
	const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
		version: string;
	};
	expect(execFileSync(bin, ['--version'], {encoding: 'utf8'})).toBe(`${manifest.version}\n`);
});

test('the installed command finds its bundled article', async () => {
	// On a terminal with no file named, readout shows the article it ships with.
	const child = spawnTerminal(bin, ['--plain'], {
		cols: 80,
		rows: 20,
		cwd: project,
		env: environment({TERM: 'xterm-256color'}) as Record<string, string>,
	});
	let output = '';
	child.onData((data) => (output += data));
	const code = await new Promise((resolve) => child.onExit(({exitCode}) => resolve(exitCode)));
	expect(code).toBe(0);
	expect(output).toContain('Putin');
	expect(output.replace(/\r/g, '').split('\n')).toContain('Quotes');
});
