import {describe, expect, test} from 'vitest';
import {spokenIn, type QuoteCase} from './_quote-cases.js';

const sharedSurnames: QuoteCase[] = [
	{
		rule: 'a bare surname means the person the article introduced first, not a relative named later',
		paragraphs: [
			'Sen. Douglas Hargrove said he would not run again.',
			'His son, state Rep. Carter Hargrove, is expected to enter the primary.',
			'“I’m going home,” Hargrove said.',
		],
		quotes: [['I’m going home', 'Douglas Hargrove']],
	},
	{
		rule: 'a surname means no one the article has not introduced yet',
		paragraphs: [
			'Geoffrey Hale waited 79 days for treatment.',
			'‘Every time I phoned I was told next week,’ Mr Hale said.',
			'His daughter, Claire Hale, said the family had looked at private care.',
		],
		quotes: [['Every time I phoned I was told next week', 'Geoffrey Hale']],
	},
	{
		rule: 'a full name still means its own person',
		paragraphs: [
			'Geoffrey Hale waited 79 days for treatment.',
			'“We looked at paying,” said Claire Hale, his daughter.',
		],
		quotes: [['We looked at paying', 'Claire Hale']],
	},
	{
		rule: '`the younger Hargrove` is the later Hargrove introduced; plain `Hargrove` the first',
		paragraphs: [
			'Sen. Douglas Hargrove will retire. His son, Carter Hargrove, may run.',
			'The younger Hargrove said he would “decide within weeks.”',
			'“I am proud of him,” Hargrove said.',
		],
		quotes: [
			['decide within weeks.', 'Carter Hargrove'],
			['I am proud of him', 'Douglas Hargrove'],
		],
	},
	{
		rule: 'negative: a surname whose full name comes only later still takes it',
		paragraphs: ['“We will appeal,” Moss said.', 'Judge Harold Moss set the date.'],
		quotes: [['We will appeal', 'Harold Moss']],
	},
];

const kin: QuoteCase[] = [
	{
		rule: '`her son` is the son the article named in apposition',
		paragraphs: [
			'Margarethe Vollmer died on Saturday. Her son, Peter Vollmer, said the cause was pneumonia.',
			'“She was still arguing with referees at 87,” her son said.',
		],
		quotes: [['She was still arguing with referees at 87', 'Peter Vollmer']],
	},
	{
		rule: '`X, his wife,` names the wife',
		paragraphs: [
			'Tom Reiss spoke first. Anna Reiss, his wife, said little.',
			'“We are grateful to the nurses,” his wife said.',
		],
		quotes: [['We are grateful to the nurses', 'Anna Reiss']],
	},
	{
		rule: 'negative: a relative the article never named stays described',
		paragraphs: ['Margarethe Vollmer died on Saturday.', '“She never stopped,” her son said.'],
		quotes: [['She never stopped', 'her son']],
	},
];

const occupations: QuoteCase[] = [
	{
		rule: 'a capitalised occupation opening a sentence is no part of the name',
		paragraphs: [
			'Forecaster Daniel Ruiz said rain was still draining. “It will peak Monday,” Ruiz said.',
		],
		quotes: [['It will peak Monday', 'Daniel Ruiz']],
	},
	{
		rule: '`the meteorologist` is the one the article named with that word',
		paragraphs: [
			'Meteorologist Ana Lee agreed with the forecast.',
			'“It will peak on Monday,” the meteorologist said.',
		],
		quotes: [['It will peak on Monday', 'Ana Lee']],
	},
	{
		rule: '`the coroner` is the one named `senior coroner Mrs Helen Ashworth`',
		paragraphs: [
			'Senior coroner Mrs Helen Ashworth said the home had failed.',
			'Her report will go to the owners. ‘These were not one-off mistakes,’ the coroner said.',
		],
		quotes: [['These were not one-off mistakes', 'Helen Ashworth']],
	},
	{
		rule: 'negative: a body with an occupation in its name stays that body',
		paragraphs: ['The Student Loans Company said repayments were “higher than expected.”'],
		quotes: [['higher than expected.', 'Student Loans Company']],
	},
];

const abbreviatedTitles: QuoteCase[] = [
	{
		rule: '`,” said Dr. X, the …` → X, not `Dr`, even with another name in the story',
		paragraphs: [
			'LUBBOCK, Texas (AP) — Officials reported 14 new cases on Friday.',
			'“We are nowhere near the end,” said Dr. Aisha Rahman, the health authority for the South Plains Public Health District. “It spreads fast.”',
		],
		quotes: [
			['We are nowhere near the end', 'Aisha Rahman'],
			['It spreads fast.', 'Aisha Rahman'],
		],
	},
	{
		rule: 'negative: a full stop after a plain name still ends the sentence',
		paragraphs: ['“We lost,” said Tom Reed. Officials said more later.'],
		quotes: [['We lost', 'Tom Reed']],
	},
];

const contractions: QuoteCase[] = [
	{
		rule: 'a capitalised contraction (`You’ve`) names no one',
		paragraphs: ['Q: You’ve called the bread aisles “a crime scene.” Isn’t that strong?'],
		quotes: [['a crime scene.', null]],
	},
	{
		rule: 'negative: an apostrophe inside a surname keeps it a name',
		paragraphs: ['“I’d rather not say,” said Sean O’Neill.'],
		quotes: [['I’d rather not say', 'Sean O’Neill']],
	},
];

describe.each([
	['people who share a surname', sharedSurnames],
	['contractions are not names', contractions],
	['abbreviated titles after the verb', abbreviatedTitles],
	['occupations before a name', occupations],
	['relatives named in apposition', kin],
] as const)('%s', (_name, cases) => {
	test.each(cases)('$rule', ({paragraphs, quotes}) => {
		expect(spokenIn(paragraphs)).toEqual(quotes);
	});
});
