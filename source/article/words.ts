/**
 * English function words, plus reporting verbs and vague words common to every news story:
 * they say nothing about what a paragraph is about, so lexical cohesion ignores them.
 */
const stopWords = new Set(
	`a about above after again against all almost also although am among an and another any are
	around as at be became because been before being below between both but by can could did do
	does doing done down during each either else even ever every few for from further get gets got
	had has have having he her here hers herself him himself his how however i if in into is it its
	itself just least less like made make many may me might more most much must my myself near
	neither never new next no nor not now of off often on once one only or other others our ours
	ourselves out over own per perhaps quite rather really same several she should since so some
	still such than that the their theirs them themselves then there these they this those though
	through thus to too toward towards under until up upon us very via was we well were what when
	where whether which while who whom whose why will with within without would yet you your yours
	yourself yourselves said say says saying told tell tells according added asked including went
	two three four five first last year years time times day days week weeks month months people
	way ways part mr mrs ms dr don doesn didn isn wasn aren weren won wouldn couldn shouldn can't
	it's that's there's he's she's they're we're i'm let lets across along behind beyond beside
	besides inside outside onto throughout despite except amid`.split(/\s+/),
);

/** Letters and digits, with inner apostrophes and hyphens (`Trump’s`, `U.S.-Russia`). */
const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Is this (lower-case) word a stop word? */
export function isStopWord(word: string): boolean {
	return stopWords.has(word) || word.length < 3;
}

/** The words of a text as they are written, with their offsets. */
export function* wordsOf(text: string): Generator<{word: string; index: number}> {
	for (const match of text.matchAll(wordPattern)) {
		yield {word: match[0], index: match.index};
	}
}

/**
 * How often each content word of a text occurs: words lower-cased and lightly stemmed, stop
 * words removed. These counts are what the relatedness of two paragraphs is measured on.
 */
export function contentTermCounts(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	forEachContentTerm(text, (term) => {
		counts.set(term, (counts.get(term) ?? 0) + 1);
	});
	return counts;
}

/**
 * Calls `visit` with the term of each content word of the text, in order: the words `wordsOf`
 * finds, through `termOf`, stop words skipped. A hand-written scan, as it runs over every
 * character of long articles: no match objects, and numbers and short ASCII words (never
 * terms) are skipped without building them.
 */
export function forEachContentTerm(text: string, visit: (term: string) => void): void {
	const length = text.length;
	let index = 0;
	while (index < length) {
		const width = wordCharacterWidth(text, index);
		if (width === 0) {
			index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
			continue;
		}

		const start = index;
		let plain = true;
		index += width;
		for (;;) {
			let run = wordCharacterWidth(text, index);
			while (run !== 0) {
				index += run;
				run = wordCharacterWidth(text, index);
			}

			const code = text.charCodeAt(index);
			const isJoiner = code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
			if (!isJoiner || wordCharacterWidth(text, index + 1) === 0) {
				break;
			}

			index++;
		}

		for (let at = start; at < index && plain; at++) {
			plain = isDigit(text.charCodeAt(at));
		}

		// All digits, or two ASCII characters at most: `termOf` would give null.
		if (!plain && !(index - start <= 2 && isAscii(text, start, index))) {
			const term = termOf(text.slice(start, index));
			if (term !== null) {
				visit(term);
			}
		}
	}
}

const letterOrNumber = /[\p{L}\p{N}]/u;

/** Per UTF-16 code unit: 0 not yet known, 1 a letter or number, 2 neither. */
const basicPlaneWordCharacters = new Uint8Array(0x10000);

/** The width (1 or 2 code units) of the letter or number at `index`, or 0 if there is none. */
function wordCharacterWidth(text: string, index: number): number {
	if (index >= text.length) {
		return 0;
	}

	const code = text.charCodeAt(index);
	if (code < 0x80) {
		return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || isDigit(code)
			? 1
			: 0;
	}

	if (code >= 0xd800 && code <= 0xdbff) {
		const point = text.codePointAt(index) ?? code;
		if (point > 0xffff) {
			return letterOrNumber.test(String.fromCodePoint(point)) ? 2 : 0;
		}
	}

	let known = basicPlaneWordCharacters[code] ?? 0;
	if (known === 0) {
		known = letterOrNumber.test(String.fromCharCode(code)) ? 1 : 2;
		basicPlaneWordCharacters[code] = known;
	}

	return known === 1 ? 1 : 0;
}

function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

function isAscii(text: string, start: number, end: number): boolean {
	for (let index = start; index < end; index++) {
		if (text.charCodeAt(index) >= 0x80) {
			return false;
		}
	}

	return true;
}

/** Words recur (a few hundred make up most of any text), so each is worked out once. */
const termCache = new Map<string, string | null>();
const termCacheLimit = 100_000;

/** A word's term: lower case, possessive and plural endings removed; null for a stop word. */
export function termOf(word: string): string | null {
	const cached = termCache.get(word);
	if (cached !== undefined) {
		return cached;
	}

	const term = computeTerm(word);
	if (termCache.size >= termCacheLimit) {
		termCache.clear();
	}

	// A long word may be a slice that keeps the whole text it was cut from alive: cache a copy.
	termCache.set(word.length >= 13 ? [...word].join('') : word, term);
	return term;
}

function computeTerm(word: string): string | null {
	const lower = word.toLowerCase().replace(/['’]s$/, '');
	if (isStopWord(lower) || /^\d+$/.test(lower)) {
		return null;
	}

	return stem(lower);
}

/** A light suffix stripper: enough to match `talks`/`talked`/`talking`, no more. */
function stem(word: string): string {
	for (const suffix of ['ing', 'ed', 'es', 's']) {
		if (word.endsWith(suffix) && word.length - suffix.length >= 4) {
			return word.slice(0, -suffix.length);
		}
	}

	return word;
}
