import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, test} from 'vitest';
import {cli, shell, temporaryFiles} from './_run.js';

let folder = '';
let big = '';

beforeAll(() => {
	// About 1.5 MB of output: far more than a pipe holds, so the writer must wait for readers.
	const paragraphs = Array.from(
		{length: 3000},
		(_, index) =>
			`Paragraph ${index} says the same long thing again and again, ${'word '.repeat(80)}`,
	);
	folder = temporaryFiles({'big.txt': ['A long headline', ...paragraphs].join('\n\n')});
	big = join(folder, 'big.txt');
});

describe.concurrent('as a shell runs it', () => {
	test('a reader that stops early (| head -1) ends quietly with status 0', async ({expect}) => {
		const result = await shell(
			`node ${cli} --plain ${big} | head -1; echo "status \${PIPESTATUS[0]}"`,
		);
		expect(result.stdout).toBe('A long headline\nstatus 0\n');
		expect(result.stderr).toBe('');
	});

	test('every byte reaches a slow reader', async ({expect}) => {
		const result = await shell(
			`node ${cli} --plain ${big} > ${folder}/direct.txt && ` +
				`node ${cli} --plain ${big} | (sleep 1; cat) > ${folder}/slow.txt; echo "status \${PIPESTATUS[0]}"`,
		);
		expect(result.stdout).toBe('status 0\n');
		const direct = readFileSync(join(folder, 'direct.txt'), 'utf8');
		expect(direct.length).toBeGreaterThan(1_000_000);
		expect(readFileSync(join(folder, 'slow.txt'), 'utf8')).toBe(direct);
	});

	test('a full disk is a one-line write error with status 1', async ({expect}) => {
		const result = await shell(`node ${cli} --plain ${big} > /dev/full`);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe('readout: write error: no space left on device\n');
	});

	test('a slow writer on stdin is waited for', async ({expect}) => {
		const result = await shell(
			`(sleep 1; cat ${big}) | node ${cli} --plain | grep -c '^Paragraph '`,
		);
		expect(result.stdout).toBe('3000\n');
		expect(result.stderr).toBe('');
	});
});

test('the printed path never starts the interactive reader', async ({expect}) => {
	// The reader's layout engine (yoga) is WebAssembly, compiled as the reader's code starts.
	const watch = [
		'const seen = () => process.on("exit", () => process.stderr.write("webassembly\\n"));',
		'for (const name of ["instantiate", "compile"]) {',
		'  const original = WebAssembly[name];',
		'  WebAssembly[name] = (...options) => (seen(), original(...options));',
		'}',
	].join('\n');
	// Quoted for the shell: encodeURIComponent leaves parentheses as they are.
	const preload = `'--import=data:text/javascript,${encodeURIComponent(watch)}'`;
	const text = await shell(`node ${preload} ${cli} --plain ${big} | head -1`);
	expect(text).toEqual({code: 0, stdout: 'A long headline\n', stderr: ''});
	const json = await shell(`node ${preload} ${cli} --format json ${big}`);
	expect(json.stderr).toBe('');
	expect(JSON.parse(json.stdout).title).toBe('A long headline');
	// The same watch does see the reader start.
	const reader = await shell(
		`node ${preload} -e "require('node:fs'); WebAssembly.compile(new Uint8Array([0,97,115,109,1,0,0,0]))"`,
	);
	expect(reader.stderr).toBe('webassembly\n');
});
