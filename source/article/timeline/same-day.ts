import {daysBetween, formatDay, isValidDay, type Day} from './calendar.js';
import type {YearlessDay} from './mention.js';

/** An event as far as years go: its date and the phrase that gave it. */
type Dated = {readonly date: string | null; readonly phrase: string};

/** An event (by index) whose phrase wrote a month and day without a year. */
export type Yearless = {readonly index: number; readonly day: YearlessDay};

// By news style a date within a week is written as a weekday (`Monday`), so a month and day that
// close to publication, used as a name (`the Jan. 6 attack` in early January), is most often an
// anniversary: its year is left unknown rather than guessed.
const nearDays = 7;

function key(month: number, day: number): string {
	return `${month}-${day}`;
}

/**
 * One article means one date by one month and day, so the yearless mentions of a month and day
 * (`Jan. 6`, `January 6th`) agree, in text order: a year written with that month and day
 * anywhere in the article (`Jan. 6, 2021`) gives it to them all; otherwise a name of an event
 * close to publication leaves them all undated; otherwise they take the first one's year.
 * Returns the new date of each event in `yearless`, by index into `events`.
 */
export function agreeOnYears(
	events: readonly Dated[],
	yearless: readonly Yearless[],
	published: Day | null,
): Map<number, string | null> {
	const dates = new Map<number, string | null>();
	if (yearless.length === 0) return dates;
	const undated = new Set(yearless.map(({index}) => index));
	const written = new Map<string, number>();
	for (const [index, event] of events.entries()) {
		// Only a phrase that writes the year out: a weekday may fall on the same day by chance.
		if (undated.has(index) || !/\d{4}/.test(event.phrase)) continue;
		const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(event.date ?? '');
		if (!match) continue;
		const name = key(Number(match[2]), Number(match[3]));
		if (!written.has(name)) written.set(name, Number(match[1]));
	}
	const groups = new Map<string, Yearless[]>();
	for (const mention of yearless) {
		const name = key(mention.day.month, mention.day.day);
		const group = groups.get(name) ?? [];
		group.push(mention);
		groups.set(name, group);
	}
	for (const [name, group] of groups) {
		const {month, day} = group[0]!.day;
		const year = written.get(name);
		let date: string | null;
		if (year === undefined) {
			const unsure = group.some((mention) => isNearName(mention, events, published));
			date = unsure ? null : events[group[0]!.index]!.date;
		} else {
			const calendarDay = {year, month, day};
			if (!isValidDay(calendarDay)) continue;
			date = formatDay(calendarDay);
		}
		for (const mention of group) dates.set(mention.index, date);
	}
	return dates;
}

function isNearName(mention: Yearless, events: readonly Dated[], published: Day | null): boolean {
	const date = events[mention.index]!.date;
	if (!published || !mention.day.naming || date === null) return false;
	const [year, month, day] = date.split('-').map(Number);
	return Math.abs(daysBetween(published, {year: year!, month: month!, day: day!})) <= nearDays;
}
