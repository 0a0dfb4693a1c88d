import {describe, expect, test} from 'vitest';
import {spokenIn, type QuoteCase} from './_quote-cases.js';

const conjoinedClauses: QuoteCase[] = [
	{
		rule: '`…, but a spokeswoman, X, said` → X, not the subject of the first clause',
		paragraphs: [
			'Carter Hargrove is expected to run. The younger Hargrove did not respond on Wednesday, but a spokeswoman for his campaign committee, Allison Frey, said he would “make an announcement in the coming weeks.”',
		],
		quotes: [['make an announcement in the coming weeks.', 'Allison Frey']],
	},
	{
		rule: '`…, while his lawyer, X, said` → X',
		paragraphs: [
			'Tom Reed declined to comment, while his lawyer, Ann Cole, said the charges were “without any merit.”',
		],
		quotes: [['without any merit.', 'Ann Cole']],
	},
	{
		rule: 'negative: a comma inside the subject’s own clause keeps the subject',
		paragraphs: [
			'Mayor Dan Brooks, speaking on Monday, said the plan was “far too late for the families.”',
		],
		quotes: [['far too late for the families.', 'Dan Brooks']],
	},
];

describe.each([['subjects of a later clause', conjoinedClauses]] as const)('%s', (_name, cases) => {
	test.each(cases)('$rule', ({paragraphs, quotes}) => {
		expect(spokenIn(paragraphs)).toEqual(quotes);
	});
});
