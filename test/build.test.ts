import {execFile} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {isBuiltin} from 'node:module';
import {promisify} from 'node:util';
import {expect, test} from 'vitest';

// The bundle that `npm test` has just built into dist/ (see build.js).
const run = promisify(execFile);
const chunks = readdirSync('dist/chunks');

test('dist holds the printed path, the UI chunk and shared helpers, and no devtools', () => {
	expect(chunks.filter((name) => name.startsWith('run-'))).toHaveLength(1);
	expect(chunks.filter((name) => name.includes('devtools'))).toEqual([]);
});

test('no file in dist imports a package: npx has nothing to install', () => {
	const bare = /(?:\bfrom|\bimport)\s*\(?\s*["'](?!node:|\.)([^"']+)["']/g;
	// Node's own modules may be named without `node:` (meow's bundled helpers do), and a list
	// of keywords such as ["export","import","null"] is not an import.
	const isPackage = (name: string) => /^(@[\w.-]+\/)?[\w.-]+/.test(name) && !isBuiltin(name);
	for (const file of ['dist/cli.js', ...chunks.map((name) => `dist/chunks/${name}`)]) {
		const names = [...readFileSync(file, 'utf8').matchAll(bare)].map((match) => match[1] ?? '');
		expect(names.filter(isPackage)).toEqual([]);
	}
});

test('the UI chunk loads when DEV=true is set, as it may be in a user’s shell', async () => {
	const ui = chunks.find((name) => name.startsWith('run-'));
	const {stderr} = await run(
		process.execPath,
		['--input-type=module', '-e', `await import('./dist/chunks/${ui}')`],
		{env: {...process.env, DEV: 'true'}},
	);
	expect(stderr).toBe('');
});

test('the UI chunk never touches fetch, whose first use loads undici', () => {
	const ui = chunks.find((name) => name.startsWith('run-'));
	expect(readFileSync(`dist/chunks/${ui}`, 'utf8')).not.toMatch(/typeof fetch|fetch\(/);
});

test('the UI chunk draws every frame even when CI is set: it only runs on a terminal', () => {
	const ui = chunks.find((name) => name.startsWith('run-'));
	expect(readFileSync(`dist/chunks/${ui}`, 'utf8')).not.toContain('CONTINUOUS_INTEGRATION');
});

test('the printed path loads none of the modules only the reader or package.json reading need', async () => {
	// Lists Node's internal modules at exit, on stderr, so the printed text stays on stdout. (With
	// stdout a pipe here, net is loaded for it, as it would be for `readout | less`.)
	const report = `process.on('exit', () => process.stderr.write(process.moduleLoadList.join('\\n')))`;
	const {stdout, stderr} = await run(process.execPath, [
		'--import',
		`data:text/javascript,${encodeURIComponent(report)}`,
		'dist/cli.js',
		'content/trump-putin-call.md',
		'--plain',
	]);
	expect(stdout).toContain('Trump talks to Putin');
	const loaded = new Set(stderr.split('\n'));
	expect(loaded.has('NativeModule fs')).toBe(true);
	// node:tty is left out of this list: chalk, which colours printed output on request, asks it
	// whether stdout is a terminal as it loads.
	for (const name of [
		'child_process',
		'internal/fs/streams',
		'internal/util/parse_args/parse_args',
	]) {
		expect(loaded.has(`NativeModule ${name}`), name).toBe(false);
	}
});
