import {execFile} from 'node:child_process';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {build} from 'esbuild';
import {afterAll, beforeAll, expect, test} from 'vitest';
// @ts-expect-error -- build.js is plain JavaScript, checked by its own run
import {editDependencies} from '../build.js';
import {inkFrames} from './_helpers/ink-frames.js';

// build.js edits string-width, Ink's output and ansi-tokenize as they are bundled, to draw
// common text faster. The same frames drawn by the edited bundle and by the packages as they
// are must be byte for byte the same.
const run = promisify(execFile);
let folder = '';
let bundled = '';

beforeAll(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'readout-ink-edits-'));
	bundled = path.join(folder, 'frames.js');
	await build({
		stdin: {
			contents: `import {inkFrames} from './test/_helpers/ink-frames.tsx';\nprocess.stdout.write(JSON.stringify(inkFrames()));`,
			resolveDir: process.cwd(),
			loader: 'ts',
		},
		outfile: bundled,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		jsx: 'automatic',
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {
			js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);",
		},
		plugins: [editDependencies],
		logLevel: 'silent',
	});
}, 60_000);

afterAll(async () => {
	await rm(folder, {recursive: true, force: true});
});

test('the bundle holds the edited drawing code', async () => {
	const code = await readFile(bundled, 'utf8');
	expect(code).toContain('isSingleColumn(line)');
	expect(code).toContain('from === 0 && to === width ? line : sliceAnsi(line, from, to)');
	expect(code).toContain('row.push(blankCell)');
	expect(code).toContain('if (isSingleColumn(string))');
});

test('frames drawn by the edited bundle equal those of the packages as published', async () => {
	const {stdout} = await run(process.execPath, [bundled], {env: {...process.env, CI: 'false'}});
	const edited = JSON.parse(stdout) as string[];
	const published = inkFrames();
	expect(edited).toHaveLength(published.length);
	for (const [index, frame] of published.entries()) {
		expect(frame).not.toContain('ERROR');
		expect(frame.length).toBeGreaterThan(100);
		expect(edited[index]).toBe(frame);
	}
});
