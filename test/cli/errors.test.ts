import {truncateSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, test} from 'vitest';
import {article, bundled, run, temporaryFiles} from './_run.js';

let folder = '';

beforeAll(() => {
	folder = temporaryFiles({
		'story.txt': article,
		'empty.txt': '',
		'blank.txt': ' \n\t\n\n   ',
		'nul.txt': Buffer.from('A headline\n\nbody\0with a NUL byte\n'),
		'noise.bin': Buffer.from(
			Array.from({length: 4096}, (_, index) => 0x80 + ((index * 37) % 0x7f)),
		),
		'latin1.txt': Buffer.from(
			'Caf\xe9 society\n\nA na\xefve r\xe9sum\xe9 of the year.\n',
			'latin1',
		),
	});
	// A sparse file: larger than the limit without writing 600 MB.
	writeFileSync(join(folder, 'huge.txt'), '');
	truncateSync(join(folder, 'huge.txt'), 600 * 1024 * 1024);
});

const file = (name: string) => join(folder, name);

describe.concurrent('one line on stderr and the right exit status', () => {
	test.for([
		[['missing.md'], 1, "readout: cannot read 'missing.md': no such file"],
		[[() => folder], 1, 'is a directory'],
		[[() => file('empty.txt')], 1, "empty.txt': empty"],
		[[() => file('blank.txt')], 1, "blank.txt': empty"],
		[[() => file('nul.txt')], 1, "nul.txt': binary file"],
		[[() => file('noise.bin')], 1, "noise.bin': binary file"],
		[[() => file('huge.txt')], 1, "huge.txt': larger than 512 MiB"],
		[
			['bad\x1b[31mname\x07.md'],
			1,
			"readout: cannot read 'bad\\u{1b}[31mname\\u{7}.md': no such file",
		],
		[['--no-such-flag'], 2, "readout: unknown flag '--no-such-flag' (see readout --help)"],
		[['-x'], 2, "readout: unknown flag '-x'"],
		[['--width', 'abc'], 2, "readout: --width must be a whole number, not 'abc'"],
		[['--width', '-3'], 2, "readout: --width must be a whole number, not '-3'"],
		[['--width'], 2, "readout: --width must be a whole number, not ''"],
		[
			['--date', '2016-13-45'],
			2,
			"readout: --date must be a real date as YYYY-MM-DD, not '2016-13-45'",
		],
		[['--date', '2015-02-29'], 2, 'real date'],
		[['--date', 'yesterday'], 2, 'real date'],
		[['--format', 'yaml'], 2, "readout: --format must be text, markdown or json, not 'yaml'"],
		[['--section', '0'], 2, "readout: --section must be a whole number from 1, not '0'"],
		[
			['--section', '99', () => bundled],
			2,
			'readout: --section 99 is out of range: the article has',
		],
		[[() => bundled, () => bundled], 2, 'readout: one article at a time, not 2'],
		[['--width', '40', '--width', '60'], 2, 'readout: The flag --width can only be set once.'],
	] as const)('%j → %i', async ([args, status, message], {expect}) => {
		const argv = args.map((arg) => (typeof arg === 'function' ? arg() : arg));
		const result = await run(argv, {input: article});
		expect(result.code).toBe(status);
		expect(result.stdout).toBe('');
		expect(result.stderr.endsWith('\n')).toBe(true);
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(result.stderr.startsWith('readout: ')).toBe(true);
		expect(result.stderr).toContain(message);
	});

	test('an empty stdin named with - is an error', async ({expect}) => {
		const result = await run(['--plain', '-'], {input: ''});
		expect(result).toEqual({
			code: 1,
			stdout: '',
			stderr: 'readout: cannot read standard input: empty\n',
		});
	});

	test('an empty piped stdin without - shows the bundled article', async ({expect}) => {
		const result = await run(['--plain'], {input: ''});
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(/^Trump talks to Putin/);
	});

	test('a file with a few bytes that are not UTF-8 is still read', async ({expect}) => {
		const result = await run([file('latin1.txt')]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('\uFFFD');
	});

	test('DEBUG=readout adds the stack trace', async ({expect}) => {
		const result = await run(['missing.md'], {env: {DEBUG: 'readout'}});
		expect(result.code).toBe(1);
		expect(result.stderr.split('\n').length).toBeGreaterThan(2);
	});
});
