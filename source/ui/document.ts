import type {Article} from '../article/types.js';
import {runStepsInSlices} from '../article/steps.js';
import {wrapRanges, type LineRange} from '../render/wrap.js';

/**
 * Where a line sits in the article: its section, its paragraph (-1 for the section heading)
 * and the offset of its first character in that paragraph or heading. Positions survive
 * re-wrapping, so the reading place is kept across resizes.
 */
export type Position = {
	readonly section: number;
	readonly paragraph: number;
	readonly start: number;
};

/** One display line of the article pane. */
export type Line = Position & {
	readonly kind: 'heading' | 'text' | 'blank';
	readonly text: string;
};

/**
 * The article as wrapped lines for one width. Only the line count of each heading and
 * paragraph is kept; the lines themselves are wrapped when asked for, so a frame costs the
 * lines in view, whatever the article's length.
 */
export type ArticleDocument = {
	readonly width: number;
	/** How many lines the article takes. */
	readonly length: number;
	/** The first line of each section (its heading). */
	readonly sectionLines: readonly number[];
	/** Line `index`, or undefined out of range. */
	line(index: number): Line | undefined;
	/** Lines `from` up to (not including) `to`, as far as they go. */
	slice(from: number, to: number): Line[];
	/** Index of the line that shows `position`: the last line starting at or before it. */
	lineAt(position: Position): number;
	/**
	 * True while only the paragraphs near the reading place are wrapped at this width, the line
	 * counts of the others estimated, until the article is indexed at it (see `documentAfter`).
	 */
	readonly provisional: boolean;
};

/** The one place text is wrapped for the article pane. */
function wrap(text: string, width: number): readonly LineRange[] {
	return wrapRanges(text, width);
}

/** The text as shown: control characters and line breaks become spaces, one for one. */
export function displayText(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
}

/** The heading shown for section `index`. */
export function headingText(article: Article, index: number): string {
	return `${index + 1} ${displayText(article.sections[index]?.title ?? '')}`;
}

/** The last index in the ascending `values` (up to `count`) at or below `target`; 0 if none. */
function lastAtOrBelow(values: ArrayLike<number>, count: number, target: number): number {
	let low = 0;
	let high = count - 1;
	let found = 0;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (values[middle]! <= target) {
			found = middle;
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	return found;
}

/** Wrapped blocks kept for drawing: a few screens' worth. */
const keptBlocks = 256;

// A block is a section heading or a paragraph, each followed by one blank line. Blocks are
// numbered in reading order: a section's heading, then its paragraphs.
class LazyDocument implements ArticleDocument {
	readonly sectionLines: number[];
	private readonly sectionStarts: Int32Array;
	private readonly wrapped = new Map<number, {text: string; ranges: readonly LineRange[]}>();

	constructor(
		readonly article: Article,
		readonly width: number,
		private readonly sectionBlocks: Int32Array,
		/** The first line of each block, and the line count after the last. */
		private readonly firstLines: Float64Array,
		readonly provisional = false,
	) {
		this.sectionLines = Array.from(sectionBlocks, (block) => firstLines[block]!);
		this.sectionStarts = Int32Array.from(article.sections, (section) => section.start);
	}

	get length(): number {
		return this.firstLines[this.firstLines.length - 1]!;
	}

	line(index: number): Line | undefined {
		if (index < 0 || index >= this.length || !Number.isInteger(index)) return undefined;
		const block = lastAtOrBelow(this.firstLines, this.firstLines.length - 1, index);
		const {section, paragraph} = this.placeOf(block);
		const {text, ranges} = this.wrappedBlock(block);
		const range = ranges[index - this.firstLines[block]!];
		const kind = paragraph < 0 ? 'heading' : 'text';
		return range
			? {section, paragraph, start: range.start, kind, text: text.slice(range.start, range.end)}
			: {section, paragraph, start: text.length, kind: 'blank', text: ''};
	}

	slice(from: number, to: number): Line[] {
		const lines: Line[] = [];
		for (let index = Math.max(0, from); index < Math.min(to, this.length); index++) {
			lines.push(this.line(index)!);
		}
		return lines;
	}

	/** The line showing `position`: the last one starting at or before it. */
	lineAt(position: Position): number {
		if (this.article.sections.length === 0) return 0;
		const block = this.blockOf(position);
		const {text, ranges} = this.wrappedBlock(block);
		const starts = [...ranges.map((range) => range.start), text.length];
		const within =
			position.start < starts[0]! ? 0 : lastAtOrBelow(starts, starts.length, position.start);
		return this.firstLines[block]! + within;
	}

	/**
	 * This document at another `width`, wrapped there only within `exactBlocks` blocks of
	 * `near`: the other blocks' line counts are this width's, scaled. Costs a pass over the
	 * blocks' counts, not over their text.
	 */
	provisionalAt(width: number, near: Position): LazyDocument {
		const blocks = this.firstLines.length - 1;
		const nearBlock = this.blockOf(near);
		const firstLines = new Float64Array(blocks + 1);
		let line = 0;
		for (let block = 0; block < blocks; block++) {
			firstLines[block] = line;
			const lines = this.firstLines[block + 1]! - this.firstLines[block]! - 1;
			line +=
				1 +
				(Math.abs(block - nearBlock) <= exactBlocks
					? wrap(blockText(this.article, this.placeOf(block)), width).length
					: Math.ceil((lines * this.width) / width));
		}
		firstLines[blocks] = line;
		return new LazyDocument(this.article, width, this.sectionBlocks, firstLines, true);
	}

	/** How many blocks (headings and paragraphs) the article has. */
	get blocks(): number {
		return this.firstLines.length - 1;
	}

	private blockOf(position: Position): number {
		const {sections} = this.article;
		let block: number;
		if (position.paragraph < 0) {
			block = this.sectionBlocks[Math.max(0, Math.min(sections.length - 1, position.section))]!;
		} else {
			const section = lastAtOrBelow(this.sectionStarts, sections.length, position.paragraph);
			const last = this.sectionBlocks[section + 1] ?? this.firstLines.length - 1;
			block = Math.min(
				last - 1,
				this.sectionBlocks[section]! + 1 + position.paragraph - sections[section]!.start,
			);
		}
		return block;
	}

	private placeOf(block: number): {section: number; paragraph: number} {
		const section = lastAtOrBelow(this.sectionBlocks, this.sectionBlocks.length, block);
		const heading = this.sectionBlocks[section]!;
		return {
			section,
			paragraph:
				block === heading ? -1 : this.article.sections[section]!.start + block - heading - 1,
		};
	}

	private wrappedBlock(block: number): {text: string; ranges: readonly LineRange[]} {
		let wrapped = this.wrapped.get(block);
		if (wrapped) {
			// Most recently used last, so the oldest is the first to go.
			this.wrapped.delete(block);
		} else {
			const text = blockText(this.article, this.placeOf(block));
			wrapped = {text, ranges: wrap(text, this.width)};
			if (this.wrapped.size >= keptBlocks) this.wrapped.delete(this.wrapped.keys().next().value!);
		}
		this.wrapped.set(block, wrapped);
		return wrapped;
	}
}

function blockText(article: Article, place: {section: number; paragraph: number}): string {
	if (place.paragraph < 0) return headingText(article, place.section);
	const section = article.sections[place.section]!;
	return displayText(section.paragraphs[place.paragraph - section.start] ?? '');
}

/**
 * Counts the lines of every block, a few hundred blocks per step, and ends with the document.
 * Each step yields, so a long article can be indexed in slices (see `prepareDocument`).
 */
function* indexSteps(article: Article, width: number): Generator<void, LazyDocument> {
	const {sections} = article;
	const sectionBlocks = new Int32Array(sections.length);
	let blocks = 0;
	sections.forEach((section, index) => {
		sectionBlocks[index] = blocks;
		blocks += 1 + section.paragraphs.length;
	});
	const firstLines = new Float64Array(blocks + 1);
	let block = 0;
	let line = 0;
	for (const [index, section] of sections.entries()) {
		firstLines[block++] = line;
		line += wrap(headingText(article, index), width).length + 1;
		for (const [count, paragraph] of section.paragraphs.entries()) {
			firstLines[block++] = line;
			line += wrap(displayText(paragraph), width).length + 1;
			if (count % 256 === 255) yield;
		}
	}
	firstLines[block] = line;
	return new LazyDocument(article, width, sectionBlocks, firstLines);
}

const cache = new WeakMap<Article, Map<number, ArticleDocument>>();
const keptWidths = 4;

function remember(article: Article, document: ArticleDocument): ArticleDocument {
	let byWidth = cache.get(article);
	if (!byWidth) {
		byWidth = new Map();
		cache.set(article, byWidth);
	}
	byWidth.set(document.width, document);
	// A long article wrapped at every width a window was dragged through would pile up.
	if (byWidth.size > keptWidths) byWidth.delete(byWidth.keys().next().value!);
	return document;
}

/** The article wrapped at `width` columns; each article is indexed once per width. */
export function documentFor(article: Article, width: number): ArticleDocument {
	const known = cache.get(article)?.get(width);
	if (known) return known;
	const steps = indexSteps(article, width);
	let next = steps.next();
	while (!next.done) next = steps.next();
	return remember(article, next.value);
}

/** Blocks wrapped exactly on each side of the reading place in a provisional document. */
const exactBlocks = 500;

/** Articles of more blocks than this are not indexed at once when the terminal is resized. */
const indexedAtOnceBlocks = 20_000;

/**
 * The article of `document` at a new `width`, for a resize: `documentFor`, unless the article is
 * long and not yet indexed at that width, when it is a provisional document (see
 * `provisionalAt`), exact near `near`, while `prepareDocument` indexes it in slices.
 */
export function documentAfter(
	document: ArticleDocument,
	article: Article,
	width: number,
	near: Position,
): ArticleDocument {
	const known = cache.get(article)?.get(width);
	if (known) return known;
	return document instanceof LazyDocument &&
		document.article === article &&
		document.blocks > indexedAtOnceBlocks
		? document.provisionalAt(width, near)
		: documentFor(article, width);
}

/**
 * Indexes the article at `width` in slices of a few milliseconds, giving the event loop back
 * between them, so that a long article's `documentFor` is ready without holding up keys.
 * Rejects with the signal's reason when `signal` aborts.
 */
export async function prepareDocument(
	article: Article,
	width: number,
	signal?: AbortSignal,
): Promise<void> {
	if (cache.get(article)?.has(width)) return;
	remember(article, await runStepsInSlices(indexSteps(article, width), signal));
}

/** Index of the line that shows `position`: the last line starting at or before it. */
export function lineAt(document: ArticleDocument, position: Position): number {
	return document.lineAt(position);
}

/** The position of line `index` (the first line when out of range). */
export function positionOf(document: ArticleDocument, index: number): Position {
	const line = document.line(Math.min(index, document.length - 1));
	return line
		? {section: line.section, paragraph: line.paragraph, start: line.start}
		: {section: 0, paragraph: -1, start: 0};
}
