import type {Article} from '../article/types.js';
import {dateLabel, eventText, metaLine, outline} from './outline.js';
import {printable} from './printable.js';

/** How to print an article as Markdown. */
export type MarkdownOptions = {
	/** Print only this section (0-based), with its own quotes and events. */
	readonly section?: number;
};

/**
 * The same content as the text output, as Markdown: `# title`, the meta line, `## N. section`
 * headings with their paragraphs, `## Quotes` as `>` blockquotes ending in `— speaker, §N`, and
 * `## Timeline` as a list. Paragraphs are not wrapped (a wrapped line could start a list or a
 * heading); characters Markdown would read as markup are escaped. Ends with a newline.
 */
export function renderMarkdown(article: Article, options: MarkdownOptions = {}): string {
	return [...markdownParts(article, options)].join('');
}

/**
 * `renderMarkdown` a part at a time (a block, or a run of timeline items), so that a long
 * article's Markdown is written as it is made, never whole in memory.
 */
export function* markdownParts(article: Article, options: MarkdownOptions = {}): Generator<string> {
	let first = true;
	for (const block of markdownBlocks(article, options)) {
		if (typeof block === 'string') yield first ? block : `\n\n${block}`;
		else yield `\n${block.more}`;
		first = false;
	}
	yield '\n';
}

/**
 * The blocks, to be put a blank line apart, but for `more`: more lines of the block before, as
 * a long timeline's items come, a run at a time.
 */
function* markdownBlocks(
	article: Article,
	options: MarkdownOptions,
): Generator<string | {readonly more: string}> {
	const view = outline(article, options.section);
	const whole = options.section === undefined;
	if (whole) {
		yield `# ${inline(article.title)}`;
		yield escapeMarkdown(metaLine(article));
	}
	for (const {number, section} of view.sections) {
		yield `## ${number}. ${inline(section.title)}`;
		for (const paragraph of section.paragraphs) {
			yield escapeBlockStart(inline(paragraph));
		}
	}
	if (whole || view.quotes.length > 0) {
		yield '## Quotes';
		if (view.quotes.length === 0) {
			yield 'No quotes found.';
		}
		for (const quote of view.quotes) {
			const speaker = quote.speaker === null ? 'speaker unknown' : inline(quote.speaker);
			yield `> “${inline(quote.text)}”\n>\n> — ${speaker}, §${quote.section + 1}`;
		}
	}
	if (whole || view.timeline.length > 0) {
		yield '## Timeline';
		if (view.timeline.length === 0) {
			yield 'No dated events found.';
		}
		// One list, its items a line apart, written a run of items at a time.
		let items: string[] = [];
		let started = false;
		for (const event of view.timeline) {
			items.push(
				`- **${dateLabel(event)}** — ${escapeMarkdown(eventText(event))} (§${event.section + 1})`,
			);
			if (items.length === itemsPerRun) {
				yield started ? {more: items.join('\n')} : items.join('\n');
				started = true;
				items = [];
			}
		}
		if (items.length > 0) yield started ? {more: items.join('\n')} : items.join('\n');
	}
	if (whole && article.copyright) {
		yield '---';
		yield inline(article.copyright);
	}
}

/** How many timeline items are put together before they are written. */
const itemsPerRun = 1024;

/** Printable, on one line, with inline markup characters escaped. */
function inline(text: string): string {
	return escapeMarkdown(printable(text).replace(/\s+/g, ' ').trim());
}

function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_<[\]]/g, '\\$&');
}

/** A paragraph that begins like a heading, quote, list or rule is kept a paragraph. */
function escapeBlockStart(text: string): string {
	return text.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/^([#>+=~|-])/, '\\$1');
}
