import type {Article, TimelineEvent} from '../article/types.js';
import {dateLabel, eventText, metaParts, outline} from './outline.js';
import {printable} from './printable.js';
import {style} from './style.js';
import {displayWidth, wrap, wrapIndented, wrapParts} from './wrap.js';

/** How to print an article as text. */
export type TextOptions = {
	/** Columns to wrap at; 0 means no wrapping. */
	readonly width: number;
	/** ANSI styles; without them the output holds no escape codes. */
	readonly color?: boolean;
	/** Print only this section (0-based), with its own quotes and events. */
	readonly section?: number;
};

/**
 * The article as plain text: title, a meta line (source · date · reading time), each section as
 * a numbered heading and its wrapped paragraphs, then Quotes (quote, speaker, section number),
 * Timeline (date column, summary, section number) and the copyright line. With `section`, only
 * that section and its quotes and events. Ends with a newline.
 */
export function renderText(article: Article, options: TextOptions): string {
	return [...textParts(article, options)].join('');
}

/**
 * `renderText` a part at a time (a block of lines and the blank line after it), so that a long
 * article can be written out as it is wrapped, without the whole text in memory at once.
 */
export function* textParts(article: Article, options: TextOptions): Generator<string> {
	let first = true;
	for (const block of textBlocks(article, options)) {
		// A long block comes in runs of lines, one after another with no blank line between.
		let start = true;
		for (const lines of 'runs' in block ? block.runs : [block]) {
			if (lines.length === 0) continue;
			yield (start ? (first ? '' : '\n\n') : '\n') + lines.join('\n');
			first = false;
			start = false;
		}
	}
	yield '\n';
}

/** Lines followed by a blank line; a long block given as runs of its lines. */
type Block = readonly string[] | {readonly runs: Iterable<readonly string[]>};

/** How many lines of a long block are put together before they are written. */
const runLines = 1024;

function* textBlocks(article: Article, options: TextOptions): Generator<Block> {
	const {width} = options;
	const paint = style(options.color ?? false);
	const view = outline(article, options.section);
	const whole = options.section === undefined;
	if (whole) {
		yield [
			...wrap(printable(article.title), width).map(paint.heading),
			...wrapParts(metaParts(article), ' · ', width).map(paint.muted),
		];
	}
	for (const {number, section} of view.sections) {
		yield wrap(`${number} ${printable(section.title)}`, width).map(paint.heading);
		for (const paragraph of section.paragraphs) {
			yield wrap(printable(paragraph), width);
		}
	}
	if (whole || view.quotes.length > 0) {
		yield [paint.heading('Quotes')];
		if (view.quotes.length === 0) {
			yield wrap('No quotes found.', width).map(paint.muted);
		}
		for (const quote of view.quotes) {
			const speaker = quote.speaker === null ? 'speaker unknown' : printable(quote.speaker);
			yield [
				...wrap(`“${printable(quote.text)}”`, width),
				...wrapIndented(`— ${speaker} · §${quote.section + 1}`, width, '  ').map(paint.accent),
			];
		}
	}
	if (whole || view.timeline.length > 0) {
		yield [paint.heading('Timeline')];
		if (view.timeline.length === 0) {
			yield wrap('No dated events found.', width).map(paint.muted);
		}
		let widest = 0;
		for (const event of view.timeline) widest = Math.max(widest, displayWidth(dateLabel(event)));
		yield {runs: timelineRuns(view.timeline, widest + 2, width)};
	}
	if (whole && article.copyright) {
		yield wrap(printable(article.copyright), width).map(paint.muted);
	}
}

/** The timeline's lines, the dates in a column `column` wide, a run of lines at a time. */
function* timelineRuns(
	timeline: readonly TimelineEvent[],
	column: number,
	width: number,
): Generator<string[]> {
	let lines: string[] = [];
	for (const event of timeline) {
		const eventLines = wrapIndented(
			`${eventText(event)} §${event.section + 1}`,
			width,
			dateLabel(event).padEnd(column),
			' '.repeat(column),
		);
		for (const line of eventLines) lines.push(line);
		if (lines.length >= runLines) {
			yield lines;
			lines = [];
		}
	}
	yield lines;
}
