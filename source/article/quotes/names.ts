import {
	calendarWords,
	capitalisedFunctionWords,
	genericTitleWords,
	organisationCues,
	placeCues,
	titleWords,
} from './vocabulary.js';

/** What a capitalised run names. `title` is a bare title such as `the President`. */
export type NameKind = 'person' | 'organisation' | 'place' | 'unknown' | 'title';

/** A run of capitalised words in a text, such as `Secretary of State Antony Blinken`. */
export type NameRun = {
	readonly start: number;
	readonly end: number;
	readonly tokens: readonly string[];
	/** The run ends in `’s` or `s’`: it modifies the words after it. */
	readonly possessive: boolean;
};

/** A run read as a name: titles stripped (`Antony Blinken`), kind guessed from cue words. */
export type Name = {
	readonly name: string;
	readonly kind: NameKind;
	/** The title words stripped from the front, lower case (`secretary of state`). */
	readonly title: string | null;
};

// Letters are spelled as explicit ranges (Latin, Greek, Cyrillic) throughout the quote rules,
// not as \p{L}/\p{Lu}: Unicode property classes cost tens of milliseconds to compile on first
// use, and the printed path has to start nearly as fast as node itself.
const nameTokenPattern =
	/(?:(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-)?[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я][\u0300-\u036fA-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ0-9'’.-]*/gu;
const wordCharacter = /[A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ0-9'’]/u;
const connectorGap = /^ (of|de|da|del|van|von|bin|al|la|le|du|der|den) $/u;
const abbreviation =
	/^(?:[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я]\.)+$|^(?:Mr|Mrs|Ms|Mx|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Rev|Prof|St|Jr|Sr)\.$/u;
const acronym = /^[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я]{2,6}$/u;

function stripTokenEnd(token: string): {word: string; possessive: boolean; endsRun: boolean} {
	if (!/['’.-]$/u.test(token) && !/['’]s$/u.test(token))
		return {word: token, possessive: false, endsRun: false};
	const possessive = /(?:['’]s|s['’])$/u.exec(token);
	if (possessive) {
		const word =
			token.endsWith('s’') || token.endsWith("s'") ? token.slice(0, -1) : token.slice(0, -2);
		return {word, possessive: true, endsRun: true};
	}
	if (token.endsWith('.') && !abbreviation.test(token)) {
		return {word: token.replace(/\.+$/, ''), possessive: false, endsRun: true};
	}
	const trimmed = token.replace(/['’-]+$/, '');
	return {word: trimmed, possessive: false, endsRun: trimmed !== token};
}

/** Every run of capitalised words in `text`, in order. Linear in the text's length. */
export function findNameRuns(text: string): NameRun[] {
	const runs: NameRun[] = [];
	let tokens: string[] = [];
	let start = -1;
	let end = -1;
	let gapFrom = -1;
	const flush = (possessive: boolean) => {
		if (tokens.length > 0) runs.push({start, end, tokens, possessive});
		tokens = [];
	};
	// Only capitalised words are visited; a run continues over one space or a connector.
	for (const match of text.matchAll(nameTokenPattern)) {
		const index = match.index;
		if (index > 0 && wordCharacter.test(text[index - 1]!)) continue;
		const gap = gapFrom === -1 ? '' : text.slice(gapFrom, index);
		const connector = connectorGap.exec(gap)?.[1];
		if (tokens.length === 0 || (gap !== ' ' && connector === undefined)) flush(false);
		gapFrom = index + match[0].length;
		const {word, possessive, endsRun} = stripTokenEnd(match[0]);
		const key = word.toLowerCase();
		// `You’ve`, `We’re`, `Don’t`: a contraction opens a clause, never a name.
		const contraction = /['’](?:ve|re|ll|d|m)$|n['’]t$/u.test(key);
		if (
			contraction ||
			capitalisedFunctionWords.has(key) ||
			(tokens.length === 0 && calendarWords.has(key))
		) {
			flush(false);
			continue;
		}
		if (tokens.length === 0) start = index;
		else if (connector !== undefined) tokens.push(connector);
		tokens.push(word);
		end = index + word.length;
		if (possessive || endsRun) {
			flush(possessive);
			gapFrom = -1;
		}
	}
	flush(false);
	return runs;
}

function lower(word: string): string {
	return word.toLowerCase();
}

function isTitle(word: string): boolean {
	const key = lower(word);
	return titleWords.has(key) || titleWords.has(key.replace(/\.$/, ''));
}

function isCue(words: readonly string[], cues: ReadonlySet<string>): boolean {
	return words.some((word) => cues.has(lower(word)));
}

// Title words that only say when someone held a post, not what it was.
const timeTitles = new Set(['former', 'acting', 'interim']);

// A long article names the same few people thousands of times; each run is read once.
const analysed = new Map<string, Name>();

/** Reads a run as a name: strips leading titles, guesses person, body or place. */
export function analyseRun(tokens: readonly string[]): Name {
	// Tokens hold no spaces, so the joined run identifies them.
	const key = tokens.join(' ');
	let name = analysed.get(key);
	if (name === undefined) {
		name = readRun(tokens);
		if (analysed.size >= 10_000) analysed.clear();
		analysed.set(key, name);
	}
	return name;
}

function readRun(tokens: readonly string[]): Name {
	let lastTitle = -1;
	for (let index = 0; index < tokens.length; index++) {
		if (isTitle(tokens[index]!)) lastTitle = index;
	}
	const rest = tokens.slice(lastTitle + 1);
	const whole = tokens.join(' ');
	if (rest.length === 0) return {name: whole, kind: 'title', title: lower(whole)};
	// `Former Celtic boss …`: `former` alone before one word makes no person of it.
	const onlyTime = tokens.slice(0, lastTitle + 1).every((word) => timeTitles.has(lower(word)));
	if (lastTitle >= 0 && onlyTime && rest.length === 1) {
		return {name: rest.join(' '), kind: 'unknown', title: null};
	}
	if (lastTitle >= 0 && !isCue(rest, organisationCues) && !isCue(rest, placeCues)) {
		const title = tokens
			.slice(0, lastTitle + 1)
			.filter((word) => isTitle(word) || word === 'of')
			.join(' ');
		return {name: rest.join(' '), kind: 'person', title: lower(title)};
	}
	if (isCue(tokens, organisationCues) || tokens.every((word) => acronym.test(word))) {
		return {name: whole, kind: 'organisation', title: null};
	}
	if (isCue(tokens, placeCues)) return {name: whole, kind: 'place', title: null};
	if (tokens.length >= 2) return {name: whole, kind: 'person', title: null};
	return {name: whole, kind: 'unknown', title: null};
}

/** The title words of `title` that can stand for one person: `secretary`, `secretary of state`. */
export function titleKeys(title: string): string[] {
	const words = title.split(' ').filter((word) => isTitle(word) && !genericTitleWords.has(word));
	const keys = new Set(words);
	const specific = title
		.split(' ')
		.filter((word) => !genericTitleWords.has(word))
		.join(' ');
	if (specific) keys.add(specific);
	return [...keys];
}

/**
 * The fullest form of each person's name: `Trump` → `Donald Trump` when the article gives it.
 * Names are keyed by their last word. When several people share it (`Geoffrey Hale` and his
 * daughter `Claire Hale`), a bare surname means the one the article introduced first, among
 * those it has introduced by the paragraph being read: a story names its main subject first
 * and calls relatives by their full names.
 */
export class NameRegistry {
	private readonly byLastWord = new Map<string, string[]>();
	private readonly firstSeen = new Map<string, number>();
	private cursor = Number.POSITIVE_INFINITY;

	/** Records a person's name as seen at `position` (any increasing number). */
	add(name: string, position: number): void {
		const words = name.split(' ');
		if (words.length < 2) return;
		const key = lower(words.at(-1)!);
		const names = this.byLastWord.get(key) ?? [];
		if (!names.includes(name)) names.push(name);
		this.byLastWord.set(key, names);
		if (!this.firstSeen.has(name)) this.firstSeen.set(name, position);
	}

	/** Marks the text up to `position` as read: names introduced later are not meant yet. */
	readUpTo(position: number): void {
		this.cursor = position;
	}

	/** Whether the article names a person whose name ends like `name`. */
	knowsPerson(name: string): boolean {
		return this.candidates(name).length > 0;
	}

	/**
	 * The fullest name for `name`, or `name` itself when the article gives nothing longer.
	 * `latest` picks the last of several people introduced: `the younger Hargrove`.
	 */
	fullest(name: string, latest = false): string {
		const candidates = this.candidates(name);
		if (candidates.length === 0) return name;
		const seen = (candidate: string) => this.firstSeen.get(candidate) ?? 0;
		const introduced = candidates.filter((candidate) => seen(candidate) <= this.cursor);
		const pool = introduced.length > 0 ? introduced : candidates;
		let best = pool[0]!;
		for (const candidate of pool)
			if (latest ? seen(candidate) > seen(best) : seen(candidate) < seen(best)) best = candidate;
		const first = best.split(' ')[0];
		return candidates
			.filter((candidate) => candidate.split(' ')[0] === first)
			.reduce(
				(longest, candidate) => (candidate.length > longest.length ? candidate : longest),
				best,
			);
	}

	private candidates(name: string): string[] {
		const words = name.split(' ');
		const names = this.byLastWord.get(lower(words.at(-1)!)) ?? [];
		if (words.length === 1) return names;
		return names.filter((candidate) => candidate.split(' ')[0] === words[0]);
	}
}
