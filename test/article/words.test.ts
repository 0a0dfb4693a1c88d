import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {detectFormat} from '../../source/article/parse.js';
import {forEachContentTerm, termOf, wordsOf} from '../../source/article/words.js';

/** The terms the straightforward way: every word the pattern finds, through `termOf`. */
function referenceTerms(text: string): string[] {
	return [...wordsOf(text)].map(({word}) => termOf(word)).filter((term) => term !== null);
}

function scannedTerms(text: string): string[] {
	const terms: string[] = [];
	forEachContentTerm(text, (term) => terms.push(term));
	return terms;
}

const pieces = fc.constantFrom(
	'Putin',
	'Trump’s',
	'it’s',
	'U.S.-Russia',
	'1990s',
	'2014',
	'ñandú',
	'𝐀𝐁𝐂',
	'\ud800',
	'İİ',
	'ab',
	'x',
	"'",
	'’',
	'.',
	'-',
	' ',
	'\n',
	'#',
	'\u2028',
	'\u00a0',
);
const text = fc.oneof(
	fc.string({unit: 'binary', maxLength: 200}),
	fc.array(pieces, {maxLength: 60}).map((parts) => parts.join('')),
);

describe('content terms', () => {
	test.each([
		['The talks were talked about', ['talk', 'talk']],
		['Trump’s U.S.-Russia ties in 2014', ['trump', 'u.s', 'russia', 'ties']],
		['It’s 12 of 1990s', ['1990']],
		['𝐀𝐁𝐂 ñandúes', ['𝐀𝐁𝐂', 'ñandú']],
	])('%j has the terms %j', (input, terms) => {
		expect(scannedTerms(input)).toEqual(terms);
	});

	test('the scan finds the terms of the word pattern, in order', () => {
		fc.assert(
			fc.property(text, (input) => {
				expect(scannedTerms(input)).toEqual(referenceTerms(input));
			}),
			{numRuns: 500},
		);
	});
});

describe('format detection', () => {
	const headingPieces = fc.constantFrom(
		'#',
		'##',
		'#######',
		' ',
		'    ',
		'\t',
		'a',
		'\n',
		'\r',
		'\u2028',
	);
	test('finds a heading line exactly where the multiline pattern does', () => {
		fc.assert(
			fc.property(fc.array(headingPieces, {maxLength: 30}), (parts) => {
				const body = parts.join('');
				const expected = /^ {0,3}#{1,6}(?:[ \t]|$)/m.test(body) ? 'markdown' : 'text';
				expect(detectFormat(body)).toBe(expected);
			}),
			{numRuns: 1000},
		);
	});
});
