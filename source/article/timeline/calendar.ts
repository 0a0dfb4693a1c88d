/** A day in the proleptic Gregorian calendar, free of time zones. */
export type Day = {
	readonly year: number;
	readonly month: number;
	readonly day: number;
};

/** `YYYY-MM-DD` → a Day, or null when it is not a real calendar date. */
export function parseDay(text: string | null): Day | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text?.trim() ?? '');
	if (!match) return null;
	const day = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])};
	return isValidDay(day) ? day : null;
}

export function isValidDay({year, month, day}: Day): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(day: Day, count: number): Day {
	const date = new Date(Date.UTC(day.year, day.month - 1, day.day + count));
	return fromDate(date);
}

/** The same day `count` months later (or earlier), clamped to the month's length. */
export function addMonths(day: Day, count: number): Day {
	const index = day.year * 12 + (day.month - 1) + count;
	const year = Math.floor(index / 12);
	const month = index - year * 12 + 1;
	return {year, month, day: Math.min(day.day, daysInMonth(year, month))};
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
	return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
	return (toTime(b) - toTime(a)) / 86_400_000;
}

export function formatYear(year: number): string {
	return String(year).padStart(4, '0');
}

export function formatMonth(year: number, month: number): string {
	return `${formatYear(year)}-${pad(month)}`;
}

export function formatDay(day: Day): string {
	return `${formatMonth(day.year, day.month)}-${pad(day.day)}`;
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

function toTime(day: Day): number {
	const date = new Date(0);
	date.setUTCFullYear(day.year, day.month - 1, day.day);
	return date.getTime();
}

function fromDate(date: Date): Day {
	return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()};
}
