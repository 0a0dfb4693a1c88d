import {formatYear} from './calendar.js';
import {withLeadingWord, type Context, type Mention} from './mention.js';
import {parseCount} from './numbers.js';
import {findYears} from './years.js';

const laterYears =
	/(?<![-/.\d])\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(later|earlier)|the\s+(following|next|previous)\s+year|(?:later|earlier)\s+that\s+year|(?:that|the)\s+same\s+year)\b/gi;

/**
 * Years counted from the latest year the story wrote before (`context.anchorYear`): `in 1964 …
 * A year later` → 1965, `the following year`, `three years earlier`, `later that year` (1964).
 * Nothing without one.
 */
export function findLaterYears(context: Context): Mention[] {
	const body = context.text.slice(context.sentence.start, context.sentence.end);
	if (!laterYears.test(body)) return [];
	const mentions: Mention[] = [];
	laterYears.lastIndex = 0;
	const years = findYears(context);
	for (let match = laterYears.exec(body); match; match = laterYears.exec(body)) {
		const start = context.sentence.start + match.index;
		// `She married in 1968; the following year …`: a year written earlier in the sentence.
		const written = years.filter((year) => year.start < start && year.date).at(-1)?.date;
		const anchor = written ? Number(written.slice(0, 4)) : context.anchorYear;
		if (anchor === undefined || anchor === null) continue;
		const word = (match[1] ?? '').toLowerCase();
		// `later that year`, `the same year`: the year itself.
		const same = match[1] === undefined && match[3] === undefined;
		const count = same ? 0 : word === '' || word === 'a' || word === 'an' ? 1 : parseCount(word);
		if (count === null || count === undefined) continue;
		const back = match[2]?.toLowerCase() === 'earlier' || match[3]?.toLowerCase() === 'previous';
		mentions.push({
			start: withLeadingWord(context.text, context.sentence.start, start),
			end: start + match[0].length,
			date: formatYear(anchor + (back ? -count : count)),
			approximate: false,
			kind: 'relative',
		});
	}
	return mentions;
}
