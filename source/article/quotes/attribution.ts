import {sentenceStarts, sentenceSubject, subjectBefore, type VerbMatch} from './clauses.js';
import {weakSpeechVerbs} from './vocabulary.js';

/**
 * Where a quotation's own sentence names its speaker, as phrases still to be resolved (a name,
 * a pronoun, `the statement`). Works on masked text: every quotation's words hidden.
 */
export type Phrase = {readonly phrase: string; readonly position: number};

const according = /^according\s+to\s+(.+?)(?:[,.;:!?]|$)/i;
const quotedAsSaying = /\bquot(?:ed|es|ing)\s+(.{1,80}?)\s+as\s+(?:saying|telling|writing)\b/i;
const accordingBefore = /according\s+to\s+([^,;:]+?),?\s*$/i;
const accordingWithin = /\baccording\s+to\s+([^,;:]+?),/i;
const labelBefore =
	/(?:^|[.;]\s+)((?:[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я][A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ.'’-]*\s?){1,5}):\s*$/u;
const invertedEnd =
	/\s+(?:in|on|at|during|after|before|while|when|as|because|adding|according|who|which|that|to|with|about|via|over|through|last|this|yesterday|today|earlier|later|told|wrote)\b.*$/is;
/** What follows a name without being part of it: `(pictured)`, `— the harbour master`, an emoji. */
const aside = /\s*(?:[([{—–]|\s-\s|[^\p{L}\p{M}\p{N}\s.'’,-]).*$/su;
const issuingBefore =
	/\b(?:issued|released|put out|posted|sent)\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z]+\s+){0,2}?(?:statement|readout|message|release|note)\b[^.;“”"\uE000]*$/i;
const documentLead =
	/^(?:a|an|the)\s+(?:\S+\s+){0,2}?(?:statement|readout|release|communique|report)\b/i;

function words(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** An `according to` phrase names a document, not a speaker: `according to a statement`. */
export function isDocumentPhrase(phrase: string): boolean {
	return documentLead.test(phrase.trim()) && !/\b(?:from|by)\b/i.test(phrase);
}

/**
 * The speaker phrase after a closing mark: `,” Smith said`, `,” said Smith`, `,” according to
 * Smith`. `strict` (the quote closed its own sentence) accepts only a short `Smith said.`.
 */
export function phraseAfter(
	after: string,
	offset: number,
	strict: boolean,
	verbs: readonly VerbMatch[],
): Phrase | null {
	const lead = /^[\s,—–-]*/u.exec(after)![0].length;
	const text = after.slice(lead).split(/[;:“”"«»\uE000]/u)[0]!;
	// A quote closing its own sentence takes only a short clause running to the next full stop.
	if (strict && text.length < after.slice(lead).trimEnd().length) return null;
	const accordingTo = according.exec(text);
	if (accordingTo) return {phrase: accordingTo[1]!, position: offset + lead};
	const quotedAs = quotedAsSaying.exec(text);
	if (quotedAs) return {phrase: quotedAs[1]!, position: offset + lead + quotedAs.index};
	const verb = verbs
		.map((found) => ({index: found.index - lead, verb: found.verb}))
		.find((found) => found.index >= 0 && found.index + found.verb.length <= text.length);
	if (!verb) return null;
	const rest = text.slice(verb.index + verb.verb.length);
	if (strict && words(rest.replace(/[.!?]+\s*$/u, '')) > 4) return null;
	if (text.slice(0, verb.index).trim() === '') {
		// The rest of the sentence, which `Dr.` or `Sen.` does not end.
		const end = sentenceStarts(rest)[1] ?? rest.length;
		const parts = rest
			.slice(0, end)
			.replace(/[.!?]\s*$/u, '')
			.split(',');
		const first = parts[0]!.replace(invertedEnd, '').replace(aside, '').trim();
		const second = (parts[1] ?? '').replace(invertedEnd, '').replace(aside, '').trim();
		const phrase =
			!/[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я]/u.test(first) && /^[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я]/u.test(second)
				? `${first}, ${second}`
				: first;
		if (strict && words(phrase) > 5) return null;
		return {phrase, position: offset + lead};
	}
	const before = text.slice(0, verb.index);
	const limit = before.includes(',') ? 16 : 8;
	if (words(before) > limit || (strict && words(before) > 5)) return null;
	const subject = subjectBefore(before);
	if (subject.joined || subject.phrase === '') return null;
	if (subject.phrase.split(',')[0]!.trim() !== before.split(',')[0]!.trim()) return null;
	return {phrase: subject.phrase, position: offset + lead};
}

/**
 * Speaker phrases in the quote's sentence before its opening mark, most certain first:
 * `according to X,`, the subjects of speech verbs (nearest first; a verb sharing an earlier
 * subject, `Trump accepted … and told`, takes the sentence's subject), then `X: “`.
 */
export function phrasesBefore(
	before: string,
	offset: number,
	found: readonly VerbMatch[],
): Phrase[] {
	const accordingTo = accordingBefore.exec(before);
	if (accordingTo && !isDocumentPhrase(accordingTo[1]!)) {
		return [{phrase: accordingTo[1]!, position: offset + accordingTo.index}];
	}
	const phrases: Phrase[] = [];
	const verbs = [...found].reverse();
	for (const verb of verbs) {
		const distance = words(before.slice(verb.index + verb.verb.length));
		if (
			weakSpeechVerbs.has(verb.verb) &&
			distance > 3 &&
			!/^\s*for\b/u.test(before.slice(verb.index + verb.verb.length))
		) {
			continue;
		}
		const subject = subjectBefore(before.slice(0, verb.index));
		const phrase =
			subject.joined || (subject.phrase === '' && verb.index > 0)
				? sentenceSubject(before)
				: subject.phrase;
		if (phrase !== '') phrases.push({phrase, position: offset + verb.index});
	}
	// `The president issued a statement through his spokeswoman Sarah Sanders: “…”`: the issuer.
	const issuing = verbs.length === 0 ? issuingBefore.exec(before) : null;
	if (issuing) {
		const subject = subjectBefore(before.slice(0, issuing.index));
		const phrase =
			subject.joined || subject.phrase === '' ? sentenceSubject(before) : subject.phrase;
		if (phrase !== '') phrases.push({phrase, position: offset + issuing.index});
	}
	const label = labelBefore.exec(before);
	if (label && verbs.length === 0)
		phrases.push({phrase: label[1]!, position: offset + label.index});
	// `President Putin “condemned …”`: the quote is the predicate of the name just before it.
	if (verbs.length === 0 && /[A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ.]\s*$/u.test(before)) {
		const subject = subjectBefore(before);
		if (!subject.joined && subject.phrase !== '') {
			phrases.push({
				phrase: subject.phrase,
				position: offset + before.length - subject.phrase.length,
			});
		}
	}
	const accordingInside = accordingWithin.exec(before);
	if (accordingInside && !isDocumentPhrase(accordingInside[1]!)) {
		phrases.push({phrase: accordingInside[1]!, position: offset + accordingInside.index});
	}
	return phrases;
}
