import {spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, test} from 'vitest';
import {join} from 'node:path';
import {buildArticle} from '../../source/article/article.js';
import {renderJson} from '../../source/render/json.js';
import {renderMarkdown} from '../../source/render/markdown.js';
import {longArticle} from '../article/_long.js';
import {article, bundled, cli, environment, run, temporaryFiles} from './_run.js';

/* eslint-disable no-control-regex -- the tests look for escape codes in the output */

const longest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe.concurrent('printed output', () => {
	test.for(['json', 'markdown'])(
		'a file too long to read at once prints as its whole text built at once would (%s)',
		async (format, {expect}) => {
			const text = longArticle(3_000_000, true);
			const folder = temporaryFiles({'long.txt': text});
			const result = await run(['--format', format, join(folder, 'long.txt')]);
			expect(result.stderr).toBe('');
			expect(result.code).toBe(0);
			const model = buildArticle(text, {format: 'text'});
			expect(model.timeline.length).toBeGreaterThan(1000);
			expect(result.stdout).toBe(format === 'json' ? renderJson(model) : renderMarkdown(model));
		},
	);

	test('--plain prints the article as text with no escape codes', async ({expect}) => {
		const folder = temporaryFiles({'story.txt': article});
		const result = await run(['--plain', join(folder, 'story.txt')]);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout.split('\n')[0]).toBe('A headline');
		expect(result.stdout).toContain('\nFirst paragraph here.\n');
		expect(result.stdout).toMatch(/\nQuotes\n/);
		expect(result.stdout).toMatch(/\nTimeline\n/);
		expect(result.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
	});

	test('piped, the text is wrapped at 80 columns', async ({expect}) => {
		const {stdout} = await run([bundled]);
		expect(longest(stdout)).toBeLessThanOrEqual(80);
		expect(longest(stdout)).toBeGreaterThan(70);
	});

	test.for([20, 40, 57])('--width %i: no line wider', async (width, {expect}) => {
		const {stdout, code} = await run(['--width', String(width), bundled]);
		expect(code).toBe(0);
		expect(longest(stdout)).toBeLessThanOrEqual(width);
	});

	test('--width 0 does not wrap', async ({expect}) => {
		const {stdout} = await run(['--width=0', bundled]);
		expect(longest(stdout)).toBeGreaterThan(200);
	});

	test('--format json is the machine contract', async ({expect}) => {
		const {stdout, code} = await run(['--format', 'json', bundled]);
		expect(code).toBe(0);
		const json = JSON.parse(stdout) as Record<string, unknown>;
		expect(typeof json['title']).toBe('string');
		expect(Array.isArray(json['sections'])).toBe(true);
		expect(Array.isArray(json['quotes'])).toBe(true);
		expect(Array.isArray(json['timeline'])).toBe(true);
	});

	test('--format markdown starts with the title heading', async ({expect}) => {
		const {stdout} = await run(['--format', 'markdown', bundled]);
		expect(stdout.startsWith('# ')).toBe(true);
	});

	test('--section prints only that section', async ({expect}) => {
		const {stdout, code} = await run(['--section', '1', bundled]);
		expect(code).toBe(0);
		expect(stdout.startsWith('1 ')).toBe(true);
		expect(stdout).not.toMatch(/^2 /m);
	});

	test('colour only when forced', async ({expect}) => {
		expect((await run([bundled])).stdout).not.toContain('\x1b');
		expect((await run(['--color', bundled])).stdout).toContain('\x1b[1m');
		expect((await run([bundled], {env: {FORCE_COLOR: '1'}})).stdout).toContain('\x1b[');
		const noColor = await run(['--no-color', bundled], {env: {FORCE_COLOR: '1'}});
		expect(noColor.stdout).not.toContain('\x1b');
	});
});

describe.concurrent('input', () => {
	test('a piped stdin is read', async ({expect}) => {
		const {stdout, code} = await run(['--plain'], {input: article});
		expect(code).toBe(0);
		expect(stdout.split('\n')[0]).toBe('A headline');
		expect(stdout).toContain('Second paragraph here.');
	});

	test("'-' reads stdin", async ({expect}) => {
		const {stdout, code} = await run(['-', '--format', 'json'], {input: article});
		expect(code).toBe(0);
		expect(JSON.parse(stdout).title).toBe('A headline');
	});

	test('a slow stdin is waited for', async ({expect}) => {
		const child = spawn(process.execPath, [cli, '--plain'], {env: environment()});
		let stdout = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stdin.write('A slow headline\n\nFirst ');
		// The writer pauses mid-article; readout must keep reading rather than take what came.
		setTimeout(() => child.stdin.end('paragraph.\n'), 700);
		const code = await new Promise((resolve) => child.on('close', resolve));
		expect(code).toBe(0);
		expect(stdout).toContain('First paragraph.');
	});

	test('the version is the package version', async ({expect}) => {
		const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};
		const result = await run(['--version']);
		expect(result).toEqual({code: 0, stdout: `${manifest.version}\n`, stderr: ''});
	});

	test('the readme shows the real --help', async ({expect}) => {
		const {stdout} = await run(['--help']);
		expect(readFileSync('readme.md', 'utf8')).toContain('$ readout --help\n' + stdout);
	});

	test('--help lists every flag', async ({expect}) => {
		const {stdout, code} = await run(['--help']);
		expect(code).toBe(0);
		for (const flag of [
			'--format',
			'--plain',
			'--width',
			'--date',
			'--section',
			'--color',
			'--no-color',
			'--help',
			'--version',
		]) {
			expect(stdout).toContain(flag);
		}
	});
});
