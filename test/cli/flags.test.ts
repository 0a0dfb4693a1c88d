import {describe, expect, test} from 'vitest';
import {parseArguments, UsageError, type Options} from '../../source/cli/flags.js';
import {environmentColor, wantsInteractive} from '../../source/cli/mode.js';

const defaults: Options = {
	file: undefined,
	format: undefined,
	plain: false,
	width: undefined,
	date: undefined,
	section: undefined,
	color: undefined,
	help: false,
	version: false,
};

describe('parseArguments', () => {
	test.each<[string[], Partial<Options>]>([
		[[], {}],
		[['story.md'], {file: 'story.md'}],
		[['-'], {file: '-'}],
		[['--plain', '--width', '40'], {plain: true, width: 40}],
		[['--width=0'], {width: 0}],
		[['--format', 'json', '--section', '3'], {format: 'json', section: 3}],
		[['--date', '2016-02-29'], {date: '2016-02-29'}],
		[['--color'], {color: true}],
		[['--no-color'], {color: false}],
		[['--help'], {help: true}],
		[['--version'], {version: true}],
		[['--', '--plain'], {file: '--plain'}],
	])('%j', (argv, expected) => {
		expect(parseArguments(argv, import.meta)).toEqual({...defaults, ...expected});
	});

	test.each([
		[['--wdith', '40'], "unknown flag '--wdith'"],
		[['--no-width'], "unknown flag '--no-width'"],
		[['-p'], "unknown flag '-p'"],
		[['--width', '4.5'], '--width must be a whole number'],
		[['--section', '-1'], '--section must be a whole number from 1'],
		[['--date', '2016-11-31'], '--date must be a real date'],
		[['--date', '16-11-14'], '--date must be a real date'],
		[['--format', 'html'], '--format must be text, markdown or json'],
		[['a.md', 'b.md'], 'one article at a time'],
	])('%j is a usage error', (argv, message) => {
		expect(() => parseArguments(argv, import.meta)).toThrow(UsageError);
		expect(() => parseArguments(argv, import.meta)).toThrow(message);
	});
});

describe('wantsInteractive', () => {
	test.each([
		[true, false, {}, true],
		[false, false, {}, false],
		[true, true, {}, false],
		[true, false, {CI: 'true'}, false],
		[true, false, {CI: '1'}, false],
		[true, false, {CI: 'false'}, true],
		[true, false, {CI: '0'}, true],
		[true, false, {TERM: 'dumb'}, false],
		[true, false, {TERM: 'xterm-256color'}, true],
	])(
		'terminal %s, print asked %s, %j → %s',
		(stdoutIsTerminal, printRequested, environment, expected) => {
			expect(wantsInteractive({stdoutIsTerminal, printRequested, environment})).toBe(expected);
		},
	);
});

describe('environmentColor', () => {
	test.each([
		[{}, undefined],
		[{NO_COLOR: '1'}, false],
		[{NO_COLOR: ''}, undefined],
		[{FORCE_COLOR: '1'}, true],
		[{FORCE_COLOR: ''}, true],
		[{FORCE_COLOR: '0'}, false],
		[{FORCE_COLOR: 'false'}, false],
		[{FORCE_COLOR: '1', NO_COLOR: '1'}, true],
	])('%j → %s', (environment, expected) => {
		expect(environmentColor(environment)).toBe(expected);
	});
});
