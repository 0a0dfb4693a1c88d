/** The three layouts, and the notice shown when the terminal is too small for any. */
export type Tier = 'wide' | 'medium' | 'narrow' | 'tiny';

/** Outer size of a pane, borders included. */
export type Size = {readonly width: number; readonly height: number};

/**
 * Where everything goes for one terminal size. Frames are one line shorter than the terminal:
 * a frame as tall as the terminal makes Ink clear the whole screen, scrollback included.
 */
export type Layout = {
	readonly tier: Tier;
	readonly columns: number;
	readonly rows: number;
	/** Lines Ink draws: header, body and status line. */
	readonly frameHeight: number;
	readonly bodyHeight: number;
	/** Left column: sections (wide), or sections / quotes / timeline in turn (medium). */
	readonly side: Size | null;
	readonly article: Size;
	/** Right column (wide only): quotes over timeline. */
	readonly quotes: Size | null;
	readonly timeline: Size | null;
	/** Narrow: one pane at a time under a tab bar. */
	readonly tabs: boolean;
};

/** Below 40 × 10 the reader shows a one-line notice instead. */
export const minimumColumns = 40;
/** See `minimumColumns`. */
export const minimumRows = 10;
/** From this width: sections | article | quotes over timeline. */
export const wideColumns = 120;
/** From this width: sections (or quotes or timeline) | article; below it one pane at a time. */
export const mediumColumns = 80;

/** Pane border (2) plus the pane title row. */
export const paneChromeRows = 3;
/** Pane border plus one column of padding on each side. */
export const paneChromeColumns = 4;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Breakpoints and pane sizes for a terminal of `columns` × `rows`. */
export function computeLayout(columns: number, rows: number): Layout {
	const frameHeight = Math.max(1, rows - 1);
	if (columns < minimumColumns || rows < minimumRows) {
		const zero = {width: 0, height: 0};
		return {
			tier: 'tiny',
			columns,
			rows,
			frameHeight: 1,
			bodyHeight: 0,
			side: null,
			article: zero,
			quotes: null,
			timeline: null,
			tabs: false,
		};
	}
	// Header and status line take one row each.
	const bodyHeight = frameHeight - 2;
	const base = {columns, rows, frameHeight, bodyHeight};
	if (columns >= wideColumns) {
		const sideWidth = clamp(Math.round(columns * 0.18), 20, 32);
		const rightWidth = clamp(Math.round(columns * 0.3), 34, 56);
		const quotesHeight = Math.ceil(bodyHeight / 2);
		return {
			...base,
			tier: 'wide',
			side: {width: sideWidth, height: bodyHeight},
			article: {width: columns - sideWidth - rightWidth, height: bodyHeight},
			quotes: {width: rightWidth, height: quotesHeight},
			timeline: {width: rightWidth, height: bodyHeight - quotesHeight},
			tabs: false,
		};
	}
	if (columns >= mediumColumns) {
		const sideWidth = clamp(Math.round(columns * 0.32), 26, 36);
		return {
			...base,
			tier: 'medium',
			side: {width: sideWidth, height: bodyHeight},
			article: {width: columns - sideWidth, height: bodyHeight},
			quotes: null,
			timeline: null,
			tabs: false,
		};
	}
	// The tab bar takes one more row.
	return {
		...base,
		tier: 'narrow',
		side: null,
		article: {width: columns, height: bodyHeight - 1},
		quotes: null,
		timeline: null,
		tabs: true,
	};
}

/** Text columns and rows inside a pane of outer size `size`. */
export function innerSize(size: Size): Size {
	return {
		width: Math.max(1, size.width - paneChromeColumns),
		height: Math.max(1, size.height - paneChromeRows),
	};
}

/** Rows of the help overlay in view: the body less the pane's border and title. */
export function helpHeight(layout: Layout): number {
	return Math.max(1, layout.bodyHeight - paneChromeRows);
}
