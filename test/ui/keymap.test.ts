import {describe, expect, test} from 'vitest';
import {
	keyLabel,
	keymap,
	keymapMarkdown,
	matchKey,
	type Command,
	type Context,
} from '../../source/ui/keymap.js';
import {characterKey, keyName} from '../../source/ui/key-names.js';

const contexts: Context[] = ['article', 'list', 'help', 'prompt'];

describe('the key table is complete', () => {
	test.each(keymap.map((binding) => [binding.command, binding] as const))(
		'%s has keys, a help line and a place',
		(_command, binding) => {
			expect(binding.keys.length).toBeGreaterThan(0);
			expect(binding.keys.every((keys) => keys.length > 0)).toBe(true);
			expect(binding.description.trim()).not.toBe('');
			expect(binding.contexts.length).toBeGreaterThan(0);
			expect(keyLabel(binding)).not.toBe('');
		},
	);

	test('each command is listed once', () => {
		const commands = keymap.map((binding) => binding.command);
		expect(new Set(commands).size).toBe(commands.length);
	});

	test.each(contexts)('no key is bound twice in the %s context', (context) => {
		const seen = new Map<string, Command>();
		for (const binding of keymap.filter((binding) => binding.contexts.includes(context))) {
			for (const keys of binding.keys) {
				const name = keys.join(' ');
				expect(seen.get(name), `${name} in ${context}`).toBeUndefined();
				seen.set(name, binding.command);
			}
		}
		expect(seen.size).toBeGreaterThan(0);
	});

	test('every context can quit at once', () => {
		for (const context of contexts) {
			const match = matchKey(context, [], 'ctrl-c');
			expect(match.kind === 'command' && match.binding.command).toBe('interrupt');
		}
	});
});

describe('matching keys', () => {
	const cases: Array<[Context, string[], string, string]> = [
		['article', [], 'j', 'line-down'],
		['list', [], 'j', 'select-next'],
		['article', [], 'G', 'bottom'],
		['article', [], '5', 'section-by-number'],
		['list', [], '5', 'section-by-number'],
		['help', [], 'q', 'close-help'],
		['article', [], 'q', 'quit'],
		['prompt', [], 'enter', 'submit-search'],
		['article', ["'"], "'", 'back'],
		['article', [], 'backspace', 'back'],
	];
	test.each(cases)('%s: %j then %s → %s', (context, pending, key, command) => {
		const match = matchKey(context, pending, key);
		expect(match.kind === 'command' ? match.binding.command : match.kind).toBe(command);
	});

	test("a lone ' waits for the second", () => {
		expect(matchKey('article', [], "'")).toEqual({kind: 'pending', sequence: ["'"]});
	});

	test('an unbound key in the prompt matches nothing (it is typed)', () => {
		expect(matchKey('prompt', [], 'q')).toEqual({kind: 'none'});
	});

	test('Ink key flags become key names', () => {
		expect(keyName('', {downArrow: true})).toBe('down');
		expect(keyName('', {tab: true, shift: true})).toBe('shift-tab');
		expect(keyName('', {delete: true})).toBe('backspace');
		expect(keyName('c', {ctrl: true})).toBe('ctrl-c');
		expect(keyName(' ', {})).toBe('space');
		expect(keyName('G', {shift: true})).toBe('G');
		expect(['\r', '\t', '\u007F', '\u0003', ' ', 'x'].map(characterKey)).toEqual([
			'enter',
			'tab',
			'backspace',
			'ctrl-c',
			'space',
			'x',
		]);
	});
});

describe('the Markdown keys table', () => {
	const table = keymapMarkdown();

	test('has a header and one row per command', () => {
		const lines = table.trim().split('\n');
		expect(lines[0]).toBe('| action | keys | where |');
		expect(lines).toHaveLength(keymap.length + 2);
	});

	test('shows the keys of every command', () => {
		expect(table).toContain('| line down | `j` `↓` | article |');
		expect(table).toContain("`Backspace` `''`");
		expect(table).toContain('`Ctrl-C`');
		expect(table).toContain('| section by number | `1–9` | article, lists |');
	});
});
