import {daysBetween, formatDay, isValidDay, type Day} from './calendar.js';
import type {YearlessDay} from './mention.js';

/** An event's date with what its phrase said when it wrote a month and day without a year. */
export type Dated = {
	date: string | null;
	readonly phrase: string;
	readonly yearless?: YearlessDay;
};

// By news style a date within a week is written as a weekday (`Monday`), so a month and day that
// close to publication, used as a name (`the Jan. 6 attack` in early January), is most often an
// anniversary: its year is left unknown rather than guessed.
const nearDays = 7;

function key(month: number, day: number): string {
	return `${month}-${day}`;
}

/**
 * One article means one date by one month and day, so the yearless mentions of a month and day
 * (`Jan. 6`, `January 6th`) agree, in text order of `events`: a year written with that month and
 * day anywhere in the article (`Jan. 6, 2021`) gives it to them all; otherwise a name of an event
 * close to publication leaves them all undated; otherwise they take the first one's year.
 */
export function agreeOnYears(events: readonly Dated[], published: Day | null): void {
	const written = new Map<string, number>();
	for (const event of events) {
		// Only a phrase that writes the year out: a weekday may fall on the same day by chance.
		const match =
			event.yearless || !/\d{4}/.test(event.phrase)
				? null
				: /^(\d{4})-(\d{2})-(\d{2})$/.exec(event.date ?? '');
		if (!match) continue;
		const name = key(Number(match[2]), Number(match[3]));
		if (!written.has(name)) written.set(name, Number(match[1]));
	}
	const groups = new Map<string, Dated[]>();
	for (const event of events) {
		if (!event.yearless) continue;
		const name = key(event.yearless.month, event.yearless.day);
		const group = groups.get(name) ?? [];
		group.push(event);
		groups.set(name, group);
	}
	for (const [name, group] of groups) {
		const {month, day} = group[0]!.yearless!;
		const year = written.get(name);
		if (year !== undefined) {
			const date = {year, month, day};
			if (isValidDay(date)) for (const event of group) event.date = formatDay(date);
			continue;
		}
		const unsure = group.some((event) => isNearName(event, published));
		const date = unsure ? null : group[0]!.date;
		for (const event of group) event.date = date;
	}
}

function isNearName(event: Dated, published: Day | null): boolean {
	if (!published || !event.yearless?.naming || event.date === null) return false;
	const [year, month, day] = event.date.split('-').map(Number);
	return Math.abs(daysBetween(published, {year: year!, month: month!, day: day!})) <= nearDays;
}
