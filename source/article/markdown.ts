import {detached} from './plain-text.js';

/** A heading and the paragraphs under it; `heading` is null before the first heading. */
export type MarkdownPart = {
	readonly heading: string | null;
	readonly paragraphs: string[];
};

/**
 * Reads the block structure of a Markdown body (front matter already removed), one line at a
 * time, so a long body is never split into an array of lines. The first `#` heading is the
 * title; every other ATX heading, `##` to `######` and any later `#`, starts a part: headings
 * are not nested, so a `###` section sits beside the `##` ones. Paragraphs are runs of lines
 * between blank lines, joined by a space, then passed through `clean`; those it leaves empty
 * are dropped. Blockquote markers (`>`, however deeply nested) are stripped; thematic breaks and
 * link reference definitions are dropped. Inline markup is cleaned with `stripInlineMarkdown`.
 * Every step is linear in the length of the line.
 */
export class MarkdownReader {
	/** The text of the first `#` heading, or null. */
	title: string | null = null;
	readonly parts: MarkdownPart[];
	private lines: string[] = [];

	/** `newList` makes the array each part's paragraphs are pushed to. */
	constructor(
		private readonly clean: (paragraph: string) => string,
		private readonly newList: () => string[] = () => [],
	) {
		this.parts = [{heading: null, paragraphs: newList()}];
	}

	/** Reads the next line of the body (without its line end). */
	line(rawLine: string): void {
		const heading = atxHeading(rawLine);
		if (heading) {
			this.finish();
			const text = detached(stripInlineMarkdown(heading.text));
			if (heading.level === 1 && this.title === null) {
				this.title = text;
			} else {
				this.parts.push({heading: text, paragraphs: this.newList()});
			}

			return;
		}

		const line = stripQuoteMarkers(rawLine);
		if (line.trim() === '' || isThematicBreak(line) || isLinkDefinition(line)) {
			this.finish();
		} else {
			this.lines.push(line.trim());
		}
	}

	/** Ends the paragraph in progress; call after the last line. */
	finish(): void {
		if (this.lines.length > 0) {
			const paragraph = this.clean(stripInlineMarkdown(this.lines.join(' ')));
			this.lines = [];
			if (paragraph !== '') {
				this.parts.at(-1)?.paragraphs.push(paragraph);
			}
		}
	}
}

/**
 * Inline Markdown to plain text: `[text](url)` and `[text][ref]` become `text`, images
 * `![alt](url)` are dropped, `**` and `__` emphasis markers are removed. Link text and targets
 * cannot contain brackets or parentheses, so each scan stops at the next one: linear even on
 * 100 000 unmatched `[`.
 */
export function stripInlineMarkdown(text: string): string {
	let result = text;
	if (result.includes('[')) {
		result = result
			.replace(/!\[[^[\]]*\]\([^()]*\)/g, '')
			.replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
			.replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1');
	}

	return result.replaceAll('**', '').replaceAll('__', '');
}

type Heading = {readonly level: number; readonly text: string};

/** `## Title ##` → level 2, `Title`. Up to three spaces of indentation, as in CommonMark. */
function atxHeading(line: string): Heading | null {
	const opening = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
	if (!opening) {
		return null;
	}

	let text = line.slice(opening[0].length).trim();
	let end = text.length;
	while (end > 0 && text[end - 1] === '#') {
		end--;
	}

	if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t') {
		text = text.slice(0, end).trim();
	}

	return {level: opening[1]?.length ?? 1, text};
}

/** Drops leading `>` markers and the spaces between them, however deeply nested. */
function stripQuoteMarkers(line: string): string {
	let index = 0;
	let sawMarker = false;
	while (index < line.length) {
		const character = line[index];
		if (character === '>') {
			sawMarker = true;
		} else if (character !== ' ' && character !== '\t') {
			break;
		}

		index++;
	}

	return sawMarker ? line.slice(index) : line;
}

function isThematicBreak(line: string): boolean {
	if (!/^[ \t]*[-*_]/.test(line)) {
		return false;
	}

	const compact = line.replace(/[ \t]/g, '');
	return compact.length >= 3 && /^(?:-+|\*+|_+)$/.test(compact);
}

function isLinkDefinition(line: string): boolean {
	return /^ {0,3}\[[^\]]+\]:/.test(line);
}
