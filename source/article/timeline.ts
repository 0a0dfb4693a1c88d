import {parseDay} from './timeline/calendar.js';
import {findDateline} from './timeline/dateline.js';
import {findExplicitDates} from './timeline/explicit.js';
import {findLaterYears} from './timeline/later.js';
import {resolveOverlaps, type Context, type Mention} from './timeline/mention.js';
import {findRelativeDates} from './timeline/relative.js';
import {agreeOnYears, type Yearless} from './timeline/same-day.js';
import {splitSentences, type Span} from './timeline/sentences.js';
import {summarize} from './timeline/summary.js';
import {findWeekdays} from './timeline/weekdays.js';
import {findYears} from './timeline/years.js';
import type {ParagraphLocation, TimelineEvent} from './types.js';

/**
 * The span of its paragraph each event's summary was made from: `summarize(paragraph, span,
 * phrase)` makes it again, for a model that keeps no summaries (see `StoredTimeline`).
 */
export const summarySentences = new WeakMap<TimelineEvent, Span>();

// A cheap test that lets sentences without any date word skip the finders altogether.
const dateish =
	/\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day|night|to(?:day|night|morrow)|week|month|year|decade|centur|spring|summer|autumn|fall\b|winter|\d0s\b/i;
// Datelines open one of the first paragraphs (a byline may come before them).
const datelineParagraphs = 3;

/**
 * Every dated event in the body, sorted by date (earlier first, text order among equals);
 * undated ones last. Which phrases count and how they resolve:
 * - explicit dates at the precision written (`March 18, 2014` → 2014-03-18, `in May 2016` →
 *   2016-05, `in 2014` → 2014); a month and day without a year take the published year, or the
 *   neighbouring one when the clause's tense says so; all the yearless mentions of one month
 *   and day agree (a year written with it elsewhere wins; a name such as `the Jan. 6 attack`
 *   within a week of publication leaves the year unknown);
 * - weekdays: the latest on or before the published day, the next one in a future clause;
 * - `today`, `yesterday`, `last week` (the day a week earlier), `next month`, `last year`,
 *   `two years ago`, resolved against `published` (`YYYY-MM-DD`) and null without it;
 * - vague spans (`over the last decade`, `over 200 years`): their start, marked approximate;
 * - a wire dateline (`WASHINGTON (AP) —`): the story's date.
 * A date mentioned twice in one sentence is one event. Today's date is never consulted.
 */
export function extractTimeline(
	paragraphs: readonly ParagraphLocation[],
	published: string | null,
): TimelineEvent[] {
	const day = parseDay(published);
	const events: TimelineEvent[] = [];
	const yearless: Yearless[] = [];
	let anchorYear: number | null = null;
	for (const location of paragraphs) {
		const {text} = location;
		const dateline = location.paragraph < datelineParagraphs ? findDateline(text, day) : null;
		const sentences = splitSentences(text);
		// A dateline with a full stop in it (`PARADISE, Calif. (AP) —`) spans two sentences: it
		// is one event, given by the first.
		let datelineGiven = false;
		for (const sentence of sentences) {
			const opensWithDateline = dateline !== null && sentence.start < dateline.end;
			if (!opensWithDateline && !dateish.test(text.slice(sentence.start, sentence.end))) continue;
			const context: Context = {text, sentence, published: day, anchorYear};
			let found = findMentions(context);
			if (opensWithDateline) {
				found = datelineGiven
					? found.filter((mention) => mention.start >= dateline.end)
					: withDateline(found, dateline);
				datelineGiven = true;
			}
			const seen = new Set<string>();
			const resolved = resolveOverlaps(found, text);
			anchorYear = latestWrittenYear(resolved) ?? anchorYear;
			for (const mention of resolved) {
				const phrase = text.slice(mention.start, mention.end);
				// A yearless month and day may yet change its year, so it is told apart by its words.
				const key =
					mention.date === null || mention.yearless
						? `phrase ${phrase.toLowerCase()}`
						: mention.date;
				if (seen.has(key) || phrase.trim() === '') continue;
				seen.add(key);
				// The summary is the story's first words, not the dateline before them.
				const around = opensWithDateline ? afterDateline(text, sentences, dateline.end) : sentence;
				if (mention.yearless) yearless.push({index: events.length, day: mention.yearless});
				const event = {
					date: mention.date,
					phrase,
					approximate: mention.approximate,
					summary: summarize(text, around, mention),
					section: location.section,
					paragraph: location.paragraph,
					offset: mention.start,
				};
				summarySentences.set(event, around);
				events.push(event);
			}
		}
	}
	for (const [index, date] of agreeOnYears(events, yearless, day)) {
		const event = events[index]!;
		events[index] = {...event, date};
		summarySentences.set(events[index], summarySentences.get(event)!);
	}
	return sortByDate(events);
}

// The dateline gives way to a phrase of the same date in its sentence (`said on Monday`), and
// takes the place of any date written inside it (`OSLO, Feb. 3 (Reuters) -`).
function withDateline(found: readonly Mention[], dateline: Mention): Mention[] {
	const outside = found.filter((mention) => mention.start >= dateline.end);
	if (outside.some((mention) => mention.date === dateline.date)) return outside;
	return [dateline, ...outside];
}

// The first sentence that has words after the dateline (`SOCHI, May 14. /TASS/. The Kremlin …`).
function afterDateline(text: string, sentences: readonly Span[], end: number): Span {
	const next = sentences.find((sentence) =>
		/\w/.test(text.slice(Math.max(end, sentence.start), sentence.end)),
	);
	return next ? {start: Math.max(end, next.start), end: next.end} : {start: 0, end};
}

function findMentions(context: Context): Mention[] {
	return [
		...findExplicitDates(context),
		...findWeekdays(context),
		...findRelativeDates(context),
		...findYears(context),
		...findLaterYears(context),
	];
}

// The year of the last date written in full in a sentence: what `a year later` counts from.
function latestWrittenYear(mentions: readonly Mention[]): number | null {
	let latest: Mention | null = null;
	for (const mention of mentions) {
		const written = mention.kind === 'explicit' || mention.kind === 'year';
		if (written && mention.date && !mention.approximate && !mention.yearless)
			if (!latest || mention.start > latest.start) latest = mention;
	}
	return latest ? Number(latest.date!.slice(0, 4)) : null;
}

function sortByDate(events: TimelineEvent[]): TimelineEvent[] {
	const dated = events.filter((event) => event.date !== null);
	const undated = events.filter((event) => event.date === null);
	// Array.prototype.sort is stable, so equal dates keep their text order.
	dated.sort((a, b) =>
		(a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0,
	);
	return [...dated, ...undated];
}
