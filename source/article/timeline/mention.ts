import {daysBetween, type Day} from './calendar.js';
import type {Span} from './sentences.js';

/** A date phrase found in a paragraph, before it becomes a timeline event. */
export type Mention = Span & {
	/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or null when nothing anchors a relative phrase. */
	readonly date: string | null;
	readonly approximate: boolean;
	readonly kind: 'explicit' | 'weekday' | 'relative' | 'year' | 'span' | 'dateline';
	/** A month and day written without a year: which, and whether it names an event. */
	readonly yearless?: YearlessDay;
};

/** `Jan. 6` without a year; `naming` when it stands before a noun: `the Jan. 6 attack`. */
export type YearlessDay = {readonly month: number; readonly day: number; readonly naming: boolean};

/** What every finder is given: the paragraph, one of its sentences and the article's date. */
export type Context = {
	readonly text: string;
	readonly sentence: Span;
	readonly published: Day | null;
	/** The latest year the story wrote before this sentence, for `a year later`. */
	readonly anchorYear?: number | null;
};

// Prepositions and time adverbs that belong to the date phrase as written (`on Monday`).
const lead =
	/(?:^|[\s(—–-])((?:on|in|to|since|until|till|by|from|during|through|throughout|before|after|as of|later|earlier|early|late|until late|as early as|as late as|last|next)\s+)$/i;

/** Widens `start` to take in a preposition such as `on` or `since` written just before. */
export function withLeadingWord(text: string, floor: number, start: number): number {
	const match = lead.exec(text.slice(Math.max(floor, start - 16), start));
	return match?.[1] ? start - match[1].length : start;
}

/**
 * The year for a month and day written without one: the published year, except that a past
 * clause never lands more than two months after publication (the previous year then), and a
 * future one never lands more than two months before it (the next year then).
 */
export function inferYear(published: Day, month: number, day: number, future: boolean): number {
	const candidate = {year: published.year, month, day: Math.min(day, 28)};
	const distance = daysBetween(published, candidate);
	if (!future && distance > 61) return published.year - 1;
	if (future && distance < -61) return published.year + 1;
	return published.year;
}

/**
 * Drops mentions that overlap a longer one, keeps text order, and joins a weekday written just
 * before an explicit date (`Monday, Nov. 14`) into that date.
 */
export function resolveOverlaps(mentions: readonly Mention[], text: string): Mention[] {
	const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Mention[] = [];
	for (const mention of sorted) {
		const last = kept.at(-1);
		if (last && mention.start < last.end) {
			if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
			continue;
		}
		if (
			last?.kind === 'weekday' &&
			mention.kind === 'explicit' &&
			/^,?\s*$/.test(text.slice(last.end, mention.start))
		) {
			kept[kept.length - 1] = {...mention, start: last.start};
			continue;
		}
		kept.push(mention);
	}
	return kept;
}
