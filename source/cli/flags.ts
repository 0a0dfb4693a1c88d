import meow from 'meow';
import {safeName} from '../article/read.js';

/** A mistake in how readout was called; exit status 2. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

export type OutputFormat = 'text' | 'markdown' | 'json';

/** The command line, checked. */
export type Options = {
	/** The article file, `-` for stdin, or undefined for stdin when piped / the bundled article. */
	readonly file: string | undefined;
	readonly format: OutputFormat | undefined;
	readonly plain: boolean;
	readonly width: number | undefined;
	readonly date: string | undefined;
	/** 1-based, as the reader typed it. */
	readonly section: number | undefined;
	readonly color: boolean | undefined;
	readonly help: boolean;
	readonly version: boolean;
};

/** The `--help` text; lists every flag. */
export const helpText = `
Usage
  $ readout [file]

  Reads a news article: full screen on a terminal, printed text when piped.
  file is a .md or .txt article; '-' or a piped stdin reads standard input;
  without either, the bundled article is shown.

Options
  --format text|markdown|json  Print in this format (default: text)
  --plain                      Print instead of drawing, even on a terminal
  --width N                    Wrap printed text at N columns (0: no wrapping;
                               default: the terminal width, or 80 when piped)
  --date YYYY-MM-DD            The article's date, for relative dates
  --section N                  Print only section N (1-based)
  --color, --no-color          Force colour on or off (also NO_COLOR, FORCE_COLOR)
  --help                       Show this help
  --version                    Show the version

Examples
  $ readout story.md
  $ curl -s https://example.com/story.txt | readout
  $ readout --plain | less -R
  $ readout --format json | jq '.quotes[] | .speaker'
`;

const valueFlags = new Set(['format', 'width', 'date', 'section']);
const booleanFlags = new Set(['plain', 'color', 'help', 'version']);

/** Parses and checks the arguments (without `node` and the script); throws UsageError. */
export function parseArguments(argv: readonly string[], importMeta: ImportMeta): Options {
	checkFlagNames(argv);
	let cli;
	try {
		cli = meow(helpText, {
			importMeta,
			// The version is read from package.json next to the program; meow need not search for it.
			pkg: {name: 'readout'},
			argv: [...argv],
			description: false,
			autoHelp: false,
			autoVersion: false,
			booleanDefault: undefined,
			flags: {
				format: {type: 'string'},
				plain: {type: 'boolean'},
				width: {type: 'string'},
				date: {type: 'string'},
				section: {type: 'string'},
				color: {type: 'boolean'},
				help: {type: 'boolean'},
				version: {type: 'boolean'},
			},
		});
	} catch (error) {
		// meow throws on a repeated flag such as `--width 40 --width 60`.
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
	const {flags, input} = cli;
	if (input.length > 1) {
		throw new UsageError(`one article at a time, not ${input.length}`);
	}
	return {
		file: input[0],
		format: checkFormat(flags.format),
		plain: flags.plain === true,
		width: checkCount('--width', flags.width, 0),
		date: checkDate(flags.date),
		section: checkCount('--section', flags.section, 1),
		color: flags.color,
		help: flags.help === true,
		version: flags.version === true,
	};
}

/** meow reports unknown flags on two lines and exits; readout wants one line and exit 2. */
function checkFlagNames(argv: readonly string[]): void {
	for (let index = 0; index < argv.length; index++) {
		const token = argv[index] ?? '';
		if (token === '--') {
			return;
		}
		if (!token.startsWith('-') || token === '-') {
			continue;
		}
		const name = token.replace(/^--?/, '').split('=')[0] ?? '';
		const known =
			token.startsWith('--') &&
			(valueFlags.has(name) ||
				booleanFlags.has(name) ||
				(name.startsWith('no-') && booleanFlags.has(name.slice(3))));
		if (!known) {
			throw new UsageError(`unknown flag '${safeName(token)}' (see readout --help)`);
		}
		if (valueFlags.has(name) && !token.includes('=')) {
			index++;
		}
	}
}

function checkFormat(value: string | undefined): OutputFormat | undefined {
	if (value === undefined || value === 'text' || value === 'markdown' || value === 'json') {
		return value;
	}
	throw new UsageError(`--format must be text, markdown or json, not '${safeName(value)}'`);
}

function checkCount(flag: string, value: string | undefined, minimum: number): number | undefined {
	if (value === undefined) {
		return undefined;
	}
	if (!/^\d{1,9}$/.test(value) || Number(value) < minimum) {
		const kind = minimum === 0 ? 'a whole number' : `a whole number from ${minimum}`;
		throw new UsageError(`${flag} must be ${kind}, not '${safeName(value)}'`);
	}
	return Number(value);
}

/** A real calendar date as `YYYY-MM-DD` (so not `2016-13-45` or `2015-02-29`). */
function checkDate(value: string | undefined): string | undefined {
	if (value === undefined) {
		return undefined;
	}
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (match) {
		const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
		const date = new Date(Date.UTC(year, month - 1, day));
		if (
			date.getUTCFullYear() === year &&
			date.getUTCMonth() === month - 1 &&
			date.getUTCDate() === day
		) {
			return value;
		}
	}
	throw new UsageError(`--date must be a real date as YYYY-MM-DD, not '${safeName(value)}'`);
}
