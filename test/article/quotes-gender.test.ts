import {describe, expect, test} from 'vitest';
import {spokenIn, type QuoteCase} from './_quote-cases.js';

const pronouns: QuoteCase[] = [
	{
		rule: '`she` skips a man named later for the woman before him',
		paragraphs: [
			'Councilmember Janet Whitfield said she backed the plan.',
			'Kevin Marsh, the developer, said the firm would pay for the move.',
			'“It won’t be the same,” she said.',
			'“We want to be good neighbors,” he said.',
		],
		quotes: [
			['It won’t be the same', 'Janet Whitfield'],
			['We want to be good neighbors', 'Kevin Marsh'],
		],
	},
	{
		rule: '`Mr` and `His wife` show who is who when given names say nothing',
		paragraphs: [
			'Mr Okoro Hale waited 79 days.',
			'His wife, Adaeze Hale, said the wait was hard. Mr Hale said he had phoned often.',
			'“Every time I phoned I was told next week,” she said.',
		],
		quotes: [['Every time I phoned I was told next week', 'Adaeze Hale']],
	},
	{
		rule: '`X said she …` shows X is a woman',
		paragraphs: [
			'Delgado Ruiz said she had collected 2,024 signatures.',
			'Brightline’s director, Okafor Marsh, said he was sorry.',
			'“Bring a chair,” she said.',
		],
		quotes: [['Bring a chair', 'Delgado Ruiz']],
	},
	{
		rule: 'negative: with nothing to tell them apart, `she` is the latest speaker',
		paragraphs: [
			'Okoro Reiss said the sale was final.',
			'Adaeze Marsh said the firm would pay.',
			'“We will be good neighbors,” she said.',
		],
		quotes: [['We will be good neighbors', 'Adaeze Marsh']],
	},
];

const loneSurnames: QuoteCase[] = [
	{
		rule: '`he` after a lone surname the article never gave in full is that name',
		paragraphs: ['“We are done here,” Okafor said.', '“It was a hard game,” he said.'],
		quotes: [
			['We are done here', 'Okafor'],
			['It was a hard game', 'Okafor'],
		],
	},
	{
		rule: '`he` after a lone surname that only scored, not spoke',
		paragraphs: ['Okafor scored twice.', '“It was a hard game,” he said.'],
		quotes: [['It was a hard game', 'Okafor']],
	},
	{
		rule: 'negative: an acronym is a body, never `he`',
		paragraphs: ['The NHS said the wait was “far too long.”', '“We apologise to users,” he said.'],
		quotes: [
			['far too long.', 'NHS'],
			['We apologise to users', null],
		],
	},
	{
		rule: 'negative: a person the article named fits `he` before a lone surname does',
		paragraphs: [
			'Okafor scored twice.',
			'John Mensah said the pitch was poor.',
			'“It was hard,” he said.',
		],
		quotes: [['It was hard', 'John Mensah']],
	},
];

describe.each([
	['pronouns agree with what the article shows', pronouns],
	['a lone surname', loneSurnames],
] as const)('%s', (_name, cases) => {
	test.each(cases)('$rule', ({paragraphs, quotes}) => {
		expect(spokenIn(paragraphs)).toEqual(quotes);
	});
});
