/** A sentence as a span of its paragraph: `text.slice(start, end)`. */
export type Span = {
	readonly start: number;
	readonly end: number;
};

// Words that end with a full stop without ending the sentence.
const abbreviations = new Set(
	(
		'mr mrs ms dr prof gen sen rep gov lt col sgt capt maj adm cmdr st sr jr rev hon pres ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
		'no nos vs etc inc corp co ltd dept ft mt ave blvd est approx fig vol pp op'
	).split(' '),
);

const boundary = /[.!?…]+["'”’)\]]*\s+/g;

/** Splits a paragraph into sentences; abbreviations, initials and dotted acronyms do not end one. */
export function splitSentences(text: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	boundary.lastIndex = 0;
	for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
		const end = match.index + match[0].length;
		if (endsSentence(text, match.index, end)) {
			spans.push({start, end: end - (match[0].length - match[0].trimEnd().length)});
			start = end;
		}
	}
	if (start < text.length) spans.push({start, end: text.trimEnd().length});
	return spans.filter((span) => span.end > span.start);
}

function endsSentence(text: string, stop: number, next: number): boolean {
	const following = text.charAt(next);
	if (!opensSentence(following)) return false;
	if (text.charAt(stop) !== '.') return true;
	const word =
		/([A-Za-z\u00C0-\u024F\u0370-\u052F.]+)$/.exec(text.slice(Math.max(0, stop - 20), stop))?.[1] ??
		'';
	if (word.length === 1 && isUpperCase(word)) return false; // an initial: John F. Kennedy
	if (word.includes('.')) return false; // U.S., a.m.
	return !abbreviations.has(word.toLowerCase());
}

function opensSentence(character: string): boolean {
	return isUpperCase(character) || /[\d"“‘'(]/.test(character);
}

// Plain string case mapping covers every script, with no large character class to compile.
function isUpperCase(character: string): boolean {
	return character !== character.toLowerCase() && character === character.toUpperCase();
}
