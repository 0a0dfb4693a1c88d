import {execFile} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {isBuiltin} from 'node:module';
import {promisify} from 'node:util';
import {expect, test} from 'vitest';
import {ReaderSession, thenWait} from './_helpers/pty.js';

// The bundle that `npm test` has just built into dist/ (see build.js): cli.js starts
// readout.js, the whole program as one script.
const run = promisify(execFile);
const program = readFileSync('dist/readout.js', 'utf8');

test('dist holds the launcher and the program, and no devtools', () => {
	expect(readdirSync('dist').sort()).toEqual(['cli.js', 'readout.js']);
	expect(program).not.toContain('react-devtools-core');
});

test('no file in dist imports a package: npx has nothing to install', () => {
	const bare = /(?:\bfrom|\bimport)\s*\(?\s*["'](?!node:|\.)([^"']+)["']/g;
	// Node's own modules may be named without `node:` (meow's bundled helpers do), and a list
	// of keywords such as ["export","import","null"] is not an import.
	const isPackage = (name: string) => /^(@[\w.-]+\/)?[\w.-]+/.test(name) && !isBuiltin(name);
	for (const file of ['dist/cli.js', 'dist/readout.js']) {
		const names = [...readFileSync(file, 'utf8').matchAll(bare)].map((match) => match[1] ?? '');
		expect(names.filter(isPackage)).toEqual([]);
	}
});

test('the program is a script: one function, with no import or export of its own', () => {
	expect(program.startsWith('(async function (require, __readoutImportMeta) {')).toBe(true);
	expect(program).not.toMatch(/\bimport\s*\(/);
});

test('the reader opens when DEV=true is set, as it may be in a user’s shell', async () => {
	const session = new ReaderSession([], 100, 30, {
		shell: thenWait('node dist/cli.js'),
		env: {DEV: 'true'},
	});
	try {
		await session.waitForText('Trump talks');
		session.press('q');
		expect(await session.exitStatus()).toBe(0);
		expect(session.output()).not.toMatch(/ERROR|devtools/);
	} finally {
		session.close();
	}
});

test('the program never touches fetch, whose first use loads undici', () => {
	expect(program).not.toMatch(/typeof fetch|fetch\(/);
});

test('the reader draws every frame even when CI is set: it only runs on a terminal', () => {
	expect(program).not.toContain('CONTINUOUS_INTEGRATION');
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
