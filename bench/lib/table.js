// The figures as a Markdown table, with the machine they were measured on above it.
import {cpus, loadavg, release, type} from 'node:os';

/**
 * One line of the table. `value` is null when the figure could not be measured (then `detail`
 * says why). Lower is better for every figure: PASS is within `target`, WARN within `must`
 * only, FAIL beyond `must`; a figure without a target is shown for information.
 * @typedef {{figure: string, value: number | null, unit: string, target?: number | null,
 *   must?: number | null, detail?: string}} Row
 */

/** `1.23×`, `12.3 ms`, `45.6 MB`, `0`. */
export function formatValue(value, unit) {
	if (value === null || !Number.isFinite(value)) return 'n/a';
	if (unit === '×') return `${value.toFixed(2)}×`;
	if (unit === 'ms') return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;
	if (unit === 'MB' || unit === 'KB')
		return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${unit}`;
	return `${value}${unit ? ` ${unit}` : ''}`;
}

/** PASS, WARN, FAIL, `n/a` (not measured) or `—` (no target). */
export function verdict(row) {
	if (row.value === null || !Number.isFinite(row.value)) return 'n/a';
	if (row.target === undefined || row.target === null) return '—';
	if (row.value <= row.target) return 'PASS';
	if (row.must !== undefined && row.must !== null && row.value <= row.must) return 'WARN';
	return 'FAIL';
}

/** The machine, one line: what every ratio below was measured on. */
export function machineLine() {
	const processors = cpus();
	const load = loadavg()
		.map((value) => value.toFixed(2))
		.join(' ');
	return (
		`Machine: ${type()} ${release()} · ${processors[0]?.model.trim() ?? 'unknown cpu'} · ` +
		`${processors.length} cores · Node ${process.version} · load ${load}`
	);
}

/** The rows as a Markdown table. */
export function formatTable(rows) {
	const header = ['figure', 'value', 'target', 'must', 'verdict', 'detail'];
	const lines = rows.map((row) => [
		row.figure,
		formatValue(row.value, row.unit),
		row.target === undefined || row.target === null
			? '—'
			: `≤ ${formatValue(row.target, row.unit)}`,
		row.must === undefined || row.must === null ? '—' : `≤ ${formatValue(row.must, row.unit)}`,
		verdict(row),
		(row.detail ?? '').replaceAll('|', '/'),
	]);
	const widths = header.map((title, column) =>
		Math.max(title.length, ...lines.map((line) => line[column].length)),
	);
	const format = (cells) =>
		`| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
	return [
		format(header),
		format(widths.map((width) => '-'.repeat(width))),
		...lines.map((line) => format(line)),
	].join('\n');
}
