import {summarize} from './timeline/summary.js';
import type {Span} from './timeline/sentences.js';
import {Column, lazyArray, TextStore} from './stored-text.js';
import type {Quote, TimelineEvent} from './types.js';

// A long article's quotes and events kept as columns of numbers, their words read from the
// paragraphs they are in: a million small objects would take far more than the text itself.
// Each read of `quotes[i]` or `timeline[i]` makes the object anew.

/** Where body paragraphs are: the index of a paragraph's section, and its text. */
export type Paragraphs = {
	sectionOf(paragraph: number): number;
	textOf(paragraph: number): string;
};

/** Strings that recur (speakers, dates) kept once each and referred to by number. */
class Names<Name> {
	private readonly numbers = new Map<Name, number>();
	readonly names: Name[] = [];

	numberOf(name: Name): number {
		let number = this.numbers.get(name);
		if (number === undefined) {
			number = this.names.length;
			this.numbers.set(name, number);
			this.names.push(name);
		}
		return number;
	}
}

/** Marks a column value as an index into a `TextStore` of words kept as they are. */
const keptFlag = 2 ** 31;

/**
 * Spans of body paragraphs: where each is (paragraph, offset) and its words, read from the
 * paragraph when they are what it has there, else kept as they are (their length column then
 * holds `keptFlag` plus their index in `kept`).
 */
class Spans {
	private readonly paragraphColumn = new Column();
	private readonly offsets = new Column();
	private readonly lengths = new Column();
	private readonly kept = new TextStore();

	constructor(readonly paragraphs: Paragraphs) {}

	get length(): number {
		return this.paragraphColumn.length;
	}

	/** Adds a span; false when its words are not what the paragraph has there. */
	add(paragraph: number, offset: number, text: string): boolean {
		this.paragraphColumn.push(paragraph);
		this.offsets.push(offset);
		if (this.paragraphs.textOf(paragraph).startsWith(text, offset)) {
			this.lengths.push(text.length);
			return true;
		}
		this.lengths.push(keptFlag + this.kept.length);
		this.kept.add(text);
		return false;
	}

	paragraph(index: number): number {
		return this.paragraphColumn.at(index);
	}

	section(index: number): number {
		return this.paragraphs.sectionOf(this.paragraphColumn.at(index));
	}

	offset(index: number): number {
		return this.offsets.at(index);
	}

	/** The span's words, and its paragraph's text when they were read from it. */
	read(index: number): {words: string; paragraph: string | null} {
		const length = this.lengths.at(index);
		if (length >= keptFlag) return {words: this.kept.get(length - keptFlag)!, paragraph: null};
		const text = this.paragraphs.textOf(this.paragraphColumn.at(index));
		const offset = this.offsets.at(index);
		return {words: text.slice(offset, offset + length), paragraph: text};
	}

	trim(): void {
		for (const column of [this.paragraphColumn, this.offsets, this.lengths]) column.trim();
	}
}

/** The quotes of a long article, in the order added. */
export class StoredQuotes {
	private readonly spans: Spans;
	private readonly speakers = new Column();
	private readonly speakerNames = new Names<string | null>();

	constructor(paragraphs: Paragraphs) {
		this.spans = new Spans(paragraphs);
	}

	add(quote: Quote): void {
		this.spans.add(quote.paragraph, quote.offset, quote.text);
		this.speakers.push(this.speakerNames.numberOf(quote.speaker));
	}

	/** The quotes as a read-only array; add no more after. */
	array(): Quote[] {
		this.spans.trim();
		this.speakers.trim();
		const {spans} = this;
		return lazyArray(
			() => spans.length,
			(index) => ({
				// Read when asked for: most reads of a quote (finding its place, say) need no words.
				get text() {
					return spans.read(index).words;
				},
				speaker: this.speakerNames.names[this.speakers.at(index)]!,
				section: spans.section(index),
				paragraph: spans.paragraph(index),
				offset: spans.offset(index),
			}),
		);
	}
}

/**
 * The events of a long article, gathered by date as they are added (undated last), each date's
 * events in the order added. Summaries are made again when read, from the sentence they were
 * made from (see `summarySentences`); one made otherwise is kept as it is.
 */
export class StoredTimeline {
	private readonly spans: Spans;
	private readonly dates = new Column();
	private readonly approximate = new Column();
	private readonly sentenceStarts = new Column();
	/** The sentence's end, or `keptFlag` plus the index of the summary in `summaries`. */
	private readonly sentenceEnds = new Column();
	private readonly summaries = new TextStore();
	private readonly dateNames = new Names<string | null>();
	private byDate: Column[] = [];

	constructor(paragraphs: Paragraphs) {
		this.spans = new Spans(paragraphs);
	}

	/** Adds `event`, whose summary `summarize` made from `sentence` of its paragraph. */
	add(event: TimelineEvent, sentence: Span | undefined): void {
		const index = this.spans.length;
		const found = this.spans.add(event.paragraph, event.offset, event.phrase);
		const date = this.dateNames.numberOf(event.date);
		this.dates.push(date);
		this.approximate.push(event.approximate ? 1 : 0);
		if (found && sentence) {
			this.sentenceStarts.push(sentence.start);
			this.sentenceEnds.push(sentence.end);
		} else {
			this.sentenceStarts.push(0);
			this.sentenceEnds.push(keptFlag + this.summaries.length);
			this.summaries.add(event.summary);
		}
		(this.byDate[date] ??= new Column(16)).push(index);
	}

	/** The events by date, `compareDates` putting the dates in order; add no more after. */
	array(compareDates: (a: string | null, b: string | null) => number): TimelineEvent[] {
		const {names} = this.dateNames;
		const dateOrder = names.map((_, number) => number);
		dateOrder.sort((a, b) => compareDates(names[a]!, names[b]!));
		const order = new Column(Math.max(1, this.spans.length));
		for (const date of dateOrder) {
			const events = this.byDate[date]!;
			for (let index = 0; index < events.length; index++) order.push(events.at(index));
		}
		this.byDate = [];
		this.spans.trim();
		for (const column of [this.dates, this.approximate, this.sentenceStarts, this.sentenceEnds]) {
			column.trim();
		}
		return lazyArray(
			() => order.length,
			(position) => this.event(order.at(position)),
		);
	}

	private event(index: number): TimelineEvent {
		const {spans, summaries} = this;
		const offset = spans.offset(index);
		const start = this.sentenceStarts.at(index);
		const end = this.sentenceEnds.at(index);
		return {
			date: this.dateNames.names[this.dates.at(index)]!,
			// The words are read when asked for: most reads of an event (putting events in order,
			// say) need none, and an event's paragraph may be far from the last one read.
			get phrase() {
				return spans.read(index).words;
			},
			approximate: this.approximate.at(index) === 1,
			get summary() {
				if (end >= keptFlag) return summaries.get(end - keptFlag) ?? '';
				const {words, paragraph} = spans.read(index);
				return summarize(
					paragraph ?? '',
					{start, end},
					{start: offset, end: offset + words.length},
				);
			},
			section: spans.section(index),
			paragraph: spans.paragraph(index),
			offset,
		};
	}
}
