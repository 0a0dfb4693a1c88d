import type {ParsedResult} from 'chrono-node';

/** Month names and their abbreviations, lower case. */
export const monthNames = new Set(
	'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'.split(
		' ',
	),
);

// `from Oct. 12 to Dec. 4`: the word or dash between a range's two dates.
const rangeJoin = /\s*(?:[-–—]|\b(?:to|through|thru|until|till)\b)\s*/giu;

/**
 * A range whose end names its own month (`from Oct. 12 to Dec. 4`) as two dates, each its
 * own event; `Nov. 18-19`, or a range whose year is written only once, stays one.
 */
export function rangeEnds(result: ParsedResult): ParsedResult[] {
	const end = result.end;
	const start = result.start;
	const whole = (components: ParsedResult['start']) =>
		components.isCertain('month') && components.isCertain('day');
	if (!end || !whole(start) || !whole(end) || end.isCertain('year') !== start.isCertain('year'))
		return [result];
	const years = start.isCertain('year');
	const names = (text: string) =>
		text.match(/[A-Za-z]+/g)?.some((word) => monthNames.has(word.toLowerCase())) === true;
	for (const join of result.text.matchAll(rangeJoin)) {
		const after = join.index + join[0].length;
		const first = result.text.slice(0, join.index);
		const second = result.text.slice(after);
		if (!names(first) || !names(second)) continue;
		// Each half must carry its own year when one is read: `Dec 31 - March 29` has none.
		if (years && !(/\d{4}/.test(first) && /\d{4}/.test(second))) return [result];
		// `to Dec. 4` keeps its word, as `to 2004` does; a dash is no part of the phrase.
		const word = /^[-–—]/u.test(join[0].trim()) ? '' : join[0].trimStart();
		const to = after - word.length;
		return [
			{...result, text: result.text.slice(0, join.index), end: undefined},
			{
				...result,
				text: result.text.slice(to),
				index: result.index + to,
				start: end,
				end: undefined,
			},
		] as unknown as ParsedResult[];
	}
	return [result];
}
