import {
	chmodSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, test} from 'vitest';
import {cacheFile, writeCache} from '../../source/launch/compile-cache.js';
import {ReaderSession, thenWait} from '../_helpers/pty.js';
import {run, shell} from './_run.js';

// dist/cli.js compiles the program with V8's code cache from the last run (source/launch.ts).
// With DEBUG=readout it says on stderr what became of the cache.
let home = '';
const sessions: ReaderSession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) session.close();
});

function freshHome(): string {
	home = mkdtempSync(path.join(tmpdir(), 'readout-cache-'));
	return home;
}

const folder = () => path.join(home, 'readout');
const files = () => readdirSync(folder()).sort();
const printed = (extra: NodeJS.ProcessEnv = {}) =>
	run(['content/trump-putin-call.md', '--plain'], {
		env: {XDG_CACHE_HOME: home, DEBUG: 'readout', ...extra},
	});

test('the first printed run writes a private cache, and the next uses it with the same output', async () => {
	freshHome();
	const first = await printed();
	expect(first.code).toBe(0);
	expect(first.stderr).toMatch(/found no compile cache\n.*wrote code-\S+-printer\.bin\n/);
	const [name] = files();
	expect(name).toMatch(/^code-.+-printer\.bin$/);
	expect(statSync(folder()).mode & 0o777).toBe(0o700);
	expect(statSync(path.join(folder(), name ?? '')).mode & 0o777).toBe(0o600);

	const second = await printed();
	expect(second.stderr).toBe(`readout: used ${name}\n`);
	expect(second.stdout).toBe(first.stdout);
	expect(second.stdout).toContain('Trump talks to Putin');
});

test('a damaged cache is rejected and replaced, and changes nothing in the output', async () => {
	freshHome();
	const clean = await printed();
	const [name = ''] = files();
	writeFileSync(path.join(folder(), name), 'not compiled code at all');
	const damaged = await printed();
	expect(damaged.stderr).toMatch(
		new RegExp(`rejected ${name.replaceAll('.', '\\.')}\n.*wrote ${name.replaceAll('.', '\\.')}\n`),
	);
	expect(damaged.stdout).toBe(clean.stdout);
	expect(readFileSync(path.join(folder(), name), 'utf8')).not.toContain('not compiled code');
	expect((await printed()).stderr).toBe(`readout: used ${name}\n`);
});

test('files of other builds and other Node versions are removed as a cache is written', async () => {
	freshHome();
	mkdirSync(folder());
	writeFileSync(path.join(folder(), 'code-1.0.0-x64-0123456789abcdef-printer.bin'), 'old');
	writeFileSync(path.join(folder(), 'notes.txt'), 'not ours');
	await printed();
	expect(files()).toEqual([expect.stringMatching(/^code-.+-printer\.bin$/), 'notes.txt']);
});

test.each([
	['a cache folder that cannot be made', '/proc/readout-cannot-be-here'],
	['a cache home that is a file', '/dev/null'],
])('%s: the output is the same, with nothing on stderr', async (_name, where) => {
	freshHome();
	const reference = await printed();
	const result = await run(['content/trump-putin-call.md', '--plain'], {
		env: {XDG_CACHE_HOME: where},
	});
	expect(result).toEqual({code: 0, stdout: reference.stdout, stderr: ''});
});

test('the reader writes its own cache, which later runs keep using', async () => {
	freshHome();
	await printed();
	const open = async () => {
		const session = new ReaderSession([], 100, 30, {
			shell: thenWait('node dist/cli.js'),
			env: {XDG_CACHE_HOME: home},
		});
		sessions.push(session);
		await session.waitForText('Trump talks');
		session.press('q');
		expect(await session.exitStatus()).toBe(0);
	};
	await open();
	const reader = files().find((name) => name.endsWith('-reader.bin')) ?? '';
	expect(reader).not.toBe('');
	const written = statSync(path.join(folder(), reader)).mtimeMs;
	await open();
	expect(statSync(path.join(folder(), reader)).mtimeMs).toBe(written);
	// A printed run keeps to its own.
	const printer = files().find((name) => name.endsWith('-printer.bin'));
	expect((await printed()).stderr).toBe(`readout: used ${printer}\n`);
});

test.each([
	['XDG_CACHE_HOME', {XDG_CACHE_HOME: '/var/cache/x'}, '/home/ana', '/var/cache/x/readout'],
	['~/.cache without it', {}, '/home/ana', '/home/ana/.cache/readout'],
	[
		'~/.cache when XDG_CACHE_HOME is relative',
		{XDG_CACHE_HOME: 'cache'},
		'/home/ana',
		'/home/ana/.cache/readout',
	],
])('the cache lives in %s', (_name, environment, homeFolder, expected) => {
	expect(cacheFile(environment, 'key', 'reader', () => homeFolder)?.folder).toBe(expected);
});

test('without a home there is no cache', () => {
	expect(cacheFile({}, 'key', 'reader', () => '')).toBeUndefined();
	const throwing = () => {
		throw new Error('no home');
	};
	expect(cacheFile({}, 'key', 'reader', throwing)).toBeUndefined();
});

test('a cache folder others may write to is neither read nor written', async () => {
	freshHome();
	await printed();
	chmodSync(folder(), 0o777);
	const [name = ''] = files();
	const before = readFileSync(path.join(folder(), name));
	const result = await printed();
	expect(result.stderr).toBe('readout: found no compile cache\n');
	expect(readFileSync(path.join(folder(), name))).toEqual(before);
	expect(result.stdout).toContain('Trump talks to Putin');
});

test('a launcher without its program says so in one line', async () => {
	const copy = mkdtempSync(path.join(tmpdir(), 'readout-broken-'));
	writeFileSync(path.join(copy, 'package.json'), '{"type": "module"}');
	mkdirSync(path.join(copy, 'dist'));
	writeFileSync(path.join(copy, 'dist', 'cli.js'), readFileSync('dist/cli.js'));
	const {code, stdout, stderr} = await shell(`node ${path.join(copy, 'dist', 'cli.js')} --plain`);
	expect({code, stdout}).toEqual({code: 1, stdout: ''});
	expect(stderr).toMatch(/^readout: cannot read \S+readout\.js \(ENOENT\): reinstall readout\n$/);
});

test('a damaged program says so in one line', async () => {
	const copy = mkdtempSync(path.join(tmpdir(), 'readout-damaged-'));
	writeFileSync(path.join(copy, 'package.json'), '{"type": "module"}');
	mkdirSync(path.join(copy, 'dist'));
	writeFileSync(path.join(copy, 'dist', 'cli.js'), readFileSync('dist/cli.js'));
	const program = readFileSync('dist/readout.js', 'utf8');
	writeFileSync(path.join(copy, 'dist', 'readout.js'), program.slice(0, program.length / 2));
	const {code, stdout, stderr} = await shell(`node ${path.join(copy, 'dist', 'cli.js')} --plain`, {
		XDG_CACHE_HOME: freshHome(),
	});
	expect({code, stdout}).toEqual({code: 1, stdout: ''});
	expect(stderr).toMatch(/^readout: \S+readout\.js is damaged: reinstall readout\n$/);
});

test('a cache that cannot be written whole leaves nothing behind', () => {
	const folder = path.join(freshHome(), 'readout');
	mkdirSync(folder, {mode: 0o700});
	const file = {folder, name: 'code-test-reader.bin'};
	// /dev/full takes no byte: a write there fails as on a full disk.
	symlinkSync('/dev/full', path.join(folder, `code-test-reader.bin.${process.pid}.tmp`));
	expect(writeCache(file, 'test', Buffer.alloc(1024))).toBe(false);
	expect(readdirSync(folder)).toEqual([]);
});
