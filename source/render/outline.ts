import type {Article, Quote, Section, TimelineEvent} from '../article/types.js';
import {printable} from './printable.js';

/** What a printed view shows: the chosen sections with their numbers, quotes and events. */
export type Outline = {
	readonly sections: ReadonlyArray<{readonly number: number; readonly section: Section}>;
	readonly quotes: readonly Quote[];
	readonly timeline: readonly TimelineEvent[];
};

/**
 * The whole article, or only section `only` (0-based) with its own quotes and events.
 * Section numbers shown to readers are 1-based.
 */
export function outline(article: Article, only?: number): Outline {
	const numbered = article.sections.map((section, index) => ({number: index + 1, section}));
	if (only === undefined) {
		return {sections: numbered, quotes: article.quotes, timeline: article.timeline};
	}
	return {
		sections: numbered.filter((entry) => entry.number === only + 1),
		quotes: article.quotes.filter((quote) => quote.section === only),
		timeline: article.timeline.filter((event) => event.section === only),
	};
}

const months = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** `2016-11-14` → `14 November 2016`, `2016-11` → `November 2016`; anything else as given. */
export function longDate(date: string): string {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	const month = match?.[2] ? months[Number(match[2]) - 1] : undefined;
	if (!match || (match[2] && !month)) {
		return date;
	}
	return [match[3] ? String(Number(match[3])) : '', month ?? '', match[1]]
		.filter(Boolean)
		.join(' ');
}

/** `The Hill · by Jane Doe · 14 November 2016 · 2 min read`, leaving out what is unknown. */
export function metaLine(article: Article): string {
	return metaParts(article).join(' · ');
}

/** The parts of the meta line: source, author, date and reading time, as far as known. */
export function metaParts(article: Article): string[] {
	return [
		article.source,
		article.author ? `by ${article.author}` : null,
		article.published ? longDate(article.published) : null,
		`${article.readingMinutes} min read`,
	]
		.filter((part): part is string => Boolean(part))
		.map(printable);
}

/** The date column of a timeline entry: the date, `~date` when approximate, or `undated`. */
export function dateLabel(event: TimelineEvent): string {
	if (event.date === null) {
		return 'undated';
	}
	return event.approximate ? `~${event.date}` : event.date;
}

/** The words of a timeline entry: its summary, led by its phrase when it has no date. */
export function eventText(event: TimelineEvent): string {
	const summary = printable(event.summary);
	return event.date === null ? `${printable(event.phrase)}: ${summary}` : summary;
}
