import type {Span} from './sentences.js';

// Markers of a clause about the future and of one about the past, as single words or as a word
// followed by `to`/`for`/`of`. The marker nearest before the date phrase decides; with none
// before it, the first one after it (`On Friday, they will …`) does. Plain word lookups keep
// this cheap: no large pattern to compile on the printed path.
const futureWords = new Set(['will', 'shall', 'would', 'upcoming', 'forthcoming', 'wont']);
// News gives a scheduled event in the present tense: `the law takes effect July 1`, `the season
// opens on Sept. 5`. Only the third person singular, which is no noun.
const scheduledWords = new Set(
	'takes begins starts opens closes ends expires resumes reopens launches debuts premieres airs kicks goes runs arrives'.split(
		' ',
	),
);
const futureBefore: Record<string, ReadonlySet<string>> = {
	to: new Set(
		'is are going expected scheduled set due slated planned planning poised plan plans intend intends hope hopes aim aims want wants promised vowed pledged up'.split(
			' ',
		),
	),
	for: new Set('scheduled set slated planned due preparation preparations time'.split(' ')),
	of: new Set(['ahead']),
	// `a decision expected in February`
	in: new Set('expected due scheduled slated planned'.split(' ')),
};
const pastWords = new Set(
	(
		'said told was were had did met spoke went came took gave made held left won lost began ran wrote sent saw ' +
		'fell rose found got brought became hit cut put shut quit fought sought bought caught thought struck stood ' +
		'knew drew threw flew grew broke chose drove rode wore swore tore froze stole woke sank sang rang swam led ' +
		'fed fled sped paid laid sold kept slept swept felt dealt meant spent lent built shot forgot understood ' +
		'withdrew overcame hung ago'
	).split(' '),
);

/** Lower-case words; a capitalised one ending in `ed` (`Ashford United`) is a name, no verb. */
function wordsOf(text: string): string[] {
	return (text.match(/[A-Za-z’']+/g) ?? []).map((word) =>
		/^[A-Z].*ed$/.test(word) && !pastWords.has(word.toLowerCase()) ? 'name' : word.toLowerCase(),
	);
}

export type Tense = 'future' | 'past' | null;

/** Whether the clause holding `phrase` (a span of `text`) speaks of the future. */
export function isFutureClause(text: string, sentence: Span, phrase: Span): boolean {
	return clauseTense(text, sentence, phrase) === 'future';
}

/** The tense the words around `phrase` show, or null when they show none. */
export function clauseTense(text: string, sentence: Span, phrase: Span): Tense {
	const before = text.slice(Math.max(sentence.start, phrase.start - 90), phrase.start);
	const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('—')) + 1);
	const words = wordsOf(clause);
	// `after Monday's vote` looks back; `the vote is on Tuesday` looks ahead.
	const last = words.at(-1) ?? '';
	if (last === 'after' || last === 'since') return 'past';
	const near = words.slice(-3).filter((word) => word !== 'on' && word !== 'set');
	if (near.includes('is') || near.includes('are')) return 'future';
	for (let index = words.length - 1; index >= 0; index--) {
		const tense = tenseAt(words, index) ?? presentAt(words, index);
		if (tense) return tense;
	}
	// `On Friday, the plant, which has defied the odds, will close`: skip the relative clause.
	const after = text
		.slice(phrase.end, Math.min(sentence.end, phrase.end + 160))
		.replace(/,\s*(?:which|who|whose|where)\b[^,]*,/gi, ',');
	const following = wordsOf(after);
	for (let index = 0; index < following.length; index++) {
		const tense = tenseAt(following, index);
		if (tense) return tense;
	}
	// A sentence without a marker (`On Saturday, veterans get in free.`) keeps the tense of the
	// one before it (`The museum will be open all weekend.`).
	const earlier = wordsOf(text.slice(Math.max(0, sentence.start - 160), sentence.start));
	for (let index = earlier.length - 1; index >= 0; index--) {
		const tense = tenseAt(earlier, index);
		if (tense) return tense;
	}
	return null;
}

// Verbs after `he`/`she`/`it` that report or judge rather than schedule: `he says`, `it seems`.
const stativeVerbs = new Set(
	'says has is was does claims insists admits denies recalls remembers believes thinks knows seems appears feels'.split(
		' ',
	),
);
// Words after `they`/`we` that are no verb in the present tense.
const notPresent = new Set(
	'have had were are did do would could should might may must also still all both then never often usually say said each only now just already'.split(
		' ',
	),
);
// `are planning a festival on Saturday`, `is hosting`: arrangements made for a coming day.
const arrangingVerbs = new Set(
	'planning hosting holding meeting playing facing visiting leaving returning launching opening staging'.split(
		' ',
	),
);

const scheduledBase = new Set('begin resume reopen commence convene meet'.split(' '));
const arrangedVerbs = new Set(
	'plans holds hosts meets plays faces visits stages launches unveils hold host meet play face visit stage'.split(
		' ',
	),
);
const objectLead = new Set('a an the its their his her our two three several'.split(' '));

/**
 * A present tense that names a coming event: `City’s next match is at Ashford on Sunday`,
 * `they host Kingsbridge on Saturday`, `she retires on March 31`.
 */
function presentAt(words: readonly string[], index: number): Tense {
	const word = words[index] ?? '';
	const previous = words[index - 1] ?? '';
	if (word === 'is' || word === 'are') {
		const between = words.slice(index + 1);
		const ing = between.filter((later) => later.endsWith('ing'));
		if (ing.length === 0 || (ing.length === 1 && arrangingVerbs.has(between[0]!))) return 'future';
		return null;
	}
	// `the quarter-finals begin on Tuesday`; `the family plans a vigil on Saturday` (a verb only
	// before its object: `unveiled plans on Monday` is a noun).
	if (scheduledBase.has(word)) return 'future';
	if (arrangedVerbs.has(word) && objectLead.has(words[index + 1] ?? '')) return 'future';
	if ((previous === 'they' || previous === 'we') && !notPresent.has(word) && !word.endsWith('ed'))
		return 'future';
	if (
		(previous === 'he' || previous === 'she' || previous === 'it') &&
		/[^s]s$/.test(word) &&
		!stativeVerbs.has(word)
	)
		return 'future';
	return null;
}

function tenseAt(words: readonly string[], index: number): Tense {
	const word = (words[index] ?? '').replace(/[’']/g, '');
	const previous = words[index - 1] ?? '';
	if (futureWords.has(word) || /[’']ll$/.test(words[index] ?? '')) return 'future';
	if (scheduledWords.has(word)) return 'future';
	if (futureBefore[word]?.has(previous)) return 'future';
	const next = words[index + 1] ?? '';
	// `it could be a building site by October`, but `could not be reached on Monday` is past.
	if ((word === 'could' || word === 'might') && next !== 'not') return 'future';
	// `expected to`, `scheduled for`: the participle is the future marker, not a past verb.
	if (futureBefore[next]?.has(word)) return 'future';
	// `will be held on Monday`: a participle after `be` belongs to the future clause.
	if (previous === 'be' || previous === 'been') return null;
	if (pastWords.has(word) || (word.length > 4 && word.endsWith('ed'))) return 'past';
	return null;
}
