import {describe, expect, test} from 'vitest';
import {spokenIn, type QuoteCase} from './_quote-cases.js';

const titleCaseSpeech: QuoteCase[] = [
	{
		rule: 'a Title Case line with `,” he said` after it is speech',
		paragraphs: [
			'Emeka Okonkwo said the team would stay calm.',
			'“It’s September,” he said. “Nobody wins anything in September.”',
		],
		quotes: [
			['It’s September', 'Emeka Okonkwo'],
			['Nobody wins anything in September.', 'Emeka Okonkwo'],
		],
	},
	{
		rule: 'a Title Case line with `,” said X` after it is speech',
		paragraphs: ['“Happy Birthday,” said Ana Silva, handing over the cake.'],
		quotes: [['Happy Birthday', 'Ana Silva']],
	},
	{
		rule: 'negative: a title between commas is still a title',
		paragraphs: ['His book, “The Art of the Deal,” was a hit, Ana Silva said.'],
		quotes: [],
	},
];

const scareQuotes: QuoteCase[] = [
	{
		rule: 'a `so-called` phrase has no speaker, even with a speaker in the paragraph',
		paragraphs: [
			'The plan relies on so-called “smart cameras” that read plates. Ann Cole said it was “a step too far.”',
		],
		quotes: [
			['smart cameras', null],
			['a step too far.', 'Ann Cole'],
		],
	},
	{
		rule: 'negative: a phrase someone dubbed is theirs',
		paragraphs: [
			'Critics have dubbed the scheme the “ring of steel,” a phrase the council rejects.',
		],
		quotes: [['ring of steel', 'Critics']],
	},
];

describe.each([
	['quotations in Title Case', titleCaseSpeech],
	['scare quotes', scareQuotes],
] as const)('%s', (_name, cases) => {
	test.each(cases)('$rule', ({paragraphs, quotes}) => {
		expect(spokenIn(paragraphs)).toEqual(quotes);
	});
});
