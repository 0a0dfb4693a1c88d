/** A heading and the raw paragraphs under it; `heading` is null before the first heading. */
export type MarkdownPart = {
	readonly heading: string | null;
	readonly paragraphs: readonly string[];
};

export type MarkdownBody = {
	/** The text of the first `#` heading, or null. */
	readonly title: string | null;
	readonly parts: readonly MarkdownPart[];
};

/**
 * Reads the block structure of a Markdown body (front matter already removed). The first `#`
 * heading is the title; every other ATX heading, `##` to `######` and any later `#`, starts a
 * part: headings are not nested, so a `###` section sits beside the `##` ones. Paragraphs are
 * runs of lines between blank lines, joined by a space. Blockquote markers (`>`, however deeply
 * nested) are stripped; thematic breaks and link reference definitions are dropped. Inline
 * markup is cleaned with `stripInlineMarkdown`. Every step is linear in the length of the body.
 */
export function readMarkdown(body: string): MarkdownBody {
	let title: string | null = null;
	const parts: Array<{heading: string | null; paragraphs: string[]}> = [];
	let current: {heading: string | null; paragraphs: string[]} = {heading: null, paragraphs: []};
	parts.push(current);
	let lines: string[] = [];
	const endParagraph = (): void => {
		if (lines.length > 0) {
			current.paragraphs.push(stripInlineMarkdown(lines.join(' ')));
			lines = [];
		}
	};

	for (const rawLine of body.split('\n')) {
		const heading = atxHeading(rawLine);
		if (heading) {
			endParagraph();
			const text = stripInlineMarkdown(heading.text);
			if (heading.level === 1 && title === null) {
				title = text;
			} else {
				current = {heading: text, paragraphs: []};
				parts.push(current);
			}

			continue;
		}

		const line = stripQuoteMarkers(rawLine);
		if (line.trim() === '' || isThematicBreak(line) || isLinkDefinition(line)) {
			endParagraph();
		} else {
			lines.push(line.trim());
		}
	}

	endParagraph();
	return {title, parts};
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
