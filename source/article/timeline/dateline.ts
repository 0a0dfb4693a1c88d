import {formatDay, isValidDay, type Day} from './calendar.js';
import {inferYear, type Mention} from './mention.js';

const dateline =
	/^((?:[A-Z][A-Z.'’-]*[A-Z.])(?:\s+[A-Z][A-Z.'’-]*[A-Z.])*)(?:,\s+[A-Z][A-Za-z\u00C0-\u024F\u0370-\u052F.'’-]*(?:\s+[A-Z][A-Za-z\u00C0-\u024F\u0370-\u052F.'’-]*){0,3})?(?:,\s+([A-Z][A-Za-z]{2,8})\.?\s+(\d{1,2})(?:,\s+(\d{4}))?)?\.?\s*(?:(\([A-Z][A-Za-z\u00C0-\u024F\u0370-\u052F.&'’ -]{0,40}\))\s*(?:—|–|--|-)|(\/[A-Z][A-Za-z\u00C0-\u024F\u0370-\u052F.&'’ -]{0,40}\/)\.?|(?:—|–|--|-))(?=\s)/;
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A wire dateline opening a paragraph (`WASHINGTON (AP) —`, `MOSCOW, Nov. 14 (Reuters) -`):
 * the story's own date, written or else the published one.
 */
export function findDateline(text: string, published: Day | null): Mention | null {
	const match = dateline.exec(text);
	if (!match) return null;
	const city = match[1] ?? '';
	// One short capitalised word and a dash is a heading-like lead (`NATO - …`), not a dateline.
	// Without an agency, a dateline needs a sentence after its dash (`WASHINGTON — The …`) and a
	// place name of four letters or more, so that `NATO - the alliance` or `US - …` is not one.
	if (!match[5] && !match[6]) {
		const unsure = city.replace(/[^A-Z]/g, '').length < 4;
		if (unsure || !/^\s+["“‘A-Z]/.test(text.slice(match[0].length))) return null;
	}
	let date = published ? formatDay(published) : null;
	if (match[2] && match[3]) {
		const month = months.indexOf(match[2].slice(0, 3).toLowerCase()) + 1;
		if (month === 0) return null;
		const day = Number(match[3]);
		const year = match[4]
			? Number(match[4])
			: published
				? inferYear(published, month, day, false)
				: null;
		date =
			year === null ? null : isValidDay({year, month, day}) ? formatDay({year, month, day}) : null;
	}
	return {start: 0, end: match[0].length, date, approximate: false, kind: 'dateline'};
}
