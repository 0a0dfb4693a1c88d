import {phraseAfter, phrasesBefore, isDocumentPhrase} from './quotes/attribution.js';
import {findCandidates, maskQuotes, type Candidate} from './quotes/candidates.js';
import {
	type VerbMatch,
	sentenceEndAfter,
	sentenceStartOf,
	sentenceStarts,
	speechVerbsIn,
	subjectBefore,
	sentenceSubject,
	verbsWithin,
} from './quotes/clauses.js';
import {issuerEvents} from './quotes/issuers.js';
import {findNameRuns, type NameRun} from './quotes/names.js';
import {weakSpeechVerbs} from './quotes/vocabulary.js';
import {SpeakerContext, type Speaker} from './quotes/speakers.js';
import type {ParagraphLocation, Quote} from './types.js';

type Paragraph = {
	readonly location: ParagraphLocation;
	readonly quotes: Candidate[];
	readonly masked: string;
	readonly starts: number[];
	readonly runs: NameRun[];
	/** Speech verbs outside quotes, in order. */
	readonly verbs: VerbMatch[];
	/** The first quotation continues the previous paragraph's unclosed one. */
	continues: boolean;
};

type Attributed = {speaker: Speaker | null; direct: boolean};

function prepare(location: ParagraphLocation): Paragraph {
	const {quotes, others} = findCandidates(location.text);
	const masked = maskQuotes(location.text, quotes, others);
	const runs = findNameRuns(masked);
	const verbs = speechVerbsIn(masked);
	return {location, quotes, masked, starts: sentenceStarts(masked), runs, verbs, continues: false};
}

/** Links quotations running over paragraphs; drops an unclosed single quote nothing continues. */
function linkContinuations(paragraphs: Paragraph[]): void {
	// Backwards, so each paragraph sees the next one's final quotes.
	for (let index = paragraphs.length - 1; index >= 0; index--) {
		const paragraph = paragraphs[index]!;
		const last = paragraph.quotes.at(-1);
		if (!last || last.span.close !== -1) continue;
		const next = paragraphs[index + 1];
		const first = next?.quotes[0];
		if (next && first && next.location.text.slice(0, first.span.open).trim() === '') {
			next.continues = true;
		} else if (last.span.kind === 'single') {
			paragraph.quotes.pop();
		}
	}
}

/** The speaker the quote's own sentence gives, or undefined when it names none. */
function directSpeaker(
	paragraph: Paragraph,
	quote: Candidate,
	context: SpeakerContext,
): Speaker | null | undefined {
	const {masked, starts} = paragraph;
	const {open, close} = quote.span;
	// `so-called “smart cameras”`: the writer's distance from a phrase, which no one speaks.
	if (/\bso[- ]called\s*$/i.test(masked.slice(Math.max(0, open - 12), open))) return null;
	const start = sentenceStartOf(starts, open);
	const before = phrasesBefore(
		masked.slice(start, open),
		start,
		verbsWithin(paragraph.verbs, start, open),
	);
	const stop = close === -1 ? '' : (masked[close - 1] ?? '');
	const closesSentence = stop === '.' || stop === '…';
	const after = close === -1 ? null : afterQuote(paragraph, close, closesSentence);
	// `according to a statement` yields to a speaker named in the sentence; `,” the statement
	// read` is as sure as `,” Smith said`.
	const according = /^[\s,—–-]*according\s+to\b/i.test(masked.slice(close + 1, close + 40));
	const documentOnly = after !== null && according && isDocumentPhrase(after.phrase);
	const trailing = after && !documentOnly ? [after] : [];
	const documents = after && documentOnly ? [after] : [];
	// `“…,” X said` is the surest sign; a quote that ends its sentence looks back first.
	const order = closesSentence
		? [...before, ...trailing, ...documents]
		: [...trailing, ...before, ...documents];
	for (const phrase of order) {
		const speaker = context.resolve(phrase.phrase, phrase.position);
		if (speaker !== undefined) return speaker;
	}
	return undefined;
}

/** The speaker phrase in the rest of the sentence after a closing mark. */
function afterQuote(paragraph: Paragraph, close: number, closesSentence: boolean) {
	const end = sentenceEndAfter(paragraph.starts, close + 2, paragraph.masked.length);
	const verbs = verbsWithin(paragraph.verbs, close + 1, end);
	return phraseAfter(paragraph.masked.slice(close + 1, end), close + 1, closesSentence, verbs);
}

/** The speaker a speech verb's subject names, if any. */
function verbSubject(
	text: string,
	offset: number,
	starts: readonly number[],
	verb: VerbMatch,
	context: SpeakerContext,
): Speaker | null | undefined {
	const start = Math.max(0, sentenceStartOf(starts, offset + verb.index) - offset);
	const subject = subjectBefore(text.slice(start, verb.index));
	const phrase = subject.joined ? sentenceSubject(text.slice(start)) : subject.phrase;
	return context.resolve(phrase, offset + verb.index);
}

/** Subjects of speech verbs between two offsets of a paragraph, resolved where they name someone. */
function verbSubjects(
	paragraph: Paragraph,
	from: number,
	to: number,
	context: SpeakerContext,
): Speaker[] {
	const speakers: Speaker[] = [];
	const text = paragraph.masked.slice(from, to);
	for (const verb of verbsWithin(paragraph.verbs, from, to)) {
		const speaker = verbSubject(text, from, paragraph.starts, verb, context);
		if (speaker) speakers.push(speaker);
	}
	return speakers;
}

/** Who introduces the quotations after a paragraph ending `X said in a statement:`. */
function introducer(
	paragraph: Paragraph | undefined,
	context: SpeakerContext,
): Speaker | undefined {
	if (!paragraph || !paragraph.masked.trimEnd().endsWith(':')) return undefined;
	const start = paragraph.starts.at(-1) ?? 0;
	const sentence = paragraph.masked.slice(start);
	const issued = /\b(?:issued|released|put out|gave|made|shared|sent)\b/i.exec(sentence);
	const verb = speechVerbsIn(sentence)[0]?.index ?? issued?.index;
	if (verb === undefined)
		return context.resolve(sentence.replace(/:\s*$/u, ''), start) ?? undefined;
	const subject = subjectBefore(sentence.slice(0, verb));
	const phrase =
		subject.joined || subject.phrase === '' ? sentenceSubject(sentence) : subject.phrase;
	return context.resolve(phrase, start) ?? undefined;
}

/**
 * Every direct quotation in the body, in reading order, each with its speaker. A quotation is
 * two or more words between curly or straight marks (apostrophes told apart by their
 * neighbours; a nested quote belongs to its outer one; a quote running over paragraphs gives
 * one quote per paragraph with one speaker). `text` is the words between the marks as written,
 * minus one trailing comma. Titles of works in Title Case and one-word scare quotes are left
 * out. The speaker comes from a sieve, most certain rule first: the quote's own sentence
 * (`“…,” X said`, `said X`, `according to X`, `X said/told/called for … “…”`, `the statement
 * said` → the last issuer, pronouns → the latest fitting speaker), then the paragraph (another
 * quote's speaker, a speech verb's subject, a lone named person), then the paragraph before
 * (`X issued the following statement:`, a run of quotes). Names are given in their fullest
 * form in the article without titles (`Mr. Trump` → `Donald Trump`, `the Kremlin` → `Kremlin`);
 * a speaker the article only describes keeps its words minus a leading `the` (`a senior
 * official`, `state transportation department`); null when the article does not say.
 */
export function extractQuotes(locations: readonly ParagraphLocation[]): Quote[] {
	const paragraphs = locations.map(prepare);
	linkContinuations(paragraphs);
	const context = new SpeakerContext();
	context.learnNames(paragraphs.map((paragraph) => paragraph.runs));
	const attributed: Attributed[][] = [];
	let previousSpeaker: {speaker: Speaker; paragraph: number} | null = null;
	for (const [index, paragraph] of paragraphs.entries()) {
		context.beginParagraph(paragraph.masked, index, paragraph.starts, paragraph.runs);
		const events = issuerEvents(paragraph.masked, paragraph.starts, context);
		let lastVoice: {speaker: Speaker; position: number} | null = null;
		for (const verb of paragraph.verbs) {
			// `welcomed`, `praised`: only a speaker when a quote follows.
			if (weakSpeechVerbs.has(verb.verb)) continue;
			const speaker = verbSubject(paragraph.masked, 0, paragraph.starts, verb, context);
			if (!speaker) continue;
			context.noteSpeaker(speaker, verb.index);
			lastVoice = {speaker, position: verb.index};
		}
		const results: Attributed[] = paragraph.quotes.map(() => ({speaker: null, direct: false}));
		const missing: number[] = [];
		for (const [position, quote] of paragraph.quotes.entries()) {
			while (events.length > 0 && events[0]!.position < quote.span.open) events.shift()!.apply();
			const speaker = directSpeaker(paragraph, quote, context);
			if (speaker === undefined) missing.push(position);
			else results[position] = {speaker, direct: true};
			if (speaker) context.noteSpeaker(speaker, quote.span.open);
		}
		for (const event of events) event.apply();
		for (const position of missing) {
			const speaker = fallbackSpeaker(
				paragraphs,
				index,
				position,
				results,
				previousSpeaker,
				context,
			);
			results[position] = {speaker, direct: false};
			if (speaker) context.noteSpeaker(speaker, paragraph.quotes[position]!.span.open);
		}
		const lastQuote = paragraph.quotes.at(-1);
		const quoted = results.at(-1)?.speaker;
		if (quoted && (!lastVoice || lastQuote!.span.open > lastVoice.position)) {
			previousSpeaker = {speaker: quoted, paragraph: index};
		} else if (lastVoice) {
			previousSpeaker = {speaker: lastVoice.speaker, paragraph: index};
		}
		attributed.push(results);
	}
	shareAcrossContinuations(paragraphs, attributed);
	return paragraphs.flatMap((paragraph, index) =>
		paragraph.quotes.map((quote, position) => ({
			text: quote.text,
			speaker: attributed[index]![position]!.speaker?.name ?? null,
			section: paragraph.location.section,
			paragraph: paragraph.location.paragraph,
			offset: quote.offset,
		})),
	);
}

function fallbackSpeaker(
	paragraphs: readonly Paragraph[],
	index: number,
	position: number,
	results: readonly Attributed[],
	previousSpeaker: {speaker: Speaker; paragraph: number} | null,
	context: SpeakerContext,
): Speaker | null {
	const paragraph = paragraphs[index]!;
	const quote = paragraph.quotes[position]!;
	const earlier = paragraph.quotes[position - 1];
	const from = earlier ? (earlier.span.close === -1 ? quote.span.open : earlier.span.close + 1) : 0;
	const between = verbSubjects(paragraph, from, quote.span.open, context);
	if (between.length > 0) return between.at(-1)!;
	const neighbour = nearestDirect(results, position);
	if (neighbour) return neighbour;
	const opensParagraph = paragraph.masked.slice(0, quote.span.open).trim() === '';
	if (position === 0 && opensParagraph) {
		const intro = introducer(paragraphs[index - 1], context);
		if (intro) return intro;
	}
	const persons = context.personMentions();
	if (persons.length === 1) return persons[0]!;
	// A paragraph that is only a quotation, soon after a quoted speaker, goes on quoting them.
	if (opensParagraph && previousSpeaker && index - previousSpeaker.paragraph <= 2) {
		return previousSpeaker.speaker;
	}
	return null;
}

/** The speaker of the nearest quote in the paragraph attributed in its own sentence. */
function nearestDirect(results: readonly Attributed[], position: number): Speaker | undefined {
	for (let distance = 1; distance < results.length; distance++) {
		for (const index of [position - distance, position + distance]) {
			const result = results[index];
			if (result?.direct && result.speaker) return result.speaker;
		}
	}
	return undefined;
}

/** A quotation running over paragraphs has one speaker: the first one any part names. */
function shareAcrossContinuations(
	paragraphs: readonly Paragraph[],
	attributed: Attributed[][],
): void {
	let chain: Attributed[] = [];
	const settle = () => {
		const speaker = (
			chain.find((part) => part.direct && part.speaker) ?? chain.find((part) => part.speaker)
		)?.speaker;
		if (speaker) for (const part of chain) part.speaker = speaker;
		chain = [];
	};
	for (const [index, paragraph] of paragraphs.entries()) {
		const {quotes} = paragraph;
		const results = attributed[index]!;
		if (paragraph.continues && chain.length > 0 && quotes.length > 0) {
			chain.push(results[0]!);
			if (quotes[0]!.span.close !== -1 || quotes.length > 1) settle();
		} else {
			settle();
		}
		if (quotes.at(-1)?.span.close === -1 && chain.length === 0) chain = [results.at(-1)!];
	}
	settle();
}
