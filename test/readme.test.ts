import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {keymapMarkdown} from '../source/ui/keymap.js';

const readme = readFileSync(new URL('../readme.md', import.meta.url), 'utf8');

/** The text under `## heading`, up to the next `##` heading. */
function section(heading: string): string {
	const start = readme.indexOf(`\n## ${heading}\n`);
	expect(start, `readme has a "## ${heading}" section`).toBeGreaterThanOrEqual(0);
	const end = readme.indexOf('\n## ', start + 1);
	return readme.slice(start, end === -1 ? undefined : end);
}

/**
 * A Markdown table's rows as trimmed cells, so a table formatted by prettier (padded columns)
 * equals the same table written compactly. The `|---|` row is left out.
 */
function tableRows(markdown: string): string[][] {
	return markdown
		.split('\n')
		.filter((line) => line.startsWith('|') && !/^\|[\s:|-]+\|$/.test(line))
		.map((line) =>
			line
				.slice(1, -1)
				.split(/(?<!\\)\|/)
				.map((cell) => cell.trim()),
		);
}

describe('readme', () => {
	test('the keys table is the keymap, row for row', () => {
		const rows = tableRows(section('Keys'));
		const expected = tableRows(keymapMarkdown());
		// On a mismatch, paste keymapMarkdown()'s table into the readme and run prettier.
		expect(rows).toEqual(expected);
		expect(rows.length).toBeGreaterThan(30);
	});

	test('the quick start is the two commands a newcomer runs', () => {
		expect(section('Quick start')).toContain('```sh\nnpm install && npm start\nnpm test\n```');
	});

	test.each(['| less -R', "--format json | jq '.quotes[] | .speaker'", 'npx readout'])(
		'shows %s',
		(recipe) => {
			expect(readme).toContain(recipe);
		},
	);

	test.each(['Install', 'Usage', 'Keys', 'Performance', 'Licence'])('has a %s section', (name) => {
		expect(section(name).length).toBeGreaterThan(`\n## ${name}\n`.length);
	});
});
