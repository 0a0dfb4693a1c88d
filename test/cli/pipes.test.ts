import {cpSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, test} from 'vitest';
import {cli, root, shell, temporaryFiles} from './_run.js';

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

test('the printed path runs without the interactive reader in the bundle', async ({expect}) => {
	// Keep only the chunks cli.js imports statically; the lazily imported reader is gone.
	const copy = join(temporaryFiles({}), 'dist');
	cpSync(join(root, 'dist'), copy, {recursive: true});
	const loaded = new Set<string>();
	const visit = (file: string): void => {
		loaded.add(file);
		const code = readFileSync(join(copy, file), 'utf8');
		for (const [, path] of code.matchAll(/(?:from|import)\s*"\.\/(?:chunks\/)?([^"]+\.js)"/g)) {
			const name = `chunks/${path}`;
			if (!loaded.has(name)) {
				visit(name);
			}
		}
	};
	visit('cli.js');
	const lazy = readdirSync(join(copy, 'chunks')).filter((chunk) => !loaded.has(`chunks/${chunk}`));
	expect(lazy.length).toBeGreaterThan(0);
	for (const chunk of lazy) {
		rmSync(join(copy, 'chunks', chunk));
	}
	const text = await shell(`node ${join(copy, 'cli.js')} --plain ${big} | head -1`);
	expect(text).toEqual({code: 0, stdout: 'A long headline\n', stderr: ''});
	const json = await shell(`node ${join(copy, 'cli.js')} --format json ${big}`);
	expect(json.code).toBe(0);
	expect(JSON.parse(json.stdout).title).toBe('A long headline');
});
