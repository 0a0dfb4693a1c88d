/** Who a phrase stands for: a name as the article gives it fullest, and what it names. */
export type Speaker = {
	readonly name: string;
	readonly kind: 'person' | 'organisation' | 'group';
};

/** A speaker named or heard at a position of the current paragraph. */
export type Mention = Speaker & {readonly position: number; readonly subject: boolean};

/** How many items of a list in position order stand before `position`. */
function countBefore(items: readonly Mention[], position: number): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (items[middle]!.position < position) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The last item before `position` of a list in position order that fits. */
function latest(
	items: readonly Mention[],
	position: number,
	fits: (item: Mention) => boolean,
): Mention | undefined {
	// A paragraph of thousands of names asks this for each of them: start at `position`.
	for (let index = countBefore(items, position) - 1; index >= 0; index--)
		if (fits(items[index]!)) return items[index];
	return undefined;
}

/** Adds `speaker` as the latest of `list`, which keeps a few distinct names per kind. */
function remember(list: Speaker[], speaker: Speaker): void {
	const index = list.findIndex(
		(found) => found.name === speaker.name && found.kind === speaker.kind,
	);
	if (index !== -1) list.splice(index, 1);
	list.push({name: speaker.name, kind: speaker.kind});
	if (list.length > 24) list.shift();
}

/**
 * Who the article has named and heard so far, paragraph by paragraph, for pronouns and for
 * descriptions of someone already named (`he`, `the Mississippi Democrat`).
 */
export class MentionHistory {
	/** People and bodies the current paragraph names outside quotes, in order. */
	mentions: Mention[] = [];
	private speakers: Mention[] = [];
	/** Speakers and mentions of earlier paragraphs, latest last (a few of them). */
	private readonly lastSpeakers: Speaker[] = [];
	private readonly lastMentions: Speaker[] = [];
	/** The latest person named as a sentence's subject, and the paragraph it was in. */
	private lastSubject: {speaker: Speaker; paragraph: number} | null = null;
	private lastSpeakerParagraph = -1;
	private paragraph = -1;

	/** Closes the paragraph read so far and starts paragraph `index`. */
	beginParagraph(index: number): void {
		for (const mention of this.mentions) {
			remember(this.lastMentions, mention);
			if (mention.kind === 'person' && mention.subject) {
				this.lastSubject = {speaker: mention, paragraph: this.paragraph};
			}
		}
		for (const speaker of this.speakers) {
			remember(this.lastSpeakers, speaker);
			if (speaker.kind === 'person') this.lastSpeakerParagraph = this.paragraph;
		}
		this.paragraph = index;
		this.mentions = [];
		this.speakers = [];
	}

	/** Records that `speaker` spoke at `position` of the current paragraph. */
	noteSpeaker(speaker: Speaker, position: number): void {
		const index = countBefore(this.speakers, position + 1);
		this.speakers.splice(index, 0, {...speaker, position, subject: true});
	}

	/**
	 * The latest fitting speaker for a pronoun at `position`: a speaker earlier in the
	 * paragraph, a body whose statement the paragraph just named (`issuer`, for `it said`), a
	 * person the paragraph names, then the latest speaker and mention of earlier paragraphs.
	 * `except` is a name the pronoun-like phrase itself put there; `agrees` rules out people
	 * whose gender differs from the pronoun's.
	 */
	pronoun(
		kind: Speaker['kind'],
		position: number,
		issuer: {speaker: Speaker; position: number} | null,
		except?: string,
		agrees: (name: string) => boolean = () => true,
	): Speaker | null {
		const kinds: Speaker['kind'][] = kind === 'group' ? ['group', 'organisation'] : [kind];
		const fits = (mention: Speaker) =>
			kinds.includes(mention.kind) && mention.name !== except && agrees(mention.name);
		const spoke = latest(this.speakers, position, fits);
		if (spoke) return spoke;
		if (kind !== 'person' && issuer && issuer.position < position) return issuer.speaker;
		const mention =
			latest(this.mentions, position, (candidate) => fits(candidate) && candidate.subject) ??
			latest(this.mentions, position, fits);
		if (mention) return mention;
		// `Mr Martin did, however, confirm …` then `“…,” he told MPs`: a person made the subject
		// of a later paragraph than the last speaker's is the likelier `he`.
		if (
			kind === 'person' &&
			this.lastSubject &&
			this.lastSubject.paragraph > this.lastSpeakerParagraph &&
			fits(this.lastSubject.speaker)
		) {
			return this.lastSubject.speaker;
		}
		for (const candidate of kinds) {
			const speaker = [this.lastSpeakers, this.lastMentions]
				.map((list) => list.findLast((found) => found.kind === candidate && fits(found)))
				.find(Boolean);
			if (speaker) return speaker;
		}
		return null;
	}
}
