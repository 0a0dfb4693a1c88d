import {findQuoteSpans, type QuoteSpan} from './quote-marks.js';

/** A quotation found in a paragraph: its span and the words between its marks. */
export type Candidate = {
	readonly span: QuoteSpan;
	/** The words between the marks, trimmed, one trailing comma dropped. */
	readonly text: string;
	/** Index of `text` in the paragraph. */
	readonly offset: number;
};

const smallWords = new Set([
	'a',
	'an',
	'the',
	'of',
	'and',
	'or',
	'in',
	'on',
	'at',
	'to',
	'for',
	'with',
	'by',
	'from',
	'vs',
	'vs.',
	'is',
	'as',
]);

function textOf(paragraph: string, span: QuoteSpan): {text: string; offset: number} {
	const start = span.open + 1;
	const raw = paragraph.slice(start, span.close === -1 ? paragraph.length : span.close);
	const leading = raw.length - raw.trimStart().length;
	let text = raw.trim();
	// `“…issues,” according to` — the comma belongs to the sentence around the quote.
	if (text.endsWith(',')) text = text.slice(0, -1).trimEnd();
	return {text, offset: start + leading};
}

/**
 * A title of a work (`“The Art of the Deal”`): every word capitalised but the small ones, no
 * sentence punctuation. Such a phrase names something rather than quoting anyone.
 */
function isTitleOfWork(words: readonly string[], text: string): boolean {
	if (words.length > 8 || /[.!?,;:…]/u.test(text)) return false;
	return words.every(
		(word, index) =>
			/^[^A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ]*[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я]/u.test(word) ||
			(index > 0 && smallWords.has(word)),
	);
}

/** Whether the words between the marks count as a quotation: two or more words, not a title. */
export function isQuotation(text: string): boolean {
	const words = wordsOf(text, 9);
	return words.length >= 2 && !isTitleOfWork(words, text);
}

// `,” he said`, `,” said Smith`, `,” Smith added`: what follows a spoken line, never a title.
const speechTag =
	/^[,.!?]?\s*(?:(?:he|she|they|we|I)\s+(?:said|says|added|asked|replied|told)\b|(?:said|says|added|asked|replied)\s+[A-ZÀ-ÖØ-ÞĀ-ɏ]|[A-ZÀ-ÖØ-ÞĀ-ɏ][A-Za-zªµºÀ-ÖØ-öø-ɏ'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ɏ][A-Za-zªµºÀ-ÖØ-öø-ɏ'’-]*){0,2}\s+(?:said|says|added|asked|replied)\b)/u;

/** Whether a title-like quotation is a spoken line: `“It’s September,” he said`. */
function taggedAsSpeech(paragraph: string, close: number, text: string): boolean {
	return (
		paragraph[close - 1] === ',' &&
		wordsOf(text, 2).length >= 2 &&
		speechTag.test(paragraph.slice(close + 1, close + 60))
	);
}

/** The words of `text` (runs with a letter or digit), at most `limit` of them. */
function wordsOf(text: string, limit = Number.POSITIVE_INFINITY): string[] {
	const words: string[] = [];
	for (const match of text.matchAll(/\S+/gu)) {
		if (/[A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ0-9]/u.test(match[0])) words.push(match[0]);
		if (words.length >= limit) break;
	}
	return words;
}

/** Every quotation of `paragraph` plus the spans that are not quotations (scare quotes, titles). */
export function findCandidates(paragraph: string): {quotes: Candidate[]; others: Candidate[]} {
	const quotes: Candidate[] = [];
	const others: Candidate[] = [];
	for (const span of findQuoteSpans(paragraph)) {
		const {text, offset} = textOf(paragraph, span);
		const spoken =
			isQuotation(text) || (span.close !== -1 && taggedAsSpeech(paragraph, span.close, text));
		(spoken ? quotes : others).push({span, text, offset});
	}
	return {quotes, others};
}

/**
 * The paragraph with each quotation's words replaced by U+E000 (marks and a final sentence stop
 * kept) and the marks of other quoted words blanked, so attribution rules see only the prose.
 */
export function maskQuotes(
	paragraph: string,
	quotes: readonly Candidate[],
	others: readonly Candidate[],
): string {
	const edits: Array<{start: number; end: number; text: string}> = [];
	for (const {span} of quotes) {
		const end = span.close === -1 ? paragraph.length : span.close;
		const inner = paragraph.slice(span.open + 1, end);
		const stop = span.close === -1 ? '' : (inner.trimEnd().at(-1) ?? '');
		const kept = '.!?…'.includes(stop) && stop !== '' ? stop : '';
		const filler = '\uE000'.repeat(inner.length - kept.length) + kept;
		edits.push({
			start: span.open,
			end: span.close === -1 ? end : end + 1,
			text: `“${filler}${span.close === -1 ? '' : '”'}`,
		});
	}
	for (const {span, text, offset} of others) {
		const end = span.close === -1 ? paragraph.length : span.close + 1;
		// A title of a work names no one: its words must not read as a speaker's name.
		const inner = paragraph.slice(span.open + 1, span.close === -1 ? paragraph.length : span.close);
		const masked =
			wordsOf(text, 2).length >= 2
				? inner.slice(0, offset - span.open - 1) +
					'\uE000'.repeat(text.length) +
					inner.slice(offset - span.open - 1 + text.length)
				: inner;
		edits.push({start: span.open, end, text: ` ${masked}${span.close === -1 ? '' : ' '}`});
	}
	if (edits.length === 0) return paragraph;
	edits.sort((first, second) => first.start - second.start);
	const parts: string[] = [];
	let at = 0;
	for (const edit of edits) {
		parts.push(paragraph.slice(at, edit.start), edit.text);
		at = edit.end;
	}
	parts.push(paragraph.slice(at));
	return parts.join('');
}
