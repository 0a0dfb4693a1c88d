import stringWidth from 'string-width';
import {runSteps, type Steps} from './steps.js';
import {termOf, wordsOf} from './words.js';

/** Section titles are at most this many terminal columns. */
export const maximumTitleColumns = 40;

/** Only a section's opening is read for its title: enough words, and bounded on huge input. */
const sampleCharacters = 3000;

type Candidates = {
	readonly phrases: readonly Phrase[];
	/** How often each content term occurs in the sample. */
	readonly termCounts: ReadonlyMap<string, number>;
};

type Phrase = {
	readonly start: number;
	readonly end: number;
	readonly terms: readonly string[];
	readonly key: string;
};

/**
 * A short title for each group of paragraphs, taken from the group's own text: the key phrase
 * that best marks it out (a run of one to three content words, in the manner of RAKE, scored by
 * how often its words occur in this group and how rarely in the others), else its first clause.
 * Titles are never empty when the group has text, fit in 40 terminal columns (cut on a word
 * boundary, no trailing punctuation), and differ from earlier groups' titles where possible.
 * An empty group gets ''.
 */
export function phraseTitles(groups: ReadonlyArray<readonly string[]>): string[] {
	return runSteps(phraseTitleSteps(groups));
}

/** `phraseTitles` in steps (see `Steps`), a group at a time. */
export function* phraseTitleSteps(groups: ReadonlyArray<readonly string[]>): Steps<string[]> {
	const samples = groups.map((paragraphs) => sampleOf(paragraphs));
	const candidates: Candidates[] = [];
	for (const sample of samples) {
		candidates.push(candidatePhrases(sample));
		yield candidates.length / (samples.length + 1);
	}

	const groupsWithTerm = new Map<string, number>();
	for (const {termCounts} of candidates) {
		for (const term of termCounts.keys()) {
			groupsWithTerm.set(term, (groupsWithTerm.get(term) ?? 0) + 1);
		}
	}

	const groupCount = samples.filter(Boolean).length;
	const used = new Set<string>();
	return samples.map((sample, index) => {
		if (sample === '') {
			return '';
		}

		const title =
			bestPhrase(sample, candidates[index], used, (term) =>
				Math.log(1 + groupCount / (groupsWithTerm.get(term) ?? 1)),
			) ?? firstClause(sample);
		used.add(title.toLowerCase());
		return title;
	});
}

function bestPhrase(
	sample: string,
	candidates: Candidates | undefined,
	used: ReadonlySet<string>,
	rarity: (term: string) => number,
): string | null {
	const {phrases, termCounts} = candidates ?? {phrases: [], termCounts: new Map()};
	const phraseCounts = new Map<string, number>();
	for (const phrase of phrases) {
		phraseCounts.set(phrase.key, (phraseCounts.get(phrase.key) ?? 0) + 1);
	}

	let best: {title: string; score: number} | null = null;
	for (const phrase of phrases) {
		const weight = phrase.terms.reduce(
			(sum, term) => sum + (termCounts.get(term) ?? 0) * rarity(term),
			0,
		);
		// A repeated single word is already counted by its term weight; a repeated run of words is
		// a set phrase of the story (`spending plan`) and is worth more than its words apart.
		const repeats = phrase.terms.length > 1 ? (phraseCounts.get(phrase.key) ?? 1) - 1 : 0;
		const score = (weight / Math.sqrt(phrase.terms.length)) * (1 + repeats / 2);
		if (best && score <= best.score) {
			continue;
		}

		const title = capitalize(fitColumns(sample.slice(phrase.start, phrase.end)));
		if (title !== '' && !used.has(title.toLowerCase())) {
			best = {title, score};
		}
	}

	return best?.title ?? null;
}

/**
 * Runs of one to three consecutive content words with nothing but spaces between them (a stop
 * word or punctuation ends a run). Runs holding a likely verb or adverb (`dumped`, `fiercely`)
 * or ending on a possessive make poor titles and are skipped.
 */
function candidatePhrases(sample: string): Candidates {
	const phrases: Phrase[] = [];
	const termCounts = new Map<string, number>();
	let run: Array<{start: number; end: number; term: string; word: string}> = [];
	for (const {word, index} of wordsOf(sample)) {
		const term = termOf(word);
		const previous = run.at(-1);
		if (term === null || (previous && !/^ +$/.test(sample.slice(previous.end, index)))) {
			run = [];
		}

		if (term === null) {
			continue;
		}

		termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
		run.push({start: index, end: index + word.length, term, word});
		const last = run.at(-1);
		for (let length = 1; length <= Math.min(3, run.length) && last; length++) {
			const words = run.slice(-length);
			const first = words[0];
			if (first && words.every((item) => isTitleWord(item.word)) && !/['’]s$/.test(last.word)) {
				const terms = words.map((item) => item.term);
				phrases.push({start: first.start, end: last.end, terms, key: terms.join(' ')});
			}
		}
	}

	return {phrases, termCounts};
}

/** Lower-case words ending in -ed or -ly are most likely verbs and adverbs; names are fine. */
function isTitleWord(word: string): boolean {
	return !/^\p{Ll}.*(?:ed|ly)$/u.test(word);
}

function sampleOf(paragraphs: readonly string[]): string {
	const pieces: string[] = [];
	let length = 0;
	for (const paragraph of paragraphs) {
		if (length >= sampleCharacters) {
			break;
		}

		pieces.push(paragraph.slice(0, sampleCharacters));
		length += paragraph.length;
	}

	return pieces.join('\n').trim();
}

/** The opening clause of the text: up to the first comma, colon, dash or sentence end. */
function firstClause(text: string): string {
	const clause = /^[^,;:—–(\n]*?(?:[.!?](?=\s|$)|(?=[,;:—–(\n])|$)/u.exec(text)?.[0] ?? text;
	const fitted = capitalize(fitColumns(clause));
	return fitted === '' ? capitalize(fitColumns(text, false)) || text.slice(0, 1) : fitted;
}

/**
 * Cuts text to the title width on a word boundary (a single over-wide word is cut between
 * characters) and drops trailing punctuation unless nothing else would remain.
 */
export function fitColumns(text: string, dropPunctuation = true): string {
	// Forty columns never need more than a few hundred characters of the text.
	const words = text.slice(0, 400).replace(/\s+/g, ' ').trim().split(' ');
	let fitted = '';
	let width = 0;
	for (const word of words) {
		const wordWidth = stringWidth(word);
		const nextWidth = fitted === '' ? wordWidth : width + 1 + wordWidth;
		if (nextWidth > maximumTitleColumns) {
			break;
		}

		fitted = fitted === '' ? word : `${fitted} ${word}`;
		width = nextWidth;
	}

	if (fitted === '') {
		fitted = cutCharacters(words[0] ?? '');
	}

	const bare = fitted.replace(/[\p{P}\s]+$/u, '');
	return dropPunctuation && bare !== '' ? bare : fitted;
}

function cutCharacters(word: string): string {
	let fitted = '';
	for (const {segment} of wordSegmenter().segment(word)) {
		if (stringWidth(fitted + segment) > maximumTitleColumns) {
			break;
		}

		fitted += segment;
	}

	return fitted;
}

function capitalize(text: string): string {
	const first = text.at(0) ?? '';
	return first.toUpperCase() + text.slice(1);
}

let segmenter: Intl.Segmenter | undefined;

function wordSegmenter(): Intl.Segmenter {
	segmenter ??= new Intl.Segmenter();
	return segmenter;
}
