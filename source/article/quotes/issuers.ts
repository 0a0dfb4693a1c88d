import {sentenceSubject, speechVerbsIn, subjectBefore} from './clauses.js';
import type {SpeakerContext} from './speakers.js';

/**
 * Places in a paragraph where it says who issued a statement or readout: `a statement from X`,
 * `X’s statement`, `a Kremlin statement`, `X said in a statement`, `according to a statement`
 * (its sentence's speaker), `X issued the following statement`. Each is applied when reading
 * reaches it, so `the statement said` later means the most recent issuer.
 */
export type IssuerEvent = {readonly position: number; readonly apply: () => void};

const document = '(?:statement|readout|communiqu[eé]|press release)';
const namedPatterns = [
	new RegExp(`\\b${document}s?\\s+(?:from|by|issued by|released by)\\s+[^,.;:“”\\uE000]+`, 'gi'),
	new RegExp(
		`[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я][A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ.-]*(?:\\s+[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я][A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ.-]*)*(?:’s|'s)\\s+(?:[a-zß-öø-ÿĀ-ɏά-ώа-џ-]+\\s+)?${document}`,
		'gu',
	),
	new RegExp(
		`\\b(?:a|an|the)\\s+(?:[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я][A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ.-]*\\s+)+(?:joint\\s+)?${document}`,
		'gu',
	),
	new RegExp(
		`\\b(?:[Tt]he|[Aa]n?)\\s+(?:[a-zß-öø-ÿĀ-ɏά-ώа-џ-]+\\s+){0,3}[a-zß-öø-ÿĀ-ɏά-ώа-џ-]+(?:’s|'s)\\s+(?:[a-zß-öø-ÿĀ-ɏά-ώа-џ-]+\\s+)?${document}`,
		'gu',
	),
];
const issuingSentence = new RegExp(
	`\\b(?:in|according to)\\s+(?:a|an|its|their|his|her)\\s+(?:[a-z]+\\s+)?${document}|\\b(?:issued|released|put out)\\s+(?:a|an|the following|this|its)\\s+(?:\\S+\\s+)?${document}`,
	'i',
);
const mentionsDocument = /statement|readout|communiqu|release/i;
const issuingVerb = /\b(?:issued|released|put out|denied|denies)\b/i;

export function issuerEvents(
	masked: string,
	starts: readonly number[],
	context: SpeakerContext,
): IssuerEvent[] {
	const events: IssuerEvent[] = [];
	if (!mentionsDocument.test(masked)) return events;
	for (const pattern of namedPatterns) {
		for (const match of masked.matchAll(pattern)) {
			const phrase = match[0].replace(/^(?:statement|readout)s?\s+/i, 'a statement ');
			events.push({
				position: match.index,
				apply: () => context.documentIssuer(phrase, match.index),
			});
		}
	}
	for (const [index, start] of starts.entries()) {
		const sentence = masked.slice(start, starts[index + 1] ?? masked.length);
		if (!issuingSentence.test(sentence)) continue;
		// The first verb that says or issues: `EgyptAir denied …, adding …` is EgyptAir's.
		const verbs = [speechVerbsIn(sentence)[0]?.index, issuingVerb.exec(sentence)?.index];
		const found = verbs.filter((index) => index !== undefined);
		if (found.length === 0) continue;
		const verb = Math.min(...found);
		const subject = subjectBefore(sentence.slice(0, verb));
		const phrase =
			subject.joined || subject.phrase === '' ? sentenceSubject(sentence) : subject.phrase;
		events.push({
			position: start,
			apply: () => {
				const speaker = context.resolve(phrase, start);
				if (speaker) context.issuer = speaker;
			},
		});
	}
	return events.sort((first, second) => first.position - second.position);
}
