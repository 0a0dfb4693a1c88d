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

describe.each([['quotations in Title Case', titleCaseSpeech]] as const)('%s', (_name, cases) => {
	test.each(cases)('$rule', ({paragraphs, quotes}) => {
		expect(spokenIn(paragraphs)).toEqual(quotes);
	});
});
