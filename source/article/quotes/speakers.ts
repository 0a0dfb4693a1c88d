import {analyseRun, findNameRuns, NameRegistry, titleKeys, type NameRun} from './names.js';
import {leadingAdverbial, sentenceEndAfter, sentenceStartOf} from './clauses.js';
import {MentionHistory, type Speaker} from './history.js';
import {
	Descriptors,
	apposedSpeaker,
	bodyEpithet,
	describedSpeaker,
	clauseOpening,
	headNoun,
	isRole,
	isSubjectPosition,
	personEpithet,
	stateEpithet,
} from './roles.js';
import {contentNouns, documentOwner, documentWord} from './documents.js';
import {genderCue, Genders, type Gender} from './gender.js';
import {organisationCues, roleNouns, titleWords} from './vocabulary.js';

export type {Speaker} from './history.js';

const prepositionAfterHead = /^\s*,?\s*(?:of|at|for|from|with|in)\s/i;
const leadingThe = /^the\s+/i;
const ownedBody = /^(his|her)\s+(office|campaign|team|family|government|administration)$/i;
const pronounLike = /\b(?:he|she|it|they|his|her|its|their)\b/i;

/** Keeps what a paragraph says about who is who while quotes are attributed in order. */
export class SpeakerContext {
	readonly registry = new NameRegistry();
	/** The body that issued the most recent statement or readout mentioned. */
	issuer: Speaker | null = null;
	/** Where in the current paragraph the issuer was last named, or -1. */
	private issuerPosition = -1;
	private readonly descriptors = new Descriptors();
	private readonly history = new MentionHistory();
	/** The latest body heard, by the last word of its name: `agency` → `state water agency`. */
	private readonly bodies = new Map<string, Speaker>();
	private people: Speaker[] = [];
	private readonly genders = new Genders();
	private readonly resolved = new Map<string, Speaker | null | undefined>();

	/** Learns every person's fullest name before attribution starts. */
	learnNames(paragraphs: ReadonlyArray<readonly NameRun[]>): void {
		for (const [index, runs] of paragraphs.entries()) {
			for (const run of runs) {
				const name = analyseRun(run.tokens);
				if (name.kind === 'person') this.registry.add(name.name, index * 1e7 + run.start);
			}
		}
	}

	/** Reads the names, titles and descriptions a paragraph mentions. */
	beginParagraph(
		text: string,
		index: number,
		starts: readonly number[],
		runs: readonly NameRun[],
	): void {
		this.history.beginParagraph(index);
		this.registry.readUpTo((index + 1) * 1e7 - 1);
		this.resolved.clear();
		this.issuerPosition = -1;
		for (const [position, run] of runs.entries()) {
			const speaker = this.mentionOf(text, run);
			if (speaker === undefined) continue;
			// `…, and skipper Harry Maguire was`: a subject may open a later clause of the sentence.
			// Only the last 80 characters can be a subject's lead; a longer one never is.
			const from = sentenceStartOf(starts, run.start);
			const near = text.slice(Math.max(from, run.start - 120), run.start);
			// `On my last afternoon, Pennick took me …`: an opening phrase does not stop a subject.
			const clause = near.split(clauseOpening).at(-1)!.replace(leadingAdverbial, '');
			const whole = clause.length < near.length || from >= run.start - 120;
			const subject = whole && isSubjectPosition(clause);
			if (speaker.kind === 'person') {
				this.descriptors.learn(text, run, speaker.name);
				// Up to the sentence's end or the next name, whichever comes first.
				const end = Math.min(
					sentenceEndAfter(starts, run.start, text.length),
					runs[position + 1]?.start ?? text.length,
				);
				this.genders.learn(speaker.name, genderCue(text, run.tokens, run, end, subject));
			}
			this.history.mentions.push({...speaker, position: run.start, subject});
		}
		const people = this.history.mentions.filter((mention) => mention.kind === 'person');
		this.people = [...new Map(people.map((person) => [person.name, person])).values()];
	}

	/** Records that `speaker` spoke at `position` of the current paragraph. */
	noteSpeaker(speaker: Speaker, position: number): void {
		this.history.noteSpeaker(speaker, position);
		if (speaker.kind !== 'person') this.bodies.set(headNoun(speaker.name), speaker);
	}

	/** Records that the paragraph names `issuer` as a statement's source at `position`. */
	noteIssuer(issuer: Speaker, position: number): void {
		this.issuer = issuer;
		this.issuerPosition = position;
	}

	/** Distinct people the current paragraph names outside quotes. */
	personMentions(): readonly Speaker[] {
		return this.people;
	}

	/**
	 * The speaker a subject phrase stands for: a name, a pronoun, a document (`the statement` →
	 * its issuer) or a description (`a senior official`). `undefined` when the phrase does not
	 * look like a speaker at all; `null` when it does but the article does not say who.
	 */
	resolve(phrase: string, position: number): Speaker | null | undefined {
		// Names, descriptions and documents read the same all through a paragraph; pronouns
		// depend on where they stand, so they are never remembered.
		if (this.resolved.has(phrase)) return this.resolved.get(phrase);
		const speaker = this.resolveFresh(phrase, position);
		if (!pronounLike.test(phrase) && !documentWord.test(phrase)) this.resolved.set(phrase, speaker);
		return speaker;
	}

	private resolveFresh(phrase: string, position: number): Speaker | null | undefined {
		const text = phrase
			.trim()
			.replace(/^[\s,]+|[\s,]+$/gu, '')
			.replace(/(?<!\b[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я]|\b(?:Jr|Sr|Inc|Corp|Co|Ltd))\.$/u, '')
			.replace(/^(?:and|but|or|then|so)\s+/i, '')
			// `X, who has since left the company,` → X: a closing relative clause names no one.
			.replace(/,\s*(?:who|which|whose)\s[^,]*$/iu, '');
		if (text === '' || text.split(/\s+/).length > 14) return undefined;
		const lower = text.toLowerCase();
		if (lower === 'he' || lower === 'she')
			return this.pronoun('person', position, undefined, lower === 'he' ? 'male' : 'female');
		if (lower === 'it') return this.pronoun('organisation', position);
		if (lower === 'they') return this.pronoun('group', position);
		const owned = ownedBody.exec(text);
		if (owned && !this.descriptors.get(owned[2]!.toLowerCase())) {
			// `his office`, `her campaign`: the body of the person `his` or `her` stands for.
			const gender = owned[1]!.toLowerCase() === 'his' ? 'male' : 'female';
			const owner = this.pronoun('person', position, undefined, gender);
			if (owner) return {name: `${owner.name}’s ${owned[2]!}`, kind: 'organisation'};
		}
		const epithet = stateEpithet.exec(text);
		if (epithet) {
			// `the Mississippi Democrat`, `the Texas senator`: a person the story already named.
			const self = text.replace(leadingThe, '');
			const described = this.descriptors.get(epithet[1]!.toLowerCase());
			const person =
				(described === self ? undefined : described) ??
				this.pronoun('person', position, self)?.name;
			if (person) return {name: person, kind: 'person'};
		}
		if (personEpithet.test(text)) {
			const person = this.pronoun('person', position);
			if (person) return person;
		}
		const bodyNoun = bodyEpithet.exec(text)?.[1];
		if (bodyNoun) {
			// `the agency` after `the state water agency said`; else the body named last.
			const body =
				this.bodies.get(bodyNoun.toLowerCase()) ?? this.pronoun('organisation', position);
			if (body) return body;
		}
		const issuer = this.documentIssuer(text, position);
		if (issuer !== undefined) return issuer;
		const parts = text.split(/\s*,\s*/u).filter(Boolean);
		if (parts.length >= 2) return apposedSpeaker(parts, (part) => this.resolve(part, position));
		const both = /^(.+?)\s+and\s+(.+)$/u.exec(text);
		if (both && /[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я]/u.test(both[1]!) && /[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я]/u.test(both[2]!)) {
			const first = this.resolve(both[1]!, position);
			const second = this.resolve(both[2]!, position);
			if (first?.kind === 'person' && second?.kind === 'person') {
				return {name: `${first.name} and ${second.name}`, kind: 'group'};
			}
		}
		const runs = findNameRuns(text);
		if (runs.length === 0) return describedSpeaker(text, this.descriptors);
		const head = prepositionAfterHead.test(text.slice(runs[0]!.end)) ? runs[0]! : runs.at(-1)!;
		const after = text
			.slice(head.end)
			.replace(/^['’]s?/u, '')
			.trim();
		const roleOf = /(?:^|\s)([a-z]+)\s+(?:for|of|at|from|with)\s+(?:the\s+)?$/i.exec(
			text.slice(0, head.start),
		);
		if (after === '' && roleOf && isRole(roleOf[1]!)) {
			// `a spokesman for the House`: the role speaks, not the body it belongs to.
			const plural = /[^s]s$/u.test(roleOf[1]!);
			return {name: text.replace(leadingThe, ''), kind: plural ? 'group' : 'person'};
		}
		if (head !== runs[0] || after === '' || prepositionAfterHead.test(` ${after}`)) {
			if (text.slice(0, head.start).split(/\s+/).length > 7) return undefined;
			if (after === '' || head === runs[0]) return this.speakerOfRun(head, text);
		}
		if (head.possessive && contentNouns.test(after)) return this.speakerOfRun(head, text);
		const words = after.split(/\s+/);
		if (words.length > 3 || !/^[a-zß-öø-ÿĀ-ɏά-ώа-џ]/u.test(after) || !isRole(words.at(-1)!))
			return undefined;
		// `Trump’s transition team`, `the Norland government`, `a Kremlin spokesman`.
		// `a Department of Health and Social Care spokesperson`: one body's name holds `and`.
		let first = runs.indexOf(head);
		while (first > 0 && text.slice(runs[first - 1]!.end, runs[first]!.start) === ' and ') first--;
		const from = runs[first]!.start;
		const lead = /(?:^|\s)(?:(?:a|an|the|one)\s+)?$/i.exec(text.slice(0, from));
		const body = text.slice(lead ? lead.index : from).trim();
		const last = words.at(-1)!.toLowerCase();
		if (organisationCues.has(last))
			return {name: body.replace(leadingThe, ''), kind: 'organisation'};
		return (
			describedSpeaker(body, this.descriptors) ?? {
				name: body.replace(leadingThe, ''),
				kind: 'group',
			}
		);
	}

	/** The issuer of a document phrase (`a statement from X`, `the statement`), else undefined. */
	documentIssuer(text: string, position: number): Speaker | null | undefined {
		const owner = documentOwner(text);
		if (owner === null) return undefined;
		if (owner === 'bare') return this.issuer;
		const issuer = this.resolve(owner, position);
		if (issuer) this.noteIssuer(issuer, position);
		return issuer;
	}

	/** What a run of `text` names; `the younger Hargrove` is the later Hargrove introduced. */
	private speakerOfRun(run: NameRun, text: string): Speaker | undefined {
		const name = analyseRun(run.tokens);
		const younger = /\b(?:the|a)\s+younger\s+$/i.test(
			text.slice(Math.max(0, run.start - 14), run.start),
		);
		switch (name.kind) {
			case 'person': {
				return {name: this.registry.fullest(name.name, younger), kind: 'person'};
			}
			case 'title': {
				for (const key of titleKeys(name.title ?? '')) {
					const person = this.descriptors.get(key);
					if (person) return {name: person, kind: 'person'};
				}
				// `Georgia Republican`: a description of someone, not a bare title such as `President`.
				return run.tokens.some((token) => !titleWords.has(token.toLowerCase()))
					? {name: name.name, kind: 'person'}
					: undefined;
			}
			case 'unknown': {
				if (this.registry.knowsPerson(name.name)) {
					return {name: this.registry.fullest(name.name, younger), kind: 'person'};
				}
				return {name: name.name, kind: 'organisation'};
			}
			default: {
				return {name: name.name, kind: 'organisation'};
			}
		}
	}

	private pronoun(
		kind: Speaker['kind'],
		position: number,
		except?: string,
		gender?: Gender,
	): Speaker | null {
		const issuer =
			this.issuer && this.issuerPosition !== -1
				? {speaker: this.issuer, position: this.issuerPosition}
				: null;
		const agrees = (name: string) => !gender || (this.genders.of(name) ?? gender) === gender;
		const found = this.history.pronoun(kind, position, issuer, except, agrees);
		if (found || !gender) return found;
		// `“…,” Okafor said.` then `he said`: a lone surname the article never gave in full was
		// taken for a body; with no person to fit, `he` or `she` is that name.
		const lone = (name: string) => /^[A-Z][a-z’'-]+$/.test(name) && agrees(name);
		const named = this.history.pronoun('organisation', position, null, except, lone);
		return named ? {name: named.name, kind: 'person'} : null;
	}

	/** What a run names in running text, with a role noun after it: `Union leaders`. */
	private mentionOf(text: string, run: NameRun): Speaker | undefined {
		const roles = /^\s+((?:[a-zß-öø-ÿĀ-ɏά-ώа-џ-]+\s+)?[a-zß-öø-ÿĀ-ɏά-ώа-џ-]+)/u.exec(
			text.slice(run.end, run.end + 40),
		);
		const following = roles?.[1]?.split(/\s+/) ?? [];
		const isGroupRole = (word: string | undefined) =>
			word !== undefined && roleNouns.has(word) && !titleWords.has(word);
		const words = isGroupRole(following[1]) ? following : following.slice(0, 1);
		if (!run.possessive && isGroupRole(words.at(-1))) {
			const described = this.resolve(`${run.tokens.join(' ')} ${words.join(' ')}`, run.start);
			if (described) return described;
		}
		// `flight MS804`, `F-35`: codes and numbers name no one.
		if (run.tokens.length === 1 && /\d/.test(run.tokens[0]!)) return undefined;
		// `the Red Planet`, `the Golden Gate`: a name after `the` with no title is not a person.
		const name = analyseRun(run.tokens);
		if (
			name.kind === 'person' &&
			name.title === null &&
			/(?:^|\s)the\s+$/.test(text.slice(Math.max(0, run.start - 6), run.start))
		)
			return undefined;
		return this.speakerOfRun(run, text);
	}
}
