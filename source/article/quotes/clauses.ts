import {abbreviations, clauseBoundaries, speechVerbs, verbModifiers} from './vocabulary.js';

/**
 * Sentence and clause helpers over a paragraph whose quotations are masked, so words inside
 * quotes never look like attributions.
 */

const sentenceEnd = /[.!?…]+["”’'»)\]]*\s+(?=[“‘«]|["'([]?[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я0-9])/gu;

/** Start indices of the sentences in `text`, beginning with 0. */
export function sentenceStarts(text: string): number[] {
	const starts = [0];
	for (const match of text.matchAll(sentenceEnd)) {
		const before = /([A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ.]+)$/u.exec(
			text.slice(Math.max(0, match.index - 12), match.index),
		);
		const word = (before?.[1] ?? '').toLowerCase().replace(/\.$/, '');
		if (
			text[match.index] === '.' &&
			(abbreviations.has(word) || /^[A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ]$/u.test(word))
		)
			continue;
		starts.push(match.index + match[0].length);
	}
	return starts;
}

/** The start of the sentence holding `index`. */
export function sentenceStartOf(starts: readonly number[], index: number): number {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (starts[middle]! <= index) low = middle;
		else high = middle - 1;
	}
	return starts[low]!;
}

/** The end of the sentence running on after `index` (the next sentence's start, or the end). */
export function sentenceEndAfter(starts: readonly number[], index: number, length: number): number {
	let low = 0;
	let high = starts.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (starts[middle]! > index) high = middle;
		else low = middle + 1;
	}
	return starts[low] ?? length;
}

export type VerbMatch = {readonly index: number; readonly verb: string};

const joined = /[A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ'’-]/u;

/** Speech verbs in `text` in order (a hyphen or apostrophe beside one makes another word). */
export function speechVerbsIn(text: string): VerbMatch[] {
	const verbs: VerbMatch[] = [];
	// Each run of a–z is a candidate word; scanning by hand spares a match object per word, the
	// most of this function's time on a long article.
	let start = 0;
	while (start < text.length) {
		if (!isLowerAscii(text.charCodeAt(start))) {
			start++;
			continue;
		}
		let end = start + 1;
		while (end < text.length && isLowerAscii(text.charCodeAt(end))) end++;
		const word = text.slice(start, end);
		if (
			speechVerbs.has(word) &&
			!joined.test(text[start - 1] ?? ' ') &&
			!joined.test(text[end] ?? ' ')
		) {
			verbs.push({index: start, verb: word});
		}
		start = end;
	}
	return verbs;
}

function isLowerAscii(code: number): boolean {
	return code >= 0x61 && code <= 0x7a;
}

/** The verbs of `verbs` (sorted) lying in [from, to), with indices made relative to `from`. */
export function verbsWithin(verbs: readonly VerbMatch[], from: number, to: number): VerbMatch[] {
	let low = 0;
	let high = verbs.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (verbs[middle]!.index < from) low = middle + 1;
		else high = middle;
	}
	const within: VerbMatch[] = [];
	for (let index = low; index < verbs.length && verbs[index]!.index < to; index++) {
		const verb = verbs[index]!;
		if (verb.index + verb.verb.length <= to)
			within.push({index: verb.index - from, verb: verb.verb});
	}
	return within;
}

const trailingModifier = /(?:^|\s)([A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ]+)\s*$/u;
const quotedAs = /\s*\b(?:was|were|is|are|been)\s+quoted\s+as\s*$/u;

/** Drops adverbs and auxiliaries between a subject and its verb: `Smith later said`. */
const timePhrase =
	/\s+(?:on|late|early|last|this|earlier|later)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|today)$/i;

function stripModifiers(text: string): string {
	let rest = text
		.replace(/\s*\([^()]*\)/g, '')
		.replace(quotedAs, '')
		.replace(timePhrase, '')
		.replace(/\s+(?:went\s+on|[a-z]+)\s+to\s*$/, '');
	for (let step = 0; step < 4; step++) {
		const match = trailingModifier.exec(rest);
		if (!match) break;
		const word = match[1]!;
		if (/^[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я]/u.test(word)) break;
		if (!verbModifiers.has(word) && !(word.length > 4 && word.endsWith('ly'))) break;
		rest = rest.slice(0, match.index);
	}
	return rest;
}

const hardBoundaries = new Set([...';:—–()“”"«»\uE000']);

const relativeWords = new Set(['that', 'which', 'who']);
const joiningWords = new Set(['and', 'but', 'or', 'then', 'also']);
const letters = /[A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ]+/gu;

/** The part of `text` after its last clause boundary (punctuation or a joining word). */
function lastClause(
	text: string,
	commaEnds: boolean,
	punctuationOnly: boolean,
): {clause: string; joined: boolean} {
	let cut = -1;
	for (let index = text.length - 1; index >= 0; index--) {
		const character = text[index]!;
		if (hardBoundaries.has(character) || (commaEnds && character === ',')) {
			cut = index;
			break;
		}
	}
	const tail = text.slice(cut + 1);
	if (punctuationOnly) return {clause: tail.trim(), joined: false};
	let clauseStart = 0;
	let boundary = '';
	for (const match of tail.matchAll(letters)) {
		const word = match[0].toLowerCase();
		const next = tail[match.index + match[0].length] ?? ' ';
		const joinsNames =
			word === 'and' &&
			/[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я][A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ.]*\s*$/u.test(tail.slice(0, match.index)) &&
			/^\s*[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я]/u.test(tail.slice(match.index + 3));
		if (
			clauseBoundaries.has(word) &&
			!joinsNames &&
			!/['’-]/.test(next) &&
			tail[match.index - 1] !== '-'
		) {
			clauseStart = match.index + match[0].length;
			boundary = word;
		}
	}
	const clause = tail.slice(clauseStart).trim();
	if (clause === '' && relativeWords.has(boundary)) {
		// `signs that read …`: the verb's subject is the noun the relative clause hangs on.
		const head = tail.slice(0, clauseStart - boundary.length);
		// `… toured it with the state agency, which said`: the noun just before the comma.
		if (head.trim() === '' && text[cut] === ',') {
			return {clause: antecedent(text.slice(0, cut)), joined: false};
		}
		return {clause: lastClause(head, commaEnds, false).clause, joined: false};
	}
	return {clause, joined: clause === '' && joiningWords.has(boundary)};
}

const antecedentStops = new Set(
	'with from of to for at in on by about into over under against between among through after before and or but than as like via including'.split(
		' ',
	),
);
const antecedentDeterminers = new Set(
	'the a an its his her their our this that these those another'.split(' '),
);

/**
 * The noun phrase ending `text`, which a relative pronoun after it stands for: `the state
 * transportation department`, `Mayor Dan Brooks`, `the city` (in `… sued the city`).
 */
function antecedent(text: string): string {
	const words = text.trimEnd().split(/\s+/);
	const taken: string[] = [];
	let named = false;
	for (let index = words.length - 1; index >= 0 && taken.length < 8; index--) {
		const word = words[index]!;
		const bare = word.toLowerCase();
		if (/[,;:—–()“”"]/u.test(word) && taken.length > 0) break;
		if (antecedentStops.has(bare)) break;
		const capital = /^[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я]/u.test(word);
		// `… answered Mayor Dan Brooks`: a lower-case word before a name is not part of it.
		if (named && !capital && !antecedentDeterminers.has(bare)) break;
		taken.unshift(word);
		if (antecedentDeterminers.has(bare)) break;
		named ||= capital;
	}
	return taken.join(' ');
}

export type Subject = {
	/** The words standing before the verb as its subject (may be empty). */
	readonly phrase: string;
	/** The verb shares a subject with an earlier verb: `Trump accepted … and told`. */
	readonly joined: boolean;
};

const clauseOpener = /^\s*(?:and|but|while|yet|whereas|although|though)\s+/i;

/**
 * The subject of a verb whose clause ends at the end of `before`, with an appositive between
 * commas read as the name when the subject is a description: `the spokesman, John Kirby,`.
 */
export function subjectBefore(before: string): Subject {
	const text = stripModifiers(before.slice(-240)).trimEnd();
	if (text.endsWith(',')) {
		const clause = lastClause(text.slice(0, -1), false, true);
		const parts = clause.clause.split(',');
		// `…, but a spokeswoman for his campaign, Allison Frey,`: the subject opens the last
		// clause a conjunction starts, not the sentence.
		const opens = parts.findLastIndex((part, index) => index > 0 && clauseOpener.test(part));
		const [first = '', ...rest] = opens > 0 ? parts.slice(opens) : parts;
		const head = lastClause(first.replace(clauseOpener, ''), false, false);
		return {phrase: [head.clause, ...rest.map((part) => part.trim())].join(', '), joined: false};
	}
	const {clause, joined} = lastClause(text, true, false);
	return {phrase: clause, joined};
}

/** An opening phrase before a sentence's subject: `On my last afternoon, `. */
export const leadingAdverbial =
	/^(?:(?:on|in|at|during|after|before|earlier|later|speaking|meanwhile|however|but|and|yet|still|also|separately|asked|when|while|instead)\b[^,]{0,80},\s*)+/i;

const appositiveSubject =
	/^((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я][A-Za-zªµºÀ-ÖØ-öø-ɏ.-]*['’]s?)\s+(?:[a-z-]+\s+){0,5}[a-z-]+),\s+((?:[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я][A-Za-zªµºÀ-ÖØ-öø-ɏ.'’-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я][A-Za-zªµºÀ-ÖØ-öø-ɏ'’-]*),/u;

/** The subject at the start of a sentence: `President-elect Donald Trump` in `… accepted …`. */
export function sentenceSubject(sentence: string): string {
	const text = sentence.slice(0, 300).replace(leadingAdverbial, '');
	// `Its chief executive, Graham Doyle, described … and said`: the name in apposition.
	const apposed = appositiveSubject.exec(text);
	if (apposed) return `${apposed[1]}, ${apposed[2]}`;
	const words = text.split(/\s+/);
	const taken: string[] = [];
	for (const word of words) {
		const bare = word.replace(/[,.;:]+$/, '');
		const lowerWord = bare.toLowerCase();
		if (taken.length === 0 && ['he', 'she', 'it', 'they'].includes(lowerWord)) return lowerWord;
		if (
			/^[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я]/u.test(bare) ||
			(taken.length > 0 && /^(?:of|de|von|van|bin|al)$/.test(bare))
		) {
			taken.push(bare);
		} else if (taken.length === 0 && /^(?:the|a|an)$/.test(lowerWord)) {
			taken.push(bare);
		} else if (
			/^(?:press|spokesman|spokeswoman|spokesperson|secretary|minister|official|adviser|advisor|leader|president|chief|aide|lawyer|attorney|senator|governor|mayor|director|envoy|ambassador|transition|team|campaign|office|statement|readout)$/.test(
				lowerWord,
			)
		) {
			taken.push(bare);
		} else {
			break;
		}
		if (bare !== word) break;
	}
	return taken.join(' ');
}
