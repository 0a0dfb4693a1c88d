import {decodeEntities} from './entities.js';
import {sanitizeTerminal} from './sanitize.js';

export {decodeEntities} from './entities.js';
export {sanitizeTerminal} from './sanitize.js';

/** Ad and tracking placeholders left by scrapers: `{mosads}`, `{/mosads}`, `{ad_slot-2}`. */
const scrapingToken = /\{\/?[a-z][a-z\d_-]{0,40}\}/g;

/** Removes scraping tokens such as `{mosads}` and `{/mosads}` (brace-wrapped lowercase names). */
export function removeScrapingTokens(text: string): string {
	return text.includes('{') ? text.replace(scrapingToken, ' ') : text;
}

/**
 * One line of printable text from raw article text: HTML entities decoded, then every control
 * and escape sequence removed (see `sanitizeTerminal`), scraping tokens removed, and runs of
 * white space (newlines included) collapsed to one space, trimmed. Used for titles, metadata,
 * headings and paragraphs alike, so nothing printed can drive the terminal.
 */
export function cleanLine(text: string): string {
	const safe = sanitizeTerminal(decodeEntities(text));
	return collapseSpace(removeScrapingTokens(safe));
}

/** Runs of white space become one space; the ends are trimmed. */
export function collapseSpace(text: string): string {
	// Single spaces, by far the most common, are left alone rather than replaced one by one.
	return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

const copyrightFooter = /^(?:copyright\b|©|\(c\)\s*\d{4})[^]*\ball rights reserved\b/i;
const sentenceEnd = /[.!?…”’"')\]]/u;

/** A body with its copyright footer taken out. */
export type FooterSplit = {
	readonly paragraphs: readonly string[];
	readonly copyright: string | null;
};

/**
 * Takes a trailing `Copyright … All rights reserved …` paragraph out of the body. A stray
 * one-word trailer after the footer's last sentence (`… redistributed. regular`), or as a
 * paragraph of its own after the footer, is dropped with it. Paragraphs must be clean already.
 */
export function splitCopyrightFooter(paragraphs: readonly string[]): FooterSplit {
	let end = paragraphs.length;
	const last = paragraphs[end - 1];
	if (last !== undefined && isOneWord(last) && isFooter(paragraphs[end - 2])) {
		end--;
	}

	const footer = paragraphs[end - 1];
	if (!isFooter(footer)) {
		return {paragraphs, copyright: null};
	}

	return {paragraphs: paragraphs.slice(0, end - 1), copyright: dropTrailingWord(footer)};
}

function isFooter(paragraph: string | undefined): paragraph is string {
	return paragraph !== undefined && copyrightFooter.test(paragraph);
}

function isOneWord(paragraph: string): boolean {
	return /^[\p{L}\p{N}_-]+$/u.test(paragraph);
}

/** `… or redistributed. regular` → `… or redistributed.` */
function dropTrailingWord(footer: string): string {
	const lastSpace = footer.lastIndexOf(' ');
	const lastWord = footer.slice(lastSpace + 1);
	const before = footer.slice(0, lastSpace);
	const endsSentence = sentenceEnd.test(before.at(-1) ?? '');
	return lastSpace > 0 && endsSentence && isOneWord(lastWord) ? before : footer;
}
