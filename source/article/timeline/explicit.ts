import {en, type ParsedResult} from 'chrono-node';
import {daysBetween, formatDay, formatMonth, isValidDay, type Day} from './calendar.js';
import {inferYear, withLeadingWord, type Context, type Mention} from './mention.js';
import {monthNames, rangeEnds} from './ranges.js';
import {isFutureClause} from './tense.js';

type ParsedComponents = ParsedResult['start'];

// `chrono-node/en` would do, but its wildcard export does not resolve under vitest; the main
// entry's `en` namespace is the same code and esbuild leaves the other locales out of the bundle.
const {Chrono, configuration} = en;
type Chrono = InstanceType<typeof Chrono>;

// Only chrono's month-name and numeric-date parsers: its weekday, casual and time-unit parsers
// disagree with news usage (a bare weekday means the past one), flag words such as `now` or
// `second`, and their large patterns cost tens of milliseconds to compile on first use. They are
// picked out by their patterns, which are built (and parsed) only when a month name first
// appears, so an article without one never pays for them.
let parsers: {readonly dayFirst: Chrono; readonly monthFirst: Chrono} | undefined;

function monthParsers(): {readonly dayFirst: Chrono; readonly monthFirst: Chrono} {
	if (parsers) return parsers;
	const casual = configuration.createCasualConfiguration();
	const sources = new Map(
		casual.parsers.map((parser) => {
			try {
				return [parser, parser.pattern({option: {}} as never).source];
			} catch {
				return [parser, ''];
			}
		}),
	);
	const months = casual.parsers.filter((parser) => /january/i.test(sources.get(parser) ?? ''));
	// The day-before-month parser (`18 March`, `the third of July`) has the costliest pattern to
	// compile; it is used only where a number or ordinal stands before a month name.
	const dayFirst = (source: string) =>
		/first/.test(source) && source.search(/first/) < source.search(/january/);
	parsers = {
		dayFirst: new Chrono({parsers: months, refiners: casual.refiners}),
		monthFirst: new Chrono({
			parsers: months.filter((parser) => !dayFirst(sources.get(parser) ?? '')),
			refiners: casual.refiners,
		}),
	};
	return parsers;
}
const numberBeforeMonth =
	/(?:\d|first|second|third|th|st|nd|rd)\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/;

// A short pattern finds capitalised words that may be months; the set says which are.
const monthWord =
	/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-zA-Z]*/g;
// All-number dates (`2014-03-18`, `2014/3/18`) are read here: chrono is only woken for words.
const numericDate = /\b([12]\d{3})([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])\b(?![-/.]\d)/g;
// A month named alone (`in May`) is a date only after one of these; `Theresa May`, `the
// Women’s March` and `he may` are not.
const monthAloneLead =
	/\b(?:in|into|since|until|till|by|during|through|throughout|from|to|early|late|mid|last|next|this|before|after|between|and|of|end|beginning|start|middle)[\s-]+$/i;
// A neutral reference date for chrono when the article has none; years it implies are ignored.
const neutralReference = new Date(Date.UTC(2000, 5, 15, 12));

/** Explicit calendar dates: `March 18, 2014`, `18 March 2014`, `Mar. 18`, `2014-03-18`, `in May`. */
export function findExplicitDates(context: Context): Mention[] {
	const {text, sentence} = context;
	const windows = candidateWindows(text, sentence.start, sentence.end);
	const mentions: Mention[] = [];
	for (const window of windows) {
		const reference = context.published
			? new Date(Date.UTC(context.published.year, context.published.month - 1, 15, 12))
			: neutralReference;
		const slice = text.slice(window.start, window.end);
		const {dayFirst, monthFirst} = monthParsers();
		const parser = numberBeforeMonth.test(slice) ? dayFirst : monthFirst;
		const results = parser.parse(slice, {
			instant: reference,
			timezone: 0,
		});
		for (const result of results) {
			for (const part of rangeEnds(result)) {
				const mention = toMention(context, part, window.start);
				if (mention) mentions.push(mention);
			}
		}
	}
	return [...mentions, ...findNumericDates(context)];
}

function findNumericDates(context: Context): Mention[] {
	const {text, sentence} = context;
	const body = text.slice(sentence.start, sentence.end);
	const mentions: Mention[] = [];
	numericDate.lastIndex = 0;
	for (let match = numericDate.exec(body); match; match = numericDate.exec(body)) {
		const day = {year: Number(match[1]), month: Number(match[3]), day: Number(match[4])};
		if (!isValidDay(day)) continue;
		const start = sentence.start + match.index;
		mentions.push({
			start: withLeadingWord(text, sentence.start, start),
			end: start + match[0].length,
			date: formatDay(day),
			approximate: false,
			kind: 'explicit',
		});
	}
	return mentions;
}

// Chrono reads a bounded window around each month name, so a huge unpunctuated paragraph
// costs time in proportion to its date words, not its length squared.
function candidateWindows(text: string, from: number, to: number): {start: number; end: number}[] {
	const windows: {start: number; end: number}[] = [];
	const sentence = text.slice(from, to);
	for (const pattern of [monthWord]) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
			if (pattern === monthWord && !monthNames.has(match[0].toLowerCase())) continue;
			const start = snapBack(text, Math.max(from, from + match.index - 30), from);
			const end = snapForward(text, Math.min(to, from + match.index + match[0].length + 24), to);
			const last = windows.at(-1);
			if (last && start <= last.end) last.end = Math.max(last.end, end);
			else windows.push({start, end});
		}
	}
	return windows.sort((a, b) => a.start - b.start);
}

function snapBack(text: string, index: number, floor: number): number {
	let position = index;
	while (position > floor && !/\s/.test(text.charAt(position - 1))) position--;
	return position;
}

function snapForward(text: string, index: number, ceiling: number): number {
	let position = index;
	while (position < ceiling && !/\s/.test(text.charAt(position))) position++;
	return position;
}

function toMention(context: Context, result: ParsedResult, base: number): Mention | null {
	const raw = result.text;
	let start = base + result.index;
	let end = start + raw.trimEnd().replace(/[,;:]+$/, '').length;
	const leadingOn = /^on\s+/i.exec(raw);
	if (leadingOn) start += leadingOn[0].length;
	const phrase = context.text.slice(start, end);
	// The month's own word, not `to` in `3 to 7 March`: `may`, `march` in lower case are words.
	const month = phrase.match(/[A-Za-z]+/g)?.find((word) => monthNames.has(word.toLowerCase()));
	if (month && !/^[A-Z]/.test(month)) return null;
	const components = result.start;
	const hasDay = components.isCertain('day');
	let yearWritten = components.isCertain('year') || result.end?.isCertain('year') === true;
	// Chrono reads `Feb 18 29` as 2029; news writes years in full, so a two-digit tail is not one.
	const shortYear = /[\s,/-]+['’]?\d{2}$/.exec(phrase);
	// Nor is a two-digit number inside a range: `March 1st 31 - march`.
	if (yearWritten && !/\d{4}/.test(phrase)) {
		yearWritten = false;
		if (shortYear) end -= shortYear[0].length;
	}
	if (!hasDay && !yearWritten && !isMonthAlone(context.text, start, end)) return null;
	// `on 9 January next year`: the year is named in words right after the date.
	const named = yearWritten ? null : yearAfter(context, end);
	if (named) {
		end += named.length;
		yearWritten = true;
	}
	const span = {start, end};
	const naming = hasDay && !yearWritten && namesEvent(context.text, span);
	const year = named ? named.year : yearWritten ? yearOf(result) : null;
	const date = resolve(context, components, year, span, naming);
	if (date === undefined) return null;
	start = withLeadingWord(context.text, context.sentence.start, start);
	end = Math.max(end, start);
	const yearless =
		hasDay && !yearWritten
			? {
					month: components.get('month')!,
					day: components.get('day')!,
					naming,
				}
			: undefined;
	return {start, end, date, approximate: false, kind: 'explicit', yearless};
}

// `next year`, `this year`, `last year` right after a month and day, and the year they name
// (null without a published date).
function yearAfter(context: Context, end: number): {length: number; year: number | null} | null {
	const match = /^,?\s+(next|this|last)\s+year\b/i.exec(context.text.slice(end, end + 16));
	if (!match) return null;
	const offset = {next: 1, this: 0, last: -1}[match[1]!.toLowerCase() as 'next' | 'this' | 'last'];
	const year = context.published ? context.published.year + offset : null;
	return {length: match[0].length, year};
}

// Words that may follow a date without the date naming the noun after them.
const notNouns = new Set(
	'a about after against amid an and are as at because before but by despite during following for from had has have if in into is last next of on or per since so than that the this through to until was were when which while who will with would'.split(
		' ',
	),
);

/**
 * Whether a month and day stand before a noun, naming an event by its date: `the Jan. 6 attack`,
 * `Jan. 6 committee`, `the July 4 Parade`. Such a name may be years old.
 */
function namesEvent(text: string, span: {start: number; end: number}): boolean {
	const next = /^ ([A-Za-z]+)/.exec(text.slice(span.end, span.end + 24))?.[1];
	if (next === undefined || notNouns.has(next.toLowerCase())) return false;
	if (/^[a-z]/.test(next)) return true;
	// A capitalised word names an event only after an article: `the Jan. 6 Capitol riot`.
	return /\b(?:the|a|an|its|their|his|her)\s+$/i.test(
		text.slice(Math.max(0, span.start - 6), span.start),
	);
}

// `in May`, `since November`, `the December meeting`; not `Theresa May` or `the March for Life`.
function isMonthAlone(text: string, start: number, end: number): boolean {
	const before = text.slice(Math.max(0, start - 12), start);
	if (monthAloneLead.test(before)) return true;
	return (
		/\b(?:the|a|an|its|his|her|their|our)\s+$/i.test(before) &&
		/^\s+[a-z]/.test(text.slice(end, end + 3))
	);
}

function yearOf(result: ParsedResult): number | null {
	if (result.start.isCertain('year')) return result.start.get('year');
	return result.end?.get('year') ?? null;
}

/** The date at the precision written; null when a year is needed but unknown; undefined if invalid. */
function resolve(
	context: Context,
	components: ParsedComponents,
	writtenYear: number | null,
	span: {start: number; end: number},
	naming: boolean,
): string | null | undefined {
	const month = components.get('month');
	if (month === null) return undefined;
	const day = components.isCertain('day') ? components.get('day') : null;
	let year = writtenYear;
	if (year === null) {
		if (!context.published) return null;
		// The tense of the clause is not the tense of an event named by its date.
		year = naming
			? nearestYear(context.published, month, day ?? 15)
			: inferYear(
					context.published,
					month,
					day ?? 15,
					isFutureClause(context.text, context.sentence, span),
				);
		if (day === null) year = yearForMonthAlone(context, month, span.start) ?? year;
	}
	if (year < 1000 || year > 2999) return undefined;
	if (day === null) return month >= 1 && month <= 12 ? formatMonth(year, month) : undefined;
	const calendarDay = {year, month, day};
	return isValidDay(calendarDay) ? formatDay(calendarDay) : undefined;
}

// The year that puts a month and day nearest the published day.
function nearestYear(published: Day, month: number, day: number): number {
	let best = published.year;
	for (const year of [published.year - 1, published.year + 1]) {
		const distance = (candidate: number) =>
			Math.abs(daysBetween(published, {year: candidate, month, day: Math.min(day, 28)}));
		if (distance(year) < distance(best)) best = year;
	}
	return best;
}

// `last March` is the one before the published month, `next March` the one after it.
function yearForMonthAlone(context: Context, month: number, start: number): number | null {
	const published = context.published;
	if (!published) return null;
	const before = context.text.slice(Math.max(0, start - 6), start).toLowerCase();
	if (/\blast\s+$/.test(before))
		return month < published.month ? published.year : published.year - 1;
	if (/\bnext\s+$/.test(before))
		return month > published.month ? published.year : published.year + 1;
	return null;
}
