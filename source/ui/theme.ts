import type {Emphasis} from './highlight.js';

/** Text attributes Ink's `<Text>` understands. */
export type Style = {
	readonly color?: string;
	readonly bold?: boolean;
	readonly inverse?: boolean;
	readonly underline?: boolean;
};

/**
 * Semantic styles. Only named ANSI colours, bold, underline and inverse are used, so text stays
 * readable on light and dark backgrounds; without colour, bold and inverse still mark things.
 */
export type Theme = {
	readonly emphasis: Readonly<Record<Emphasis, Style>>;
	readonly heading: Style;
	readonly title: Style;
	readonly focusedBorder: string | undefined;
	readonly selected: Style;
	readonly speaker: Style;
	readonly date: Style;
	readonly marker: Style;
	readonly status: Style;
};

/** The theme for a terminal with (`color`) or without colour. */
export function themeFor(color: boolean): Theme {
	return {
		emphasis: {
			plain: {},
			quote: color ? {color: 'magenta'} : {underline: true},
			match: {bold: true, underline: true},
			mark: color ? {color: 'red', bold: true, underline: true} : {bold: true, underline: true},
			current: {inverse: true, bold: true},
		},
		heading: {bold: true},
		title: {bold: true},
		focusedBorder: color ? 'green' : undefined,
		selected: {inverse: true},
		speaker: color ? {color: 'green'} : {},
		date: {bold: true},
		marker: color ? {color: 'magenta'} : {},
		status: {inverse: true},
	};
}
