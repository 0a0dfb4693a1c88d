import type {Span} from './sentences.js';
import {columns} from './width.js';

const limit = 80;
const reach = 240;
const clauseBreak = /\s*(?:[,;:](?=\s)|\s[—–-]\s|—)\s*/g;
const parenthetical = /\s*\(([^()]*)\)/g;

/**
 * The clause around a date phrase, at most 80 columns: the whole sentence when it fits, else
 * the clause that holds the phrase (joined to its neighbour when it is only the date), cut at
 * word boundaries, keeping the words before the date (the subject) rather than those after.
 */
export function summarize(text: string, sentence: Span, phrase: Span): string {
	// Only the words near the date can end up in the summary; a run-on sentence of megabytes
	// is looked at through this window.
	sentence = {
		start: Math.max(sentence.start, phrase.start - reach),
		end: Math.min(sentence.end, phrase.end + reach),
	};
	const whole = text.slice(sentence.start, sentence.end).replace(/[.!?]+["”’']?$/, '');
	const written = {start: phrase.start - sentence.start, end: phrase.end - sentence.start};
	if (columns(whole.trim()) <= limit && /\S/.test(whole)) return tidy(whole);
	// Too long as written: asides such as `(D-N.Y.)` are the first words to go.
	const {body, phrase: local} = withoutAsides(whole, written);
	if (columns(body.trim()) <= limit && /\S/.test(body)) return tidy(body);
	let summary = shorten(body, local, limit);
	// `died on Sunday at her home` says less than `Margit Halloran … died on Sunday at her home`.
	const subject = subjectOf(body);
	if (/^[a-z]/.test(summary) && subject && subject.length < local.start) {
		const room = limit - columns(subject) - 3;
		if (room >= 30)
			summary = `${subject} … ${shorten(body.slice(subject.length), shift(local, -subject.length), room)}`;
	}
	summary ||= tidy(text.slice(phrase.start, phrase.end));
	return columns(summary) <= limit ? summary : rightCut(summary, limit - 1) + '…';
}

// A parenthetical of a few words: `(D-Miss.)`, `(R-Texas)`, `(3G)`, `(MAB)`.
const aside = /\s*\([^()]{1,30}\)/g;

/** `body` without its short parentheticals (but one holding the date), `phrase` moved to match. */
function withoutAsides(body: string, phrase: Span): {body: string; phrase: Span} {
	if (!body.includes('(')) return {body, phrase};
	let kept = '';
	let at = 0;
	let moved = {...phrase};
	aside.lastIndex = 0;
	for (let match = aside.exec(body); match; match = aside.exec(body)) {
		const end = match.index + match[0].length;
		if (end > phrase.start && match.index < phrase.end) continue;
		if (match[0].trim().split(/\s+/).length > 4) continue;
		kept += body.slice(at, match.index);
		at = end;
		if (end <= phrase.start) moved = shift(moved, -match[0].length);
	}
	return {body: kept + body.slice(at), phrase: moved};
}

function shorten(body: string, phrase: Span, width: number): string {
	return tidy(cut(body, clauseAround(body, phrase, width), phrase, width));
}

// A sentence that opens with a name of two or more words (`Margit Halloran`, `The Kremlin`,
// `Prime Minister Brown`) has it as its subject; one capitalised word may be any first word.
function subjectOf(body: string): string | null {
	const match =
		/^(?:(?:The|A|An)\s+|[A-Z][\w’'.-]*\s+)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?=[\s,])/.exec(
			body,
		);
	if (!match || match[0].length > 30) return null;
	// `In December`, `On Monday`: an opening phrase, not a subject.
	return /^(?:In|On|At|By|For|From|Since|During|After|Before|Until|Last|This|Next|Early|Late|Earlier|Later)\s/.test(
		match[0],
	)
		? null
		: match[0];
}

function shift(span: Span, by: number): Span {
	return {start: span.start + by, end: span.end + by};
}

/**
 * Where the clauses of `body` part. A short parenthetical such as `(D-N.Y.)` or `(R-Texas)` is
 * part of its clause; a longer one is one break as a whole, so a clause never opens or ends
 * inside it.
 */
function clauseBreaks(body: string): Span[] {
	const groups: Array<Span & {long: boolean}> = [];
	parenthetical.lastIndex = 0;
	const parentheses = body.includes('(');
	for (
		let match = parentheses ? parenthetical.exec(body) : null;
		match;
		match = parenthetical.exec(body)
	) {
		const inner = match[1]!.trim();
		const long = inner.length > 30 || inner.split(/\s+/).length > 4;
		groups.push({start: match.index, end: match.index + match[0].length, long});
	}
	const inside = (index: number) =>
		groups.length > 0 && groups.some((group) => index >= group.start && index < group.end);
	const breaks: Span[] = groups.filter((group) => group.long);
	clauseBreak.lastIndex = 0;
	for (let match = clauseBreak.exec(body); match; match = clauseBreak.exec(body)) {
		if (!inside(match.index)) breaks.push({start: match.index, end: match.index + match[0].length});
	}
	return breaks.sort((first, second) => first.start - second.start);
}

function clauseAround(body: string, phrase: Span, limit: number): Span {
	const breaks = clauseBreaks(body).filter(
		(span) => span.end <= phrase.start || span.start >= phrase.end,
	);
	const before = breaks.filter((span) => span.end <= phrase.start);
	const after = breaks.filter((span) => span.start >= phrase.end);
	let start = before.at(-1)?.end ?? 0;
	let end = after[0]?.start ?? body.length;
	// `On Monday, …`: a clause that is little more than the date takes in the next one.
	if (end - start - (phrase.end - phrase.start) < 12) {
		if (after[0]) end = after[1]?.start ?? body.length;
		else start = before.at(-2)?.end ?? 0;
	}
	// Widen to the left (towards the subject), then to the right, while it fits.
	for (let index = before.length - 1; index >= 0; index--) {
		const wider = before[index - 1]?.end ?? 0;
		if (before[index]!.end !== start || columns(body.slice(wider, end)) > limit) break;
		start = wider;
	}
	for (const span of after) {
		if (span.start < end) continue;
		const next = after.find((candidate) => candidate.start > span.start)?.start ?? body.length;
		if (span.start !== end || columns(body.slice(start, next)) > limit) break;
		end = next;
	}
	return {start, end};
}

function cut(body: string, clause: Span, phrase: Span, limit: number): string {
	const piece = body.slice(clause.start, clause.end);
	if (columns(piece) <= limit) return piece;
	if (columns(body.slice(clause.start, phrase.end)) <= limit - 1) {
		return rightCut(body.slice(clause.start, clause.end), limit - 1) + '…';
	}
	// The date is far into a long clause: end with the clause if the tail is short, else at the date.
	const end = columns(body.slice(phrase.start, clause.end)) <= limit / 2 ? clause.end : phrase.end;
	const ellipsis = end === clause.end ? '' : '…';
	let start = Math.max(
		clause.start,
		phrase.start - (limit - ellipsis.length - columns(body.slice(phrase.start, end))),
	);
	while (start < phrase.start && columns(body.slice(start, end)) + ellipsis.length > limit) start++;
	if (start > clause.start && /\S/.test(body.charAt(start - 1))) {
		const space = body.indexOf(' ', start);
		start = space === -1 || space >= phrase.start ? start : space + 1;
	}
	// Prefer to open on a name (`Russia’s annexing …`) a word or two further on.
	const name = /^(?:\S+\s){0,2}?(?=[A-Z\u00C0-\u00DE\u0391-\u03A9\u0410-\u042F])/.exec(
		body.slice(start, phrase.start),
	);
	if (name && name[0].length > 0 && name[0].length < 16) start += name[0].length;
	// `G. Thompson said …` opens inside a name: take the whole name and end at the date instead.
	const nameStart = startOfName(body, start, clause.start);
	if (nameStart < start && columns(body.slice(nameStart, phrase.end)) + 1 <= limit) {
		return body.slice(nameStart, phrase.end) + (phrase.end < clause.end ? '…' : '');
	}
	return body.slice(start, end) + ellipsis;
}

const capitalised = /^[A-Z\u00C0-\u00DE\u0391-\u03A9\u0410-\u042F]/;

// Where the run of capitalised words holding `index` begins (`index` itself when none does).
function startOfName(body: string, index: number, floor: number): number {
	if (!capitalised.test(body.charAt(index))) return index;
	let start = index;
	for (;;) {
		let end = start;
		while (end > floor && /\s/.test(body.charAt(end - 1))) end--;
		if (end === start) return start;
		let word = end;
		while (word > floor && !/\s/.test(body.charAt(word - 1))) word--;
		if (word === end || !capitalised.test(body.charAt(word)) || /[,;:]/.test(body.charAt(end - 1)))
			return start;
		start = word;
	}
}

function rightCut(text: string, width: number): string {
	let end = text.length;
	while (end > 0 && columns(text.slice(0, end)) > width) end = text.lastIndexOf(' ', end - 1);
	return end > 0 ? text.slice(0, end).replace(/[\s,;:]+$/, '') : text.slice(0, width);
}

function tidy(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
