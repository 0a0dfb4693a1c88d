/**
 * The one key table. Every command the reader knows is listed once with its keys, a help line
 * and the contexts it applies in. Input handling (`matchKey`), the `?` help screen and the
 * readme's keys table (`keymapMarkdown`) are all generated from it, so help never drifts.
 */

/** Where a key is read: the article pane, a focused list pane, the help overlay, the search prompt. */
export type Context = 'article' | 'list' | 'help' | 'prompt';

/** A key as `keyName` spells it: a character, or a name such as `down`, `enter`, `ctrl-c`. */
export type Key = string;

/** One command's entry in the key table. */
export type Binding = {
	readonly command: Command;
	/** Each entry is a key sequence; most are one key long (`''` is two). */
	readonly keys: ReadonlyArray<readonly Key[]>;
	readonly description: string;
	readonly contexts: readonly Context[];
	/** Short label for the status line's key hints. */
	readonly hint?: string;
};

/** Everything a key can ask the reader to do. */
export type Command =
	| 'line-down'
	| 'line-up'
	| 'page-down'
	| 'page-up'
	| 'half-page-down'
	| 'half-page-up'
	| 'top'
	| 'bottom'
	| 'next-section'
	| 'previous-section'
	| 'section-by-number'
	| 'select-next'
	| 'select-previous'
	| 'open-selected'
	| 'search'
	| 'next-match'
	| 'previous-match'
	| 'clear-search'
	| 'focus-next'
	| 'focus-previous'
	| 'quotes-pane'
	| 'timeline-pane'
	| 'sections-pane'
	| 'back'
	| 'help'
	| 'close-help'
	| 'scroll-help-down'
	| 'scroll-help-up'
	| 'submit-search'
	| 'cancel-search'
	| 'erase'
	| 'quit'
	| 'interrupt'
	| 'suspend';

const single = (...keys: Key[]) => keys.map((key) => [key]);
const digits = single('1', '2', '3', '4', '5', '6', '7', '8', '9');
const reading: Context[] = ['article', 'list'];

/** The key table, in the order the help shows it. */
export const keymap: readonly Binding[] = [
	{
		command: 'line-down',
		keys: single('j', 'down'),
		description: 'line down',
		contexts: ['article'],
	},
	{command: 'line-up', keys: single('k', 'up'), description: 'line up', contexts: ['article']},
	{
		command: 'page-down',
		keys: single('space', 'f', 'pagedown'),
		description: 'page down',
		contexts: reading,
	},
	{command: 'page-up', keys: single('b', 'pageup'), description: 'page up', contexts: reading},
	{command: 'half-page-down', keys: single('d'), description: 'half page down', contexts: reading},
	{command: 'half-page-up', keys: single('u'), description: 'half page up', contexts: reading},
	{command: 'top', keys: single('g', 'home'), description: 'top of the article', contexts: reading},
	{
		command: 'bottom',
		keys: single('G', 'end'),
		description: 'end of the article',
		contexts: reading,
	},
	{
		command: 'next-section',
		keys: single(']', 'right', 'l'),
		description: 'next section',
		contexts: reading,
		hint: 'section',
	},
	{
		command: 'previous-section',
		keys: single('[', 'left', 'h'),
		description: 'previous section',
		contexts: reading,
	},
	{
		command: 'section-by-number',
		keys: digits,
		description: 'section by number',
		contexts: reading,
	},
	{
		command: 'select-next',
		keys: single('j', 'down'),
		description: 'next item in a list',
		contexts: ['list'],
	},
	{
		command: 'select-previous',
		keys: single('k', 'up'),
		description: 'previous item in a list',
		contexts: ['list'],
	},
	{
		command: 'open-selected',
		keys: single('enter'),
		description: 'open the selected section, quote or event in the text',
		contexts: ['list'],
	},
	{command: 'search', keys: single('/'), description: 'search', contexts: reading, hint: 'search'},
	{command: 'next-match', keys: single('n'), description: 'next match', contexts: reading},
	{command: 'previous-match', keys: single('N'), description: 'previous match', contexts: reading},
	{
		command: 'clear-search',
		keys: single('escape'),
		description: 'clear the search',
		contexts: reading,
	},
	{
		command: 'focus-next',
		keys: single('tab'),
		description: 'focus the next pane',
		contexts: reading,
		hint: 'pane',
	},
	{
		command: 'focus-previous',
		keys: single('shift-tab'),
		description: 'focus the previous pane',
		contexts: reading,
	},
	{
		command: 'quotes-pane',
		keys: single('"'),
		description: 'quotes pane',
		contexts: reading,
		hint: 'quotes',
	},
	{
		command: 'timeline-pane',
		keys: single('@'),
		description: 'timeline pane',
		contexts: reading,
		hint: 'timeline',
	},
	{command: 'sections-pane', keys: single('t'), description: 'sections pane', contexts: reading},
	{
		command: 'back',
		keys: [['backspace'], ["'", "'"]],
		description: 'back to where you were before a jump',
		contexts: reading,
	},
	{command: 'help', keys: single('?'), description: 'help', contexts: reading, hint: 'help'},
	{
		command: 'close-help',
		keys: single('?', 'escape', 'q'),
		description: 'close the help',
		contexts: ['help'],
	},
	{
		command: 'scroll-help-down',
		keys: single('j', 'down', 'space'),
		description: 'scroll the help down',
		contexts: ['help'],
	},
	{
		command: 'scroll-help-up',
		keys: single('k', 'up', 'b'),
		description: 'scroll the help up',
		contexts: ['help'],
	},
	{
		command: 'submit-search',
		keys: single('enter'),
		description: 'search for the typed text',
		contexts: ['prompt'],
	},
	{
		command: 'cancel-search',
		keys: single('escape'),
		description: 'close the search prompt',
		contexts: ['prompt'],
	},
	{
		command: 'erase',
		keys: single('backspace'),
		description: 'erase a character',
		contexts: ['prompt'],
	},
	{command: 'quit', keys: single('q'), description: 'quit', contexts: reading, hint: 'quit'},
	{
		command: 'interrupt',
		keys: single('ctrl-c'),
		description: 'quit at once',
		contexts: ['article', 'list', 'help', 'prompt'],
	},
	{
		command: 'suspend',
		keys: single('ctrl-z'),
		description: 'suspend to the shell',
		contexts: ['article', 'list', 'help', 'prompt'],
	},
];

/** What a key press means: a command, the start of a longer sequence, or nothing. */
export type KeyMatch =
	| {readonly kind: 'command'; readonly binding: Binding}
	| {readonly kind: 'pending'; readonly sequence: readonly Key[]}
	| {readonly kind: 'none'};

/** Looks up `key` (after the keys already `pending`) in `context`. Pure. */
export function matchKey(context: Context, pending: readonly Key[], key: Key): KeyMatch {
	const sequence = [...pending, key];
	let prefix = false;
	for (const binding of keymap) {
		if (!binding.contexts.includes(context)) {
			continue;
		}
		for (const keys of binding.keys) {
			if (keys.length === sequence.length && keys.every((k, i) => k === sequence[i])) {
				return {kind: 'command', binding};
			}
			if (keys.length > sequence.length && sequence.every((k, i) => k === keys[i])) {
				prefix = true;
			}
		}
	}
	if (prefix) {
		return {kind: 'pending', sequence};
	}
	// An unfinished sequence is dropped and the key read on its own.
	return pending.length > 0 ? matchKey(context, [], key) : {kind: 'none'};
}

const keyLabels: Record<string, string> = {
	down: '↓',
	up: '↑',
	left: '←',
	right: '→',
	space: 'Space',
	pagedown: 'PgDn',
	pageup: 'PgUp',
	home: 'Home',
	end: 'End',
	enter: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	'shift-tab': 'Shift-Tab',
	backspace: 'Backspace',
	'ctrl-c': 'Ctrl-C',
	'ctrl-z': 'Ctrl-Z',
};

/** How a binding's keys are written in help: `j ↓`, `1–9`, `Backspace ''`. */
export function keyLabel(binding: Binding): string {
	return keyTokens(binding).join(' ');
}

/** Each key sequence of a binding as written, the digits 1 to 9 as one `1–9`. */
function keyTokens(binding: Binding): string[] {
	const labels = binding.keys.map((keys) => keys.map((key) => keyLabels[key] ?? key).join(''));
	return labels.join('') === '123456789' ? ['1–9'] : labels;
}

const contextNames: Record<Context, string> = {
	article: 'article',
	list: 'lists',
	help: 'help',
	prompt: 'search prompt',
};

/** Where a binding applies, in words. */
export function contextLabel(binding: Binding): string {
	return binding.contexts.map((context) => contextNames[context]).join(', ');
}

/** The keymap as a Markdown table (the readme's keys table is kept equal to it). */
export function keymapMarkdown(): string {
	const escape = (text: string) => text.replaceAll('|', '\\|');
	const rows = keymap.map(
		(binding) =>
			`| ${escape(binding.description)} | ${keyTokens(binding)
				.map((token) => '`' + escape(token) + '`')
				.join(' ')} | ${contextLabel(binding)} |`,
	);
	return ['| action | keys | where |', '|---|---|---|', ...rows].join('\n') + '\n';
}

/** Key hints for the status line, from the bindings that have one, most important first. */
export function keyHints(): string[] {
	const order: Command[] = [
		'help',
		'quit',
		'search',
		'next-section',
		'focus-next',
		'quotes-pane',
		'timeline-pane',
	];
	return keymap
		.filter((binding) => binding.hint)
		.sort((a, b) => order.indexOf(a.command) - order.indexOf(b.command))
		.map((binding) => `${keyLabel(binding).split(' ')[0]} ${binding.hint}`);
}
