import {Chalk} from 'chalk';

/** How printed text is emphasised: ANSI styles when colour is on, plain text when it is off. */
export type Style = {
	readonly heading: (text: string) => string;
	readonly muted: (text: string) => string;
	readonly accent: (text: string) => string;
};

// The level is given, never detected: the command line has already decided whether to colour
// (--color, --no-color, NO_COLOR, FORCE_COLOR), and bold, dim and cyan need only 16 colours.
const coloured = new Chalk({level: 1});
const plain = new Chalk({level: 0});

/** Bold headings, dim metadata, cyan speakers and dates; or no escape codes at all. */
export function style(color: boolean): Style {
	const chalk = color ? coloured : plain;
	// One argument only: chalk joins all it is given, and these are passed to Array.map.
	return {
		heading: (text) => chalk.bold(text),
		muted: (text) => chalk.dim(text),
		accent: (text) => chalk.cyan(text),
	};
}
