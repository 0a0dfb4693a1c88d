import {formatYear} from './calendar.js';
import {withLeadingWord, type Context, type Mention} from './mention.js';

const year = /(?<![\w$€£¥#№.,/'’])(1\d{3}|20\d{2}|21\d{2})(?:[-–](\d{2}|\d{4}))?(?![\w%]|[.,]\d)/g;
const decade = /\bthe\s+(?:(?:early|mid|late)[-\s]+)?(?:((?:1\d|20)\d0)s|['’](\d0)s)\b/gi;
// Words after which a four-digit number is surely a year.
const temporalWords = words(
	'in since until till by from during through throughout before after between of circa c early late mid fiscal fy year season spring summer autumn fall winter',
);
// Labels and quantities: `No. 2014`, `page 1991`, `about 2000 people`.
const labelWords = words(
	'no nos number page pages p pp room flight route highway interstate article section chapter verse resolution rule bill model lot unit suite box code exit gate platform bus ward district precinct km channel track level grade version v opus op psalm item serial ext than about around nearly almost over some approximately roughly least only just exactly another all with estimated at copyright ©',
);
const unitWords = words(
	'percent people persons troops soldiers residents workers employees jobs homes cases deaths miles kilometers kilometres km feet ft meters metres tons tonnes pounds dollars euros barrels acres hectares hours minutes seconds days weeks months years times points students children refugees migrants members votes seats delegates units copies users vehicles x',
);
const notPlural = words(
	'was has his its this thus plus yes perhaps across unless whereas always sometimes towards afterwards besides less series news',
);
// `since about 1812`, `in around 1900`: a year, approximately.
const approximately =
	/\b(?:in|since|from|until|by|before|after)\s+(?:about|around|approximately|roughly|circa|c\.)\s+$/i;
const streetAfter =
	/^\s+(?:[A-Z][a-z’'.]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Parkway|Highway|Square|Terrace)\b/;
const determiners = words('the its his her their our this that a an');

function words(list: string): ReadonlySet<string> {
	return new Set(list.split(' '));
}

/** Years on their own (`in 2014`, `since 1991`, `the 2016 election`) and decades (`the 1990s`). */
export function findYears(context: Context): Mention[] {
	const {text, sentence} = context;
	const body = text.slice(sentence.start, sentence.end);
	const mentions: Mention[] = [];
	year.lastIndex = 0;
	for (let match = year.exec(body); match; match = year.exec(body)) {
		const start = sentence.start + match.index;
		const end = start + match[0].length;
		const value = Number(match[1]);
		if (!isYear(context, start, end, value, match[2])) continue;
		const about = approximately.exec(text.slice(Math.max(0, start - 40), start));
		const phraseStart = about
			? start - about[0].length
			: withLeadingWord(text, sentence.start, withSeason(text, start));
		mentions.push({
			start: phraseStart,
			end,
			date: formatYear(value),
			approximate: about !== null,
			kind: 'year',
		});
	}
	decade.lastIndex = 0;
	for (let match = decade.exec(body); match; match = decade.exec(body)) {
		const start = sentence.start + match.index;
		const value = match[1] ? Number(match[1]) : centuryOf(context, Number(match[2]));
		const phraseStart = withLeadingWord(text, sentence.start, start);
		const end = start + match[0].length;
		mentions.push({
			start: phraseStart,
			end,
			date: formatYear(value),
			approximate: true,
			kind: 'year',
		});
	}
	return mentions;
}

function isYear(
	context: Context,
	start: number,
	end: number,
	value: number,
	range?: string,
): boolean {
	const {text} = context;
	const before = text.slice(Math.max(0, start - 24), start);
	const after = text.slice(end, end + 24);
	if (/^[-–/:]\d/.test(after)) return false; // phone numbers, scores, verses
	if (text.charAt(start - 1) === '-' && !/\b(?:mid|pre|post)-$/i.test(before)) return false;
	if (range && range.length === 2 && Number(range) <= value % 100) return false;
	const previous = (/([A-Za-z’'.]+)[\s-]*$/.exec(before)?.[1] ?? '')
		.toLowerCase()
		.replace(/\.$/, '');
	const next = (/^\s*([A-Za-z%]+)/.exec(after)?.[1] ?? '').toLowerCase();
	if (
		unitWords.has(next) ||
		/^\s*(?:%|per cent|of (?:the|them|whom|those|these|us)\b)/i.test(after)
	) {
		return false;
	}
	// `from 1500 to 2000 people`: a range of counts.
	const rangeUnit = /^\s*(?:to|and|or|-|–)\s*\d{4}\s+([a-z]+)/i.exec(
		text.slice(end, end + 40),
	)?.[1];
	if (rangeUnit && unitWords.has(rangeUnit.toLowerCase())) return false;
	if (temporalWords.has(previous) || approximately.test(before)) {
		const latest = context.published ? context.published.year + 100 : 2199;
		return value >= 1000 && value <= latest;
	}
	if (labelWords.has(previous) || /©\s*$/.test(before)) return false;
	if (streetAfter.test(after)) return false; // `1901 Main Street`
	// `won 2014 votes` is a count; `the 2016 elections` still a year.
	const plural =
		next.length > 3 &&
		next.endsWith('s') &&
		!notPlural.has(next) &&
		!/^\s*[A-Za-z]+['’]/.test(after);
	const determined = determiners.has(previous) || /['’]s$/.test(previous);
	if (plural && /^\s*[a-z]/.test(after) && !determined) return false;
	const recent = context.published ? context.published.year + 30 : 2099;
	return value >= 1800 && value <= recent;
}

// `the spring of 2014`, `early 2014`: the season or part of the year belongs to the phrase.
function withSeason(text: string, start: number): number {
	const match =
		/\b(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter|end|start|beginning|middle|first half|second half)\s+of\s+|(?:early|late|mid)[-\s]+)$/i.exec(
			text.slice(Math.max(0, start - 30), start),
		);
	return match ? start - match[0].length : start;
}

// `the ’90s`: the century nearest the published year, or the 1900s without one.
function centuryOf(context: Context, twoDigits: number): number {
	const reference = context.published?.year ?? 2000;
	const candidate = Math.floor(reference / 100) * 100 + twoDigits;
	return candidate > reference ? candidate - 100 : candidate;
}
