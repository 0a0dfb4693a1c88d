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
	const view = outline(article, options.section);
	const whole = options.section === undefined;
	const blocks: string[] = [];
	if (whole) {
		blocks.push(`# ${inline(article.title)}`, escapeMarkdown(metaLine(article)));
	}
	for (const {number, section} of view.sections) {
		blocks.push(`## ${number}. ${inline(section.title)}`);
		for (const paragraph of section.paragraphs) {
			blocks.push(escapeBlockStart(inline(paragraph)));
		}
	}
	if (whole || view.quotes.length > 0) {
		blocks.push('## Quotes');
		if (view.quotes.length === 0) {
			blocks.push('No quotes found.');
		}
		for (const quote of view.quotes) {
			const speaker = quote.speaker === null ? 'speaker unknown' : inline(quote.speaker);
			blocks.push(`> “${inline(quote.text)}”\n>\n> — ${speaker}, §${quote.section + 1}`);
		}
	}
	if (whole || view.timeline.length > 0) {
		blocks.push('## Timeline');
		if (view.timeline.length === 0) {
			blocks.push('No dated events found.');
		}
		const items = view.timeline.map(
			(event) =>
				`- **${dateLabel(event)}** — ${escapeMarkdown(eventText(event))} (§${event.section + 1})`,
		);
		if (items.length > 0) {
			blocks.push(items.join('\n'));
		}
	}
	if (whole && article.copyright) {
		blocks.push('---', inline(article.copyright));
	}
	return blocks.join('\n\n') + '\n';
}

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
