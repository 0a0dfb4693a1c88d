import {
	addDays,
	addMonths,
	formatDay,
	formatMonth,
	formatYear,
	weekdayOf,
	type Day,
} from './calendar.js';
import {withLeadingWord, type Context, type Mention} from './mention.js';
import {parseCount} from './numbers.js';
import {clauseTense, type Tense} from './tense.js';

type Unit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

const dayWords =
	/\b(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night)\b/gi;
const dayOffsets: Record<string, number> = {today: 0, tonight: 0, yesterday: -1, tomorrow: 1};
const periodWords =
	/\b(last|next|this|this past|this coming|past|coming|previous|earlier this|later this|over the)\s+(week|weekend|month|year|spring|summer|fall|autumn|winter)\b/gi;
// Counts are matched loosely (`\d+` or one or two words) and then read by parseCount: a short
// pattern compiles fast, and a word that is not a number simply yields no date.
const count = '(\\d{1,4}|[a-z]+(?:[- ][a-z]+)?)';
const qualifier =
	'(?:more than|over|nearly|almost|about|some|roughly|around|just over|just under|less than|fewer than|at least)';
const ago = new RegExp(
	`\\b(${qualifier}\\s+)?${count}\\s+(days?|weeks?|months?|years?|decades?|centur(?:y|ies))\\s+ago\\b`,
	'gi',
);
const lastSpan = new RegExp(
	`\\b(?:over|in|during|for|within|throughout)\\s+the\\s+(?:last|past|previous)\\s+(?:${count}\\s+)?(days?|weeks?|months?|years?|decades?|centur(?:y|ies))\\b`,
	'gi',
);
const backSpan = new RegExp(
	`\\b(?:dat(?:es|ing|ed) back|goes back|going back|stretching back|spanning)\\s+(${qualifier}\\s+)?${count}\\s+(years|decades|centuries)\\b`,
	'gi',
);
// Cheap tests that spare most sentences the patterns above.
const mayHaveAgo = /ago\b/i;
const mayHaveSpan = /\b(?:last|past|previous|back|spanning)\b/i;

/**
 * Relative dates, resolved against the published day: `today`, `yesterday`, `last week`
 * (the day one week before), `next month`, `last year`, `two years ago`, and vague spans
 * (`over the last decade`, `dates back over 200 years`: the span's start, approximate).
 */
export function findRelativeDates(context: Context): Mention[] {
	const body = context.text.slice(context.sentence.start, context.sentence.end);
	return [
		...findDayWords(context),
		...findPeriods(context),
		...(mayHaveAgo.test(body) ? findAgo(context) : []),
		...(mayHaveSpan.test(body) ? findSpans(context) : []),
		...findDeadlines(context),
	];
}

// `by the end of the year`: the current year (or month), a deadline not yet passed.
const endOfThe = /\b(?:by|before|until|till|through)\s+the\s+end\s+of\s+the\s+(year|month)\b/gi;

function findDeadlines(context: Context): Mention[] {
	const mentions: Mention[] = [];
	for (const match of matches(endOfThe, context)) {
		const published = context.published;
		const month = match[1]!.toLowerCase() === 'month';
		const date = !published
			? null
			: month
				? formatMonth(published.year, published.month)
				: formatYear(published.year);
		mentions.push({
			start: match.index,
			end: match.index + match[0].length,
			date,
			approximate: false,
			kind: 'relative',
		});
	}
	return mentions;
}

function* matches(pattern: RegExp, context: Context): Generator<RegExpExecArray> {
	const body = context.text.slice(context.sentence.start, context.sentence.end);
	pattern.lastIndex = 0;
	for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
		match.index += context.sentence.start;
		yield match;
	}
}

function findDayWords(context: Context): Mention[] {
	const mentions: Mention[] = [];
	for (const match of matches(dayWords, context)) {
		const word = match[0];
		// `USA Today`, the song `Yesterday`: capitalised only where a sentence may start.
		const before = context.text.slice(context.sentence.start, match.index);
		if (/^[A-Z]/.test(word) && !/^[\s"“‘'(]*$/.test(before)) continue;
		if (/^today/i.test(word) && isPresentDay(before, context.text.slice(match.index + word.length)))
			continue;
		const offset = dayOffsets[word.toLowerCase()] ?? (/^last/i.test(word) ? -1 : 0);
		const date = context.published ? formatDay(addDays(context.published, offset)) : null;
		const start = withLeadingWord(context.text, context.sentence.start, match.index);
		mentions.push({
			start,
			end: match.index + word.length,
			date,
			approximate: false,
			kind: 'relative',
		});
	}
	return mentions;
}

// `the country as it is today`, `today's world`: the present in general, not a dated event.
function isPresentDay(before: string, after: string): boolean {
	if (/\b(?:what|as|where|how)\s+(?:it|they|we|he|she|this)\s+(?:is|are)\s+$/i.test(before))
		return true;
	if (/\bstill\s+(?:\w+\s+)?$/i.test(before)) return true;
	return /^['’]s\s+(?:world|society|generations?|youth|young|children|standards|culture|climate|age|populations?|economy|markets?|terms|money|dollars|technology|media|politics)\b/i.test(
		after,
	);
}

function findPeriods(context: Context): Mention[] {
	const mentions: Mention[] = [];
	for (const match of matches(periodWords, context)) {
		const modifier = (match[1] ?? '').toLowerCase();
		const unit = (match[2] ?? '').toLowerCase();
		if (modifier === 'over the' && unit !== 'weekend') continue;
		// `the past year`, `the last week` are spans, left to findSpans.
		if (/\bthe\s+$/i.test(context.text.slice(Math.max(0, match.index - 4), match.index))) continue;
		const span = {start: match.index, end: match.index + match[0].length};
		const tense = clauseTense(context.text, context.sentence, span);
		const date = context.published ? resolvePeriod(context.published, modifier, unit, tense) : null;
		mentions.push({...span, date, approximate: false, kind: 'relative'});
	}
	return mentions;
}

function direction(modifier: string): -1 | 0 | 1 {
	if (/^(?:last|past|previous|this past)$/.test(modifier)) return -1;
	if (/^(?:next|coming|this coming)$/.test(modifier)) return 1;
	return 0;
}

function resolvePeriod(published: Day, modifier: string, unit: string, tense: Tense): string {
	const step = direction(modifier);
	if (unit === 'week') return formatDay(addDays(published, 7 * step));
	if (unit === 'month') {
		const month = addMonths(published, step);
		return formatMonth(month.year, month.month);
	}
	if (unit === 'year') return formatYear(published.year + step);
	if (unit === 'weekend')
		return formatDay(step === 0 ? thisWeekend(published, tense) : saturday(published, step));
	return formatYear(seasonYear(published, unit, step));
}

// `this weekend`: the one under way on a Saturday or Sunday; on a weekday the coming one from
// Wednesday on and the past one before, unless the clause's tense says otherwise.
function thisWeekend(published: Day, tense: Tense): Day {
	const weekday = weekdayOf(published);
	if (weekday === 6) return published;
	if (weekday === 0) return addDays(published, -1);
	const coming = tense ? tense === 'future' : weekday >= 3;
	return saturday(published, coming ? 1 : -1);
}

// The Saturday of a weekend: the latest on or before the day (-1), or the first after it (1).
function saturday(published: Day, step: -1 | 1): Day {
	const weekday = weekdayOf(published);
	if (step === 1) return addDays(published, (6 - weekday + 7) % 7 || 7);
	return addDays(published, -((weekday + 1) % 7));
}

const seasonStart: Record<string, number> = {spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12};

// A season is named by the year that holds most of it (winter: the year of its January).
function seasonYear(published: Day, season: string, step: -1 | 0 | 1): number {
	const now = published.year * 12 + published.month - 1;
	const first = seasonStart[season] ?? 6;
	let start = (published.year - (first === 12 && published.month <= 2 ? 1 : 0)) * 12 + first - 1;
	if (step === -1) while (start + 3 > now) start -= 12;
	if (step === 1) while (start <= now) start += 12;
	return Math.floor((start + 1) / 12);
}

function findAgo(context: Context): Mention[] {
	const mentions: Mention[] = [];
	for (const match of matches(ago, context)) {
		const words = match[2] ?? '';
		let start = match.index;
		let value = parseCount(words);
		// `happened two years ago`: the loose count took a word too many.
		if (value === null && !match[1]) {
			const last = /[a-z]+$/i.exec(words);
			value = last ? parseCount(last[0]) : null;
			start += match[0].indexOf(words) + (last?.index ?? 0);
		}
		if (value === null || value === 0) continue;
		const date = context.published ? shift(context.published, value, unitOf(match[3])) : null;
		if (date === undefined) continue;
		const end = match.index + match[0].length;
		mentions.push({start, end, date, approximate: Boolean(match[1]), kind: 'relative'});
	}
	return mentions;
}

function findSpans(context: Context): Mention[] {
	const mentions: Mention[] = [];
	for (const match of matches(lastSpan, context)) {
		const unit = unitOf(match[2]);
		const plural = /s$/i.test(match[2] ?? '');
		const count = match[1] ? parseCount(match[1]) : plural ? null : 1;
		if (count === null) continue;
		const date = context.published ? shift(context.published, count, unit) : null;
		if (date === undefined) continue;
		const end = match.index + match[0].length;
		mentions.push({start: match.index, end, date, approximate: true, kind: 'span'});
	}
	for (const match of matches(backSpan, context)) {
		const value = parseCount(match[2] ?? '');
		if (value === null) continue;
		const start = match.index + match[0].indexOf(match[1] ?? match[2] ?? '');
		const date = context.published ? shift(context.published, value, unitOf(match[3])) : null;
		if (date === undefined) continue;
		mentions.push({
			start,
			end: match.index + match[0].length,
			date,
			approximate: true,
			kind: 'span',
		});
	}
	return mentions;
}

function unitOf(word: string | undefined): Unit {
	const stem = (word ?? '').toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
	return (
		(['day', 'week', 'month', 'year', 'decade', 'century'] as const).find(
			(unit) => unit === stem,
		) ?? 'year'
	);
}

/** `count` units before the published day, at the precision the unit gives. */
function shift(published: Day, count: number, unit: Unit): string | undefined {
	if (unit === 'day') return formatDay(addDays(published, -Math.round(count)));
	if (unit === 'week') return formatDay(addDays(published, -Math.round(count * 7)));
	if (unit === 'month') {
		const month = addMonths(published, -Math.round(count));
		return formatMonth(month.year, month.month);
	}
	const years = unit === 'decade' ? count * 10 : unit === 'century' ? count * 100 : count;
	const year = published.year - Math.round(years);
	return year >= 1 ? formatYear(year) : undefined;
}
