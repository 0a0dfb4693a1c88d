import {addDays, formatDay, weekdayOf, type Day} from './calendar.js';
import {withLeadingWord, type Context, type Mention} from './mention.js';
import {isFutureClause} from './tense.js';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pattern =
	/\b(?:((?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]his past|[Tt]his coming|[Pp]ast|[Cc]oming|[Pp]revious))\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(?:morning|afternoon|evening|night))?\b/g;
// Named days and titles that are not the weekday of an event: `Black Friday`, `Sunday Times`.
const namedBefore =
	/\b(?:Black|Good|Super|Cyber|Ash|Holy|Maundy|Easter|Bloody|Giving|Fat|Shrove|Palm|Whit|every|each|a|one|any|another|most|following|same|that)\s+$/i;
const namedAfter =
	/^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|Mail|Star|Sport|Night Live|Night Football|Morning\b|School|Service|Agreement|Massacre)/;

const notPlural = new Set([
	'was',
	'has',
	'this',
	'is',
	'as',
	'says',
	'plus',
	'across',
	'versus',
	'thus',
]);

/**
 * Weekdays. In a news story a bare weekday is the latest one on or before the published day;
 * in a future clause (`will meet on Friday`) the first one on or after it. `last Friday` is
 * strictly before, `next Friday` strictly after.
 */
export function findWeekdays(context: Context): Mention[] {
	const {text, sentence} = context;
	const mentions: Mention[] = [];
	const body = text.slice(sentence.start, sentence.end);
	pattern.lastIndex = 0;
	for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
		const start = sentence.start + match.index;
		const end = start + match[0].length;
		if (namedBefore.test(text.slice(Math.max(0, start - 12), start))) continue;
		if (namedAfter.test(text.slice(end, end + 16))) continue;
		// `Monday nighters`, `Friday prayers`, `in Monday games`: a kind of day, not a date.
		const following = /^\s+([a-z]+)/.exec(text.slice(end, end + 20))?.[1] ?? '';
		if (following.length > 3 && following.endsWith('s') && !notPlural.has(following)) continue;
		const modifier = (match[1] ?? '').toLowerCase();
		// `in Monday games` is a kind of day; `came in last Tuesday` is a date.
		if (
			!modifier &&
			/\bin\s+$/i.test(text.slice(Math.max(0, start - 4), start)) &&
			!/^['’]s\b/.test(text.slice(end))
		) {
			continue;
		}
		const weekday = weekdays.indexOf(match[2] ?? '');
		const date = context.published
			? formatDay(resolveWeekday(context, weekday, modifier, {start, end}, context.published))
			: null;
		const phraseStart = modifier ? start : withLeadingWord(text, sentence.start, start);
		mentions.push({start: phraseStart, end, date, approximate: false, kind: 'weekday'});
	}
	return mentions;
}

function resolveWeekday(
	context: Context,
	weekday: number,
	modifier: string,
	span: {start: number; end: number},
	published: Day,
): Day {
	const back = (weekdayOf(published) - weekday + 7) % 7;
	const forward = (weekday - weekdayOf(published) + 7) % 7;
	if (/^(?:last|past|previous|this past)$/.test(modifier)) return addDays(published, -(back || 7));
	if (/^(?:next|coming|this coming)$/.test(modifier)) return addDays(published, forward || 7);
	return isFutureClause(context.text, context.sentence, span)
		? addDays(published, forward)
		: addDays(published, -back);
}
