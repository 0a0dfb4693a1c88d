import type {Speaker} from './history.js';
import {analyseRun, findNameRuns, titleKeys, type NameRun} from './names.js';
import {
	organisationCues,
	publicBodies,
	relationNouns,
	roleNouns,
	titleWords,
} from './vocabulary.js';

/** `the Mississippi Democrat`, `the former Nurnberg coach`: someone the story named before. */
export const stateEpithet =
	/^[Tt]he\s+(?:former\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-ɏ][A-Za-zªµºÀ-ÖØ-öø-ɏ.'’-]*\s+){1,3}([Dd]emocrat|[Rr]epublican|congressman|congresswoman|senator|lawmaker|legislator|governor|mayor|coach|manager|boss|gaffer|skipper|captain|striker|midfielder|defender|goalkeeper|winger|forward|player|star)$/u;

const demonyms = `american british english scottish welsh irish french german italian spanish
	portuguese dutch belgian swiss austrian swedish norwegian danish finnish polish czech slovak
	hungarian romanian bulgarian greek turkish russian ukrainian serbian croatian albanian
	brazilian argentine argentinian chilean colombian peruvian uruguayan venezuelan mexican
	canadian cuban jamaican australian nigerian ghanaian kenyan senegalese ivorian cameroonian
	egyptian moroccan algerian tunisian ethiopian chinese japanese korean indian pakistani
	iranian iraqi israeli palestinian saudi filipino vietnamese thai indonesian swede spaniard
	briton brit frenchman frenchwoman dane finn pole scot turk dutchman dutchwoman kiwi aussie`
	.trim()
	.split(/\s+/)
	.join('|');

/**
 * `the Italian`, `the 31-year-old`, `the forward`: a person the story just named, described by
 * nationality, age or playing position rather than by a title the article gave them.
 */
export const personEpithet = new RegExp(
	`^the\\s+(?:(?:former|veteran|young|\\d+-year-old)\\s+)?(?:\\d+-year-old|striker|midfielder|defender|goalkeeper|keeper|winger|forward|playmaker|veteran|youngster|teenager|rookie|${demonyms})$`,
	'i',
);

/** `the company`, `the carrier`: a body the story already named. */
export const bodyEpithet =
	/^the\s+(company|carrier|airline|firm|club|insurer|lender|retailer|maker|bank|network|agency|group)$/i;

/** Where a later clause of a sentence opens: `…, and skipper Harry Maguire`. */
export const clauseOpening = /[;—–]\s*|,\s+(?:and|but|while)\s+|\s(?:and|but)\s+(?=[a-z])/u;

/** The last word of a name, lower case: `state water agency` → `agency`. */
export function headNoun(name: string): string {
	return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/** Whether a word names a role that can speak: `spokesman`, `officials`, `ministry`. */
export function isRole(word: string): boolean {
	const key = word.toLowerCase();
	return (
		roleNouns.has(key) || titleWords.has(key) || organisationCues.has(key) || publicBodies.has(key)
	);
}

const subjectLead = new Set([
	'the',
	'a',
	'an',
	'her',
	'his',
	'their',
	'its',
	'our',
	'and',
	'former',
	'new',
	'then',
]);

/** Whether only determiners, titles and roles stand between a sentence start and a name. */
export function isSubjectPosition(lead: string): boolean {
	if (lead.length > 80) return false;
	// Capitalised words (`Former Celtic boss`) are names or titles, not words of a clause.
	return lead
		.split(/[\s,]+/u)
		.filter(Boolean)
		.every(
			(word) =>
				subjectLead.has(word.toLowerCase()) || isRole(word) || !/^[a-zß-öø-ÿĀ-ɏά-ώа-џ]/u.test(word),
		);
}

/**
 * The people a paragraph has named by their titles, so `the President` or `the Kremlin
 * spokesman` later means them: `President Elena Marković`, `Kremlin spokesman Dmitry Peskov`,
 * `John Kirby, the spokesman,`.
 */
export class Descriptors {
	private readonly people = new Map<string, string>();

	get(key: string): string | undefined {
		return this.people.get(key);
	}

	/** Learns the titles standing before, inside and after a person's name run. */
	learn(text: string, run: NameRun, name: string): void {
		// `former President Barack Obama` is not who `the president` means now.
		if (
			/\b(?:former|ex|late|then)[\s-]+$/i.test(text.slice(Math.max(0, run.start - 12), run.start))
		)
			return;
		const title = analyseRun(run.tokens).title;
		for (const key of titleKeys(title ?? '')) this.people.set(key, name);
		// `senior coroner Mrs Helen Ashworth`: the honorific stands between the title and the name.
		const before = /((?:[a-zß-öø-ÿĀ-ɏά-ώа-џ-]+\s+){1,3})$/u.exec(
			text
				.slice(Math.max(0, run.start - 44), run.start)
				.replace(/(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+$/u, ''),
		);
		const after = /^,\s+(?:the|a|an|his|her|its)\s+([^,.;]{1,60}?)(?:,|\.|;|$)/u.exec(
			text.slice(run.end, run.end + 80),
		);
		// `Her son, Peter Vollmer,`: a relative named in apposition.
		const kin = /(?:^|\s)(?:his|her|their|its)\s+([a-z-]+),\s*$/iu.exec(
			text.slice(Math.max(0, run.start - 30), run.start),
		)?.[1];
		const kinAfter = /^,\s+(?:his|her|their)\s+([a-z-]+)(?:,|\.|;|$)/u.exec(
			text.slice(run.end, run.end + 40),
		)?.[1];
		for (const word of [kin, kinAfter]) {
			if (word && relationNouns.has(word.toLowerCase())) this.people.set(word.toLowerCase(), name);
		}
		for (const phrase of [before?.[1], after?.[1]]) {
			if (!phrase) continue;
			const words = phrase.trim().toLowerCase().split(/\s+/);
			const titles = words.filter((word) => titleWords.has(word));
			if (titles.length === 0 || !titleWords.has(words.at(-1)!)) continue;
			this.people.set(words.at(-1)!, name);
			this.people.set(titles.join(' '), name);
		}
	}
}

const leadingThe = /^the\s+/i;
const determiner =
	/^(?:the|a|an|one|another|two|three|four|five|several|some|many|most|his|her|their|its|our|both|all)\s/i;

/** A speaker described, not named: `the spokesman` (named earlier) or `a senior official`. */
export function describedSpeaker(text: string, descriptors: Descriptors): Speaker | undefined {
	const words = text.split(/\s+/);
	const last = words.at(-1)!.toLowerCase();
	const bare = words.length <= 3 && words.every((word) => /^[a-zß-öø-ÿĀ-ɏά-ώа-џ-]+$/u.test(word));
	if (words.length > 6 || !(bare || determiner.test(`${text} `)) || !isRole(last)) return undefined;
	if (/^(?:his|her|their)\s/i.test(text) && words.length === 2 && relationNouns.has(last)) {
		const person = descriptors.get(last);
		if (person) return {name: person, kind: 'person'};
	}
	if (/^(?:the|his|her|its|their)\s/i.test(text) && titleWords.has(last)) {
		const key = words.slice(1).join(' ').toLowerCase();
		const person = descriptors.get(key) ?? descriptors.get(last);
		if (person) return {name: person, kind: 'person'};
	}
	const plural =
		/[^s]s$/u.test(last) ||
		(words.length > 1 && /^(?:two|three|four|five|several|some|many|both|all)$/i.test(words[0]!));
	const kind =
		organisationCues.has(last) || publicBodies.has(last)
			? 'organisation'
			: plural
				? 'group'
				: 'person';
	return {name: text.replace(leadingThe, ''), kind};
}

/**
 * The speaker of comma-separated parts: `Smith, a spokesman,` → Smith; `the spokesman, John
 * Kirby,` → John Kirby. `resolve` reads one part.
 */
export function apposedSpeaker(
	parts: readonly string[],
	resolve: (part: string) => Speaker | null | undefined,
): Speaker | null | undefined {
	for (const [index, part] of parts.entries()) {
		const speaker = resolve(part);
		if (speaker === undefined) continue;
		const next = parts[index + 1];
		// `the chairman of the MCB’s committee, Sher Khan,`, `the CEO of AirAsia, Tony
		// Fernandes,`: the person named beside a body or a role.
		if (
			next !== undefined &&
			(findNameRuns(part).length === 0 ||
				speaker?.kind !== 'person' ||
				part.split(/\s+/).some((word) => isRole(word)))
		) {
			const named = resolve(next);
			if (named?.kind === 'person') return named;
		}
		return speaker;
	}
	return undefined;
}
