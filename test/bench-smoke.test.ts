import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {expect, test} from 'vitest';

// The benchmark harness runs and produces figures. No timing is asserted: machines are noisy.
const run = promisify(execFile);
const bench = (...args: string[]) =>
	run(process.execPath, ['bench/run.js', '--no-build', ...args], {timeout: 20_000});

type Row = {figure: string; value: number | null; unit: string; detail?: string};

test('the printed-path figure is a ratio measured against node', async () => {
	const {stdout} = await bench('--quick', '--runs', '3', '--only', 'printed', '--json');
	const {machine, rows} = JSON.parse(stdout) as {machine: string; rows: Row[]};
	expect(machine).toMatch(/cores · Node v\d+/);
	// With the compile cache a previous run left, and without one.
	expect(rows.map((row) => row.figure)).toEqual([
		"printed path / node -e ''",
		"printed path, no compile cache / node -e ''",
	]);
	for (const printed of rows) {
		expect(printed.unit).toBe('×');
		expect(printed.detail).toMatch(/^median of 3: /);
		expect(Number.isFinite(printed.value)).toBe(true);
		expect(printed.value).toBeGreaterThan(0);
	}
});

test('the table shows the machine, then each figure with its value, limits and verdict', async () => {
	const {stdout} = await bench('--quick', '--runs', '2', '--only', 'printed,package');
	const lines = stdout.trim().split('\n');
	expect(lines[0]).toMatch(/^Machine: .+ · \d+ cores · Node v\d+/);
	const printed = lines.find((line) => line.startsWith('| printed path'));
	expect(printed).toMatch(/\| \d+\.\d\d× +\| ≤ 1\.50× +\| ≤ 2\.50× +\| (PASS|WARN|FAIL) /);
	const dependencies = lines.find((line) => line.startsWith('| runtime dependencies'));
	expect(dependencies).toMatch(/\| \d+ +\| ≤ 0 +\| ≤ 0 +\| (PASS|FAIL) /);
});

test('every key of the bundled article is timed: each one changes the screen', async () => {
	const {stdout} = await bench('--runs', '1', '--only', 'keys', '--json');
	const {rows} = JSON.parse(stdout) as {rows: Row[]};
	expect(rows.map((row) => row.figure)).toEqual([
		'key j',
		'key Space',
		'key ]',
		'key G',
		'key / search',
	]);
	const untimed = rows.filter((row) => !Number.isFinite(row.value) || row.value! <= 0);
	expect(untimed.map((row) => `${row.figure}: ${row.detail}`)).toEqual([]);
});

test('an unknown group is a usage error', async () => {
	await expect(bench('--only', 'nonsense')).rejects.toMatchObject({
		code: 2,
		stderr: expect.stringContaining('bench: unknown group: nonsense'),
	});
});
