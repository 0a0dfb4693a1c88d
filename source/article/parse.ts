import {cleanLine, splitCopyrightFooter} from './clean.js';
import {normalizeLineEnds} from './decode.js';
import {splitFrontMatter, type FrontMatter} from './front-matter.js';
import {MarkdownReader} from './markdown.js';
import {HardWrapScan, TextReader} from './plain-text.js';
import {sectionsFromHeadings, segmentSteps} from './sections.js';
import {runSteps, stepCharacters, within, type Steps} from './steps.js';
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
 * `MarkdownReader`), paragraphs between blank lines. Text before the first heading becomes a first
 * section titled from its text. Without any section heading, sections are found by lexical
 * cohesion (see `segmentParagraphs`).
 *
 * `text`: the first non-empty line is the headline; each further non-empty line is a paragraph,
 * unless the text is hard-wrapped (blank-line-separated blocks of several lines of 30 to 100
 * characters, see `HardWrapScan`), when each block is a paragraph. Sections are always found by
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
	return runSteps(parseSteps(text, format)).document;
}

/** A document read from the whole body, or from its opening only (see `parseSteps`). */
export type PartialDocument = {
	readonly document: ParsedDocument;
	/** The share of the body that was read: 1 when all of it was. */
	readonly read: number;
};

/**
 * `parse` in steps (see `Steps`): the body is read line by line, each paragraph cleaned as it
 * is read, so no array of all the lines is built. With `limit`, only the body's first `limit`
 * characters or so are read (see `cutAtLineEnd`): the format is still decided from the whole
 * text, but whether plain text is hard-wrapped is judged from what is read, and the copyright
 * footer is left in place, as the end of the text is not seen.
 */
export function* parseSteps(
	text: string,
	format: InputFormat | 'auto' = 'auto',
	limit = Number.POSITIVE_INFINITY,
): Steps<PartialDocument> {
	const withoutMark = text.startsWith('\ufeff') ? text.slice(1) : text;
	// Decoded text has LF line ends already: skip the copy of the whole text when it can.
	const normalized = withoutMark.includes('\r') ? normalizeLineEnds(withoutMark) : withoutMark;
	const frontMatter =
		format === 'text'
			? {present: false, fields: null, body: normalized}
			: splitFrontMatter(normalized);
	const {body} = frontMatter;
	const resolved = format === 'auto' ? detectFormat(body, frontMatter.present) : format;
	const end = limit >= body.length ? body.length : cutAtLineEnd(body, limit);
	const raw = yield* within(
		0,
		0.5,
		readSteps(resolved, (line) => lineSteps(body, end, line)),
	);
	const document = yield* within(
		0.5,
		1,
		documentSteps(raw, frontMatter.fields, resolved, end === body.length),
	);
	return {document, read: body.length === 0 ? 1 : end / body.length};
}

/** Calls its argument with each line of a text, in steps. */
export type LineSource = (line: (text: string, start: number, stop: number) => void) => Steps<void>;

/** Reads a document's lines in the given format, each paragraph pushed to a list from `newList`. */
export function readSteps(
	format: InputFormat,
	lines: LineSource,
	newList?: () => string[],
): Steps<RawDocument> {
	return format === 'markdown' ? markdownSteps(lines, newList) : textSteps(lines, newList);
}

/** The metadata and sections of a document read: the footer taken off when `complete`. */
export function* documentSteps(
	{title, parts}: RawDocument,
	fields: FrontMatter['fields'] | null,
	format: InputFormat,
	complete: boolean,
): Steps<ParsedDocument> {
	const footer = complete ? takeFooter(parts) : null;
	const hasHeadings = parts.some((part) => part.heading !== null);
	const sections = hasHeadings
		? sectionsFromHeadings(parts)
		: yield* segmentSteps(
				parts.length === 1
					? (parts[0]?.paragraphs ?? [])
					: parts.flatMap((part) => part.paragraphs),
			);

	return {
		metadata: {
			title: fields?.title ?? cleanLine(title ?? ''),
			source: fields?.source ?? null,
			author: fields?.author ?? null,
			published: fields?.published ?? null,
			url: fields?.url ?? null,
			copyright: fields?.copyright ?? footer,
		},
		sections,
		format,
	};
}

export type RawDocument = {
	/** The headline or `#` title as written, or null. */
	readonly title: string | null;
	/** Headings (clean, null before the first) and the clean paragraphs under them. */
	readonly parts: Array<{heading: string | null; paragraphs: string[]}>;
};

/** Reads lines as Markdown (see `MarkdownReader`). */
function* markdownSteps(lines: LineSource, newList?: () => string[]): Steps<RawDocument> {
	const reader = new MarkdownReader(cleanLine, newList);
	yield* lines((text, start, stop) => {
		reader.line(text.slice(start, stop));
	});
	reader.finish();
	const parts = reader.parts.map((part) => ({
		heading: part.heading === null ? null : cleanLine(part.heading),
		paragraphs: part.paragraphs,
	}));
	return {title: reader.title, parts};
}

/** Reads lines as plain text: first whether it is hard-wrapped, then its paragraphs. */
function* textSteps(lines: LineSource, newList?: () => string[]): Steps<RawDocument> {
	const scan = new HardWrapScan();
	yield* within(
		0,
		0.2,
		lines((text, start, stop) => {
			scan.line(text, start, stop);
		}),
	);
	const reader = new TextReader(scan.hardWrapped, cleanLine, newList);
	yield* within(
		0.2,
		1,
		lines((text, start, stop) => {
			reader.line(text, start, stop);
		}),
	);
	reader.finish();
	const {title, paragraphs} = reader;
	if (paragraphs.length === 0 && title !== null && title.length > longestHeadline) {
		// One long line and nothing else: it is the article's text, not its headline.
		const text = cleanLine(title);
		return {title: headlineOf(text), parts: [{heading: null, paragraphs: text ? [text] : []}]};
	}
	return {title, parts: [{heading: null, paragraphs}]};
}

/** A first line longer than this, with no other line after it, is a text without a headline. */
const longestHeadline = 300;

/**
 * A headline for a text that has none: its first sentence when that is short, else its first
 * words up to about 80 characters, with an ellipsis.
 */
function headlineOf(text: string): string {
	const sentence = /^.{10,120}?[.!?](?=\s|$)/su.exec(text)?.[0];
	if (sentence) return sentence;
	const cut = text.lastIndexOf(' ', 80);
	return `${text.slice(0, cut > 40 ? cut : 80).replace(/[\uD800-\uDBFF]$/u, '')}…`;
}

/**
 * Markdown when front matter is present or some line is an ATX heading (`# Title`, `## Part`):
 * up to three spaces, one to six `#`, then a space, a tab or the line's end. Found by jumping
 * from `#` to `#`, so text without any costs one native scan.
 */
export function detectFormat(body: string, hasFrontMatter = false): InputFormat {
	if (hasFrontMatter) {
		return 'markdown';
	}

	for (let index = body.indexOf('#'); index !== -1; index = body.indexOf('#', index)) {
		let runEnd = index;
		while (body.charCodeAt(runEnd) === 0x23) {
			runEnd++;
		}

		let lineStart = index;
		while (lineStart > 0 && index - lineStart < 4 && body.charCodeAt(lineStart - 1) === 0x20) {
			lineStart--;
		}

		const atLineStart = lineStart === 0 || isLineTerminator(body.charCodeAt(lineStart - 1));
		const after = body.charCodeAt(runEnd);
		const endsRun =
			runEnd === body.length || after === 0x20 || after === 0x09 || isLineTerminator(after);
		if (atLineStart && index - lineStart <= 3 && runEnd - index <= 6 && endsRun) {
			return 'markdown';
		}

		index = runEnd;
	}

	return 'text';
}

/** The line terminators of regular expressions, where `^` and `$` match in multiline mode. */
function isLineTerminator(code: number): boolean {
	return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** Calls `line` with `text` and the bounds of each of its lines up to `end`, in steps. */
export function* lineSteps(
	text: string,
	end: number,
	line: (text: string, start: number, stop: number) => void,
): Steps<void> {
	let start = 0;
	let lastPause = 0;
	while (start <= end) {
		const newline = text.indexOf('\n', start);
		const stop = newline === -1 || newline > end ? end : newline;
		line(text, start, stop);
		start = stop + 1;
		if (start - lastPause >= stepCharacters && start < end) {
			lastPause = start;
			yield start / end;
		}
	}
}

/**
 * Where to stop reading the opening `limit` characters of a body: at the last paragraph break
 * (blank line) in the second half of the window, else the last line end there, else the last
 * space there (a long paragraph is then cut short), else at `limit` itself, never inside a
 * surrogate pair. The second half, so that the share read stays close to `limit`.
 */
function cutAtLineEnd(body: string, limit: number): number {
	for (const separator of ['\n\n', '\n', ' ']) {
		const index = body.lastIndexOf(separator, limit);
		if (index > limit / 2) {
			return index;
		}
	}

	const code = body.charCodeAt(limit - 1);
	return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** Moves the copyright footer out of the last part that has paragraphs. */
function takeFooter(parts: Array<{heading: string | null; paragraphs: string[]}>): string | null {
	const last = parts.findLast((part) => part.paragraphs.length > 0);
	if (!last) {
		return null;
	}

	// The footer and a stray trailer after it are at most the last two paragraphs.
	const tail = last.paragraphs.slice(-2);
	const split = splitCopyrightFooter(tail);
	last.paragraphs.length -= tail.length - split.paragraphs.length;
	return split.copyright;
}
