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

const apposedSubjects: QuoteCase[] = [
	{
		rule: '`Its chief executive, X, described … and said` → X',
		paragraphs: [
			'The chamber said the timing was bad. Its chief executive, Graham Doyle, described the scheme as unfair and said shops were “hanging on by their fingernails” this year.',
		],
		quotes: [['hanging on by their fingernails', 'Graham Doyle']],
	},
	{
		rule: '`Brightline’s director, X, toured … and told` → X',
		paragraphs: [
			'Brightline’s development director, Kevin Marsh, toured the lot and told reporters the firm wanted “to be a good neighbor.”',
		],
		quotes: [['to be a good neighbor.', 'Kevin Marsh']],
	},
	{
		rule: 'negative: a relative clause between commas is no name',
		paragraphs: [
			'The company, which makes chips, announced cuts and said it was “a hard day for everyone.”',
		],
		quotes: [['a hard day for everyone.', 'company']],
	},
];

const epithets: QuoteCase[] = [
	{
		rule: '`the Italian` is the person just named',
		paragraphs: [
			'Goalkeeper Pietro Marchetti was less generous about the decision. “For me it is never a penalty,” the Italian said.',
		],
		quotes: [['For me it is never a penalty', 'Pietro Marchetti']],
	},
	{
		rule: '`the Swede`, `the Spaniard`: a nationality as a noun',
		paragraphs: [
			'Erik Lindqvist was gracious. ‘He played the big points better,’ the Swede said.',
			'Luis Ortega praised him. ‘He is dangerous,’ the Spaniard said.',
		],
		quotes: [
			['He played the big points better', 'Erik Lindqvist'],
			['He is dangerous', 'Luis Ortega'],
		],
	},
	{
		rule: '`the forward` is the speaker of the paragraph before',
		paragraphs: [
			'Luca Bianchi said the dressing room was silent.',
			'“Nobody said a word,” the forward said.',
		],
		quotes: [['Nobody said a word', 'Luca Bianchi']],
	},
	{
		rule: '`the 31-year-old` is the person just named',
		paragraphs: ['Emeka Okonkwo scored late. “I just attacked the ball,” the 31-year-old said.'],
		quotes: [['I just attacked the ball', 'Emeka Okonkwo']],
	},
	{
		rule: 'negative: `the Italian government` is a body, not the person just named',
		paragraphs: [
			'Pietro Marchetti was in Rome. The Italian government said the match was “a national embarrassment.”',
		],
		quotes: [['a national embarrassment.', 'Italian government']],
	},
];

const bodiesWithAnd: QuoteCase[] = [
	{
		rule: '`a Department of Health and Social Care spokesperson` keeps the whole body',
		paragraphs: [
			'A Department of Health and Social Care spokesperson said: “We are investing record sums.”',
		],
		quotes: [
			['We are investing record sums.', 'A Department of Health and Social Care spokesperson'],
		],
	},
	{
		rule: 'negative: two people joined by `and` stay two people',
		paragraphs: ['Tom Reed and Ann Cole said the deal was “done at last.”'],
		quotes: [['done at last.', 'Tom Reed and Ann Cole']],
	},
];

const openingPhrases: QuoteCase[] = [
	{
		rule: '`he` after `On my last afternoon, Pennick took me …` is Pennick',
		paragraphs: [
			'Walter Pennick kept the light for forty years.',
			'“We couldn’t do it anymore,” said Harold Grieve, the society’s president.',
			'On my last afternoon, Pennick took me up the stairs.',
			'“I’ve been asked if I’ll miss it,” he said.',
		],
		quotes: [
			['We couldn’t do it anymore', 'Harold Grieve'],
			['I’ve been asked if I’ll miss it', 'Walter Pennick'],
		],
	},
	{
		rule: 'negative: a name after the verb is no subject',
		paragraphs: [
			'Walter Pennick kept the light for forty years.',
			'“We couldn’t do it anymore,” said Harold Grieve, the society’s president.',
			'On my last afternoon, the new owners showed Pennick the stairs.',
			'“We will keep it open,” he said.',
		],
		quotes: [
			['We couldn’t do it anymore', 'Harold Grieve'],
			['We will keep it open', 'Harold Grieve'],
		],
	},
];

const writers: QuoteCase[] = [
	{
		rule: '`the journal’s editors wrote` → the editors',
		paragraphs: [
			'The journal’s editors wrote in a commentary that the findings “open a window onto the Pleistocene.”',
		],
		quotes: [['open a window onto the Pleistocene.', 'journal’s editors']],
	},
	{
		rule: '`the study’s authors said` → the authors',
		paragraphs: ['The study’s authors said the seeds were “remarkably well kept.”'],
		quotes: [['remarkably well kept.', 'study’s authors']],
	},
	{
		rule: 'negative: a plural that is no role speaks for no one',
		paragraphs: ['The journal’s pages said little, but the seeds were “remarkably well kept.”'],
		quotes: [['remarkably well kept.', null]],
	},
];

const officesAsSubjects: QuoteCase[] = [
	{
		rule: '`Sir Malcolm’s office confirmed … and said` → the office, not Malcolm',
		paragraphs: [
			'Sir Malcolm’s office confirmed on Monday that it had the request and said it would ‘consider it in the usual way’.',
		],
		quotes: [['consider it in the usual way', 'Sir Malcolm’s office']],
	},
	{
		rule: 'negative: `Sir Malcolm confirmed … and said` → Malcolm',
		paragraphs: [
			'Sir Malcolm confirmed on Monday that he had the request and said he would ‘consider it in the usual way’.',
		],
		quotes: [['consider it in the usual way', 'Malcolm']],
	},
];

const ownedBodies: QuoteCase[] = [
	{
		rule: '`His office said` → the office of the man just named',
		paragraphs: [
			'Sen. Ray Cole resigned on Friday, saying in a statement that he was “proud of the work we did.”',
			'His office said he would “take time with family.”',
		],
		quotes: [
			['proud of the work we did.', 'Ray Cole'],
			['take time with family.', 'Ray Cole’s office'],
		],
	},
	{
		rule: '`her campaign said` skips a man named after her',
		paragraphs: [
			'Monica Treadwell met donors with Tom Reed.',
			'Her campaign said the event was “a great success.”',
		],
		quotes: [['a great success.', 'Monica Treadwell’s campaign']],
	},
	{
		rule: 'negative: with no one named, `His office` stays as written',
		paragraphs: ['His office said he would “take time with family.”'],
		quotes: [['take time with family.', 'His office']],
	},
];

const relativeClauses: QuoteCase[] = [
	{
		rule: '`The X Group, which represents …, said` → the group, however long the clause',
		paragraphs: [
			'Judge Ann Cole ruled against the farmers. The Northern Growers Alliance, which speaks for farmers and fruit growers across nine counties and two provinces, said the ruling was “a blow to every family farm.”',
		],
		quotes: [['a blow to every family farm.', 'Northern Growers Alliance']],
	},
	{
		rule: '`the manager at the time, X, who has since left, told` → X',
		paragraphs: [
			'Ann Reiss spoke first.',
			'The shop’s manager at the time, Lena Ortiz, who has since moved to another firm, told the court she had warned them.',
			'“I am so sorry,” she said.',
		],
		quotes: [['I am so sorry', 'Lena Ortiz']],
	},
	{
		rule: 'negative: a relative clause that itself speaks keeps its noun',
		paragraphs: [
			'Lawyers for Tom Reed sued the city, which said it would “fight the claim in court.”',
		],
		quotes: [['fight the claim in court.', 'city']],
	},
];

const moreRoles: QuoteCase[] = [
	{
		rule: '`A coroner has criticised … for ‘…’` → the coroner',
		paragraphs: ['A coroner has criticised a care home for ‘serious and repeated failures’.'],
		quotes: [['serious and repeated failures', 'A coroner']],
	},
	{
		rule: '`Locals said` and `investigators said` speak as groups',
		paragraphs: [
			'Locals said the road was “a death trap for years.” Investigators said the cause was “still unclear.”',
		],
		quotes: [
			['a death trap for years.', 'Locals'],
			['still unclear.', 'Investigators'],
		],
	},
	{
		rule: 'negative: a word that is no role speaks for no one',
		paragraphs: ['The road said little, but it was “a death trap for years.”'],
		quotes: [['a death trap for years.', null]],
	},
];

describe.each([
	['more people who speak by their role', moreRoles],
	['a subject followed by a relative clause', relativeClauses],
	['offices and campaigns of someone named', ownedBodies],
	['an office as the subject of a later verb', officesAsSubjects],
	['editors and authors', writers],
	['subjects after an opening phrase', openingPhrases],
	['a body whose name holds `and`', bodiesWithAnd],
	['people described by nationality, age or position', epithets],
	['subjects of a later clause', conjoinedClauses],
	['a name in apposition to the sentence’s subject', apposedSubjects],
] as const)('%s', (_name, cases) => {
	test.each(cases)('$rule', ({paragraphs, quotes}) => {
		expect(spokenIn(paragraphs)).toEqual(quotes);
	});
});
