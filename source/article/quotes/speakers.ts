import {analyseRun, findNameRuns, NameRegistry, titleKeys, type NameRun} from './names.js';
import {sentenceStartOf, sentenceSubject} from './clauses.js';
import {documentNouns, organisationCues, titleWords} from './vocabulary.js';

/** Who a phrase stands for: a name as the article gives it fullest, and what it names. */
export type Speaker = {
	readonly name: string;
	readonly kind: 'person' | 'organisation' | 'group';
};

type Mention = Speaker & {readonly position: number; readonly subject: boolean};

const documents = [...documentNouns].join('|');
const documentFrom = new RegExp(
	`^(?:[\\p{L}\\-]+\\s+){0,3}?(?:${documents})s?\\s+(?:from|by|issued by|released by|of)\\s+(.+)$`,
	'iu',
);
const documentOfOwner = new RegExp(
	`^(.+?)(?:’s|'s|’|')\\s+(?:[\\p{L}\\-]+\\s+){0,2}?(?:${documents})$`,
	'iu',
);
const documentOfNamed = new RegExp(
	`^(?:a|an|the)\\s+(.*\\p{Lu}.*?)\\s+(?:joint\\s+)?(?:${documents})$`,
	'u',
);
const documentBare = new RegExp(
	`^(?:the|this|that|a|an|its|their|his|her|one|another)\\s+(?:[\\p{L}\\-]+\\s+){0,2}?(?:${documents})$`,
	'iu',
);
const determiner =
	/^(?:the|a|an|one|another|two|three|four|five|several|some|many|most|his|her|their|its|our|both|all)\b/iu;
/** What a person's words are called: `Ushakov’s comments said` → Ushakov. */
const contentNouns =
	/^(?:[\p{Ll}-]+\s+)?(?:comments|remarks|words|testimony|speech|address|response|reply|answer|account|argument|message|tweet|post|interview)$/u;
const prepositionAfterHead = /^\s*,?\s*(?:of|at|for|from|with|in)\s/iu;

/** Keeps what a paragraph says about who is who while quotes are attributed in order. */
export class SpeakerContext {
	readonly registry = new NameRegistry();
	/** The body that issued the most recent statement or readout mentioned. */
	issuer: Speaker | null = null;
	private readonly descriptors = new Map<string, string>();
	private readonly lastSpeaker = new Map<Speaker['kind'], Speaker>();
	private readonly lastMention = new Map<Speaker['kind'], Speaker>();
	private mentions: Mention[] = [];
	private speakers: Mention[] = [];

	/** Learns every person's fullest name before attribution starts. */
	learnNames(paragraphs: readonly string[]): void {
		for (const [index, text] of paragraphs.entries()) {
			for (const run of findNameRuns(text)) {
				const name = analyseRun(run.tokens);
				if (name.kind === 'person') this.registry.add(name.name, index * 1e7 + run.start);
			}
		}
	}

	/** Reads the names, titles and descriptions a paragraph mentions. */
	beginParagraph(text: string, index: number, starts: readonly number[]): void {
		for (const mention of this.mentions) this.lastMention.set(mention.kind, mention);
		const spoken = [...this.speakers].sort((first, second) => first.position - second.position);
		for (const speaker of spoken) this.lastSpeaker.set(speaker.kind, speaker);
		this.mentions = [];
		this.speakers = [];
		for (const run of findNameRuns(text)) {
			const speaker = this.speakerOfRun(run);
			if (speaker === undefined) continue;
			if (speaker.kind === 'person') {
				this.registry.touch(speaker.name, index * 1e7 + run.start);
				this.learnDescriptors(text, run, speaker.name);
			}
			const start = sentenceStartOf(starts, run.start);
			const subject = sentenceSubject(text.slice(start, start + 200));
			const isSubject = run.start - start <= subject.length && subject.length > 0;
			this.mentions.push({...speaker, position: run.start, subject: isSubject});
		}
	}

	/** Records that `speaker` spoke at `position` of the current paragraph. */
	noteSpeaker(speaker: Speaker, position: number): void {
		this.speakers.push({...speaker, position, subject: true});
	}

	/** Person mentions of the current paragraph, outside quotes. */
	personMentions(): readonly Speaker[] {
		return this.mentions.filter((mention) => mention.kind === 'person');
	}

	/** Whether a person mention is the subject of a sentence in the current paragraph. */
	hasSubjectPerson(): boolean {
		return this.mentions.some((mention) => mention.kind === 'person' && mention.subject);
	}

	/**
	 * The speaker a subject phrase stands for: a name, a pronoun, a document (`the statement` →
	 * its issuer) or a description (`a senior official`). `undefined` when the phrase does not
	 * look like a speaker at all; `null` when it does but the article does not say who.
	 */
	resolve(phrase: string, position: number): Speaker | null | undefined {
		const text = phrase
			.trim()
			.replace(/^[\s,]+|[\s,]+$/gu, '')
			.replace(/(?<!\b\p{Lu}|\b(?:Jr|Sr|Inc|Corp|Co|Ltd))\.$/u, '')
			.replace(/^(?:and|but|or|then|so)\s+/iu, '');
		if (text === '' || text.split(/\s+/).length > 14) return undefined;
		const lower = text.toLowerCase();
		if (lower === 'he' || lower === 'she') return this.pronoun('person', position);
		if (lower === 'it') return this.pronoun('organisation', position);
		if (lower === 'they') return this.pronoun('group', position);
		const issuer = this.documentIssuer(text, position);
		if (issuer !== undefined) return issuer;
		const parts = text.split(/\s*,\s*/u).filter(Boolean);
		if (parts.length >= 2) return this.resolveParts(parts, position);
		const both = /^(.+?)\s+and\s+(.+)$/u.exec(text);
		if (both && /\p{Lu}/u.test(both[1]!) && /\p{Lu}/u.test(both[2]!)) {
			const first = this.resolve(both[1]!, position);
			const second = this.resolve(both[2]!, position);
			if (first?.kind === 'person' && second?.kind === 'person') {
				return {name: `${first.name} and ${second.name}`, kind: 'group'};
			}
		}
		const runs = findNameRuns(text);
		if (runs.length === 0) return this.description(text);
		const head = prepositionAfterHead.test(text.slice(runs[0]!.end)) ? runs[0]! : runs.at(-1)!;
		const after = text
			.slice(head.end)
			.replace(/^['’]s?/u, '')
			.trim();
		if (head.possessive && contentNouns.test(after)) return this.speakerOfRun(head) ?? undefined;
		if (head.possessive && /^[\p{Ll}]/u.test(after)) {
			const name = text.replace(/^(?:the|a|an)\s+/iu, '');
			const last = name.split(/\s+/).at(-1)!.toLowerCase();
			return {name, kind: organisationCues.has(last) ? 'organisation' : 'group'};
		}
		const described = /^((?:[\p{Ll}-]+\s+){1,3})$/u.exec(`${after} `);
		if (described && titleWords.has(described[1]!.trim().split(/\s+/).at(-1)!)) {
			const start = /(?:^|\s)((?:a|an|the|one)\s+)?$/iu.exec(text.slice(0, head.start))!;
			const phrase = text.slice(start.index + (start[0].startsWith(' ') ? 1 : 0));
			return this.description(phrase) ?? {name: phrase, kind: 'person'};
		}
		return this.speakerOfRun(head) ?? undefined;
	}

	/** `Smith, a spokesman,` → Smith; `the spokesman, John Kirby,` → John Kirby. */
	private resolveParts(parts: readonly string[], position: number): Speaker | null | undefined {
		for (const [index, part] of parts.entries()) {
			const speaker = this.resolve(part, position);
			if (speaker === undefined) continue;
			const next = parts[index + 1];
			if (next !== undefined && !/\p{Lu}/u.test(part)) {
				const named = this.resolve(next, position);
				if (named?.kind === 'person') return named;
			}
			return speaker;
		}
		return undefined;
	}

	/** The issuer of a document phrase (`a statement from X`, `the statement`), else undefined. */
	documentIssuer(text: string, position: number): Speaker | null | undefined {
		const owner =
			documentFrom.exec(text) ?? documentOfOwner.exec(text) ?? documentOfNamed.exec(text);
		if (owner) {
			const issuer = this.resolve(owner[1]!, position);
			if (issuer) this.issuer = issuer;
			return issuer;
		}
		return documentBare.test(text) ? this.issuer : undefined;
	}

	private speakerOfRun(run: NameRun): Speaker | undefined {
		const name = analyseRun(run.tokens);
		switch (name.kind) {
			case 'person': {
				return {name: this.registry.fullest(name.name), kind: 'person'};
			}
			case 'title': {
				for (const key of titleKeys(name.title ?? '')) {
					const person = this.descriptors.get(key);
					if (person) return {name: person, kind: 'person'};
				}
				return undefined;
			}
			case 'unknown': {
				if (this.registry.knowsPerson(name.name)) {
					return {name: this.registry.fullest(name.name), kind: 'person'};
				}
				return {name: name.name, kind: 'organisation'};
			}
			default: {
				return {name: name.name, kind: 'organisation'};
			}
		}
	}

	/** A speaker described, not named: `the spokesman` (named earlier) or `a senior official`. */
	private description(text: string): Speaker | undefined {
		const words = text.split(/\s+/);
		if (words.length > 8 || !determiner.test(text)) return undefined;
		if (
			words.some((word) => /^\p{Lu}/u.test(word)) &&
			!titleWords.has(words.at(-1)!.toLowerCase())
		) {
			return undefined;
		}
		const last = words.at(-1)!.toLowerCase();
		if (/^(?:the|his|her|its|their)\b/iu.test(text) && titleWords.has(last)) {
			const key = words.slice(1).join(' ').toLowerCase();
			const person = this.descriptors.get(key) ?? this.descriptors.get(last);
			if (person) return {name: person, kind: 'person'};
		}
		const plural =
			/[^s]s$/u.test(last) ||
			(words.length > 1 &&
				/^(?:two|three|four|five|several|some|many|both|all)$/iu.test(words[0]!));
		return {name: text, kind: plural ? 'group' : 'person'};
	}

	private learnDescriptors(text: string, run: NameRun, name: string): void {
		const title = analyseRun(run.tokens).title;
		for (const key of titleKeys(title ?? '')) this.descriptors.set(key, name);
		const before = /((?:[\p{Ll}-]+\s+){1,3})$/u.exec(
			text.slice(Math.max(0, run.start - 40), run.start),
		);
		const after = /^,\s+(?:the|a|an|his|her|its)\s+([^,.;]{1,60}?)(?:,|\.|;|$)/u.exec(
			text.slice(run.end, run.end + 80),
		);
		for (const phrase of [before?.[1], after?.[1]]) {
			if (!phrase) continue;
			const words = phrase.trim().toLowerCase().split(/\s+/);
			const titles = words.filter((word) => titleWords.has(word));
			if (titles.length === 0 || !titleWords.has(words.at(-1)!)) continue;
			this.descriptors.set(words.at(-1)!, name);
			this.descriptors.set(titles.join(' '), name);
		}
	}

	private pronoun(kind: Speaker['kind'], position: number): Speaker | null {
		const kinds: Speaker['kind'][] = kind === 'group' ? ['group', 'organisation'] : [kind];
		const fits = (mention: Mention) => kinds.includes(mention.kind) && mention.position < position;
		const spoke = this.speakers.filter(fits).at(-1);
		if (spoke) return spoke;
		const subject = this.mentions.filter((mention) => fits(mention) && mention.subject).at(-1);
		if (subject) return subject;
		for (const candidate of kinds) {
			const speaker = this.lastSpeaker.get(candidate);
			if (speaker) return speaker;
		}
		const mention = this.mentions.filter(fits).at(-1);
		if (mention) return mention;
		for (const candidate of kinds) {
			const last = this.lastMention.get(candidate);
			if (last) return last;
		}
		return null;
	}
}
