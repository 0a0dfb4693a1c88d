import {cleanLine, collapseSpace, splitCopyrightFooter} from './clean.js';
import {normalizeLineEnds} from './decode.js';
import {splitFrontMatter} from './front-matter.js';
import {readMarkdown} from './markdown.js';
import {segmentParagraphs, sectionsFromHeadings, type HeadedPart} from './sections.js';
import type {Metadata, Section} from './types.js';

export type InputFormat = 'markdown' | 'text';

export type ParsedDocument = {
	readonly metadata: Metadata;
	readonly sections: readonly Section[];
	/** The format the text was read as (`auto` resolved). */
	readonly format: InputFormat;
};

/**
 * Reads article text into metadata and sections. Never throws.
 *
 * `markdown`: optional YAML front matter (see `splitFrontMatter`), the first `#` heading as the
 * title (front matter `title` wins), every other heading starting a section (see
 * `readMarkdown`), paragraphs between blank lines. Text before the first heading becomes a first
 * section titled from its text. Without any section heading, sections are found by lexical
 * cohesion (see `segmentParagraphs`).
 *
 * `text`: the first non-empty line is the headline; each further non-empty line is a paragraph,
 * unless the text is hard-wrapped (blank-line-separated blocks of several lines of 30 to 100
 * characters, see `isHardWrapped`), when each block is a paragraph. Sections are always found by
 * lexical cohesion.
 *
 * `auto` (the default): Markdown when the text opens with front matter or has a `#`–`######`
 * heading line, else text.
 *
 * Either way every title, heading and paragraph is cleaned for the terminal (`cleanLine`), empty
 * paragraphs are dropped, and a trailing copyright footer moves to `metadata.copyright` unless
 * front matter gives one.
 */
export function parse(text: string, format: InputFormat | 'auto' = 'auto'): ParsedDocument {
	const normalized = normalizeLineEnds(text.startsWith('\ufeff') ? text.slice(1) : text);
	const frontMatter =
		format === 'text'
			? {present: false, fields: null, body: normalized}
			: splitFrontMatter(normalized);
	const resolved = format === 'auto' ? detectFormat(frontMatter.body, frontMatter.present) : format;
	const document =
		resolved === 'markdown' ? readMarkdown(frontMatter.body) : readTextParts(frontMatter.body);

	const parts = document.parts.map((part) => ({
		heading: part.heading === null ? null : cleanLine(part.heading),
		paragraphs: part.paragraphs.map((paragraph) => cleanLine(paragraph)).filter(Boolean),
	}));
	const footer = takeFooter(parts);
	const hasHeadings = parts.some((part) => part.heading !== null);
	const sections = hasHeadings
		? sectionsFromHeadings(parts)
		: segmentParagraphs(parts.flatMap((part) => part.paragraphs));

	const fields = frontMatter.fields;
	return {
		metadata: {
			title: fields?.title ?? cleanLine(document.title ?? ''),
			source: fields?.source ?? null,
			author: fields?.author ?? null,
			published: fields?.published ?? null,
			url: fields?.url ?? null,
			copyright: fields?.copyright ?? footer,
		},
		sections,
		format: resolved,
	};
}

/** Markdown when front matter is present or some line is an ATX heading (`# Title`, `## Part`). */
export function detectFormat(body: string, hasFrontMatter = false): InputFormat {
	return hasFrontMatter || /^ {0,3}#{1,6}(?:[ \t]|$)/m.test(body) ? 'markdown' : 'text';
}

type RawDocument = {
	readonly title: string | null;
	readonly parts: readonly HeadedPart[];
};

function readTextParts(body: string): RawDocument {
	const lines = body.split('\n');
	const titleIndex = lines.findIndex((line) => line.trim() !== '');
	if (titleIndex === -1) {
		return {title: null, parts: [{heading: null, paragraphs: []}]};
	}

	const rest = lines.slice(titleIndex + 1);
	const paragraphs = isHardWrapped(rest)
		? blocksOf(rest).map((block) => block.join(' '))
		: rest.filter((line) => line.trim() !== '');
	return {title: lines[titleIndex] ?? '', parts: [{heading: null, paragraphs}]};
}

/** Runs of non-blank lines. */
function blocksOf(lines: readonly string[]): string[][] {
	const blocks: string[][] = [];
	let block: string[] = [];
	for (const line of lines) {
		if (line.trim() === '') {
			if (block.length > 0) {
				blocks.push(block);
			}

			block = [];
		} else {
			block.push(line);
		}
	}

	if (block.length > 0) {
		blocks.push(block);
	}

	return blocks;
}

/** Lines this long may be the wrapped lines of a longer paragraph. */
const wrapWidths = {minimum: 30, maximum: 100};

/**
 * Hard-wrapped text has blank-line-separated blocks, some of several lines, and nearly all of
 * the lines followed by another line in their block (the lines that would have wrapped) are of
 * a wrapping width, 30 to 100 characters. Blocks of long lines, or of short ones like
 * `One.\nTwo.`, are one paragraph per line, as scraped text usually is.
 */
function isHardWrapped(lines: readonly string[]): boolean {
	let wrapped = 0;
	let short = 0;
	const blocks = blocksOf(lines);
	if (blocks.length < 2) {
		return false;
	}

	for (const block of blocks) {
		for (const line of block.slice(0, -1)) {
			wrapped++;
			const length = collapseSpace(line).length;
			if (length >= wrapWidths.minimum && length <= wrapWidths.maximum) {
				short++;
			}
		}
	}

	return wrapped > 0 && short >= wrapped * 0.8;
}

/** Moves the copyright footer out of the last part that has paragraphs. */
function takeFooter(parts: Array<{heading: string | null; paragraphs: string[]}>): string | null {
	const last = parts.findLast((part) => part.paragraphs.length > 0);
	if (!last) {
		return null;
	}

	const split = splitCopyrightFooter(last.paragraphs);
	last.paragraphs = [...split.paragraphs];
	return split.copyright;
}
