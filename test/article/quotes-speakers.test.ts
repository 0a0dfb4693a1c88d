import {describe, expect, test} from 'vitest';
import {spokenIn, type QuoteCase} from './_quote-cases.js';

const relativeClauses: QuoteCase[] = [
	{
		rule: '`X, which said:` → X, not a person named earlier in the sentence',
		paragraphs: [
			'Gov. Maria Alvarez toured the site with the state transportation department, which said: “The bridge will reopen in the spring.”',
		],
		quotes: [['The bridge will reopen in the spring.', 'state transportation department']],
	},
	{
		rule: '`X, which stated:` with a named body',
		paragraphs: [
			'Senator Tom Reed met officials from the Federal Aviation Administration, which stated: “Safety comes first for every passenger.”',
		],
		quotes: [['Safety comes first for every passenger.', 'Federal Aviation Administration']],
	},
	{
		rule: '`…, who said` → the person just before the comma',
		paragraphs: [
			'The company also answered Mayor Dan Brooks, who said the plan was “far too late for the families involved.”',
		],
		quotes: [['far too late for the families involved.', 'Dan Brooks']],
	},
	{
		rule: '`…, which said in a statement that` with a statement in between',
		paragraphs: [
			'Investigators briefed Chief Ann Cole about the findings of the National Transportation Safety Board, which said in a statement that the pilot was “not at fault in any way.”',
		],
		quotes: [['not at fault in any way.', 'National Transportation Safety Board']],
	},
	{
		rule: 'a city speaks as a body',
		paragraphs: [
			'Lawyers for John Smith sued the city, which said it would “fight the claim in court.”',
		],
		quotes: [['fight the claim in court.', 'city']],
	},
	{
		rule: 'negative: a subject that is not a relative clause keeps its name',
		paragraphs: [
			'Gov. Maria Alvarez, touring the site with the transportation department, said: “The bridge will reopen.”',
		],
		quotes: [['The bridge will reopen.', 'Maria Alvarez']],
	},
];

const asides: QuoteCase[] = [
	{
		rule: '`said X (pictured)` → X, over a speaker of the sentence before',
		paragraphs: ['Officials said it was bad. “We will reopen it,” said Ana Silva (pictured).'],
		quotes: [['We will reopen it', 'Ana Silva']],
	},
	{
		rule: '`said X — the harbour master` → X',
		paragraphs: [
			'Officials said it was bad. “We will reopen it,” said Ana Silva — the harbour master.',
		],
		quotes: [['We will reopen it', 'Ana Silva']],
	},
	{
		rule: '`said title X` followed by an emoji → X',
		paragraphs: [
			'Officials said it was bad. “We will reopen it,” said harbour master Ana Silva 🌊.',
		],
		quotes: [['We will reopen it', 'Ana Silva']],
	},
	{
		rule: 'hyphens and apostrophes stay in a name, a party label does not',
		paragraphs: [
			'Officials said it was bad. “We will reopen it,” said Jean-Luc Martin-Ortiz.',
			'Officials said it was bad. “We will reopen it,” said Sean O’Brien (D-N.Y.).',
		],
		quotes: [
			['We will reopen it', 'Jean-Luc Martin-Ortiz'],
			['We will reopen it', 'Sean O’Brien'],
		],
	},
];

const localTitles: QuoteCase[] = [
	{
		rule: 'council and assembly titles are no part of the name',
		paragraphs: [
			'Councilmember Tim McOsker said the plan “does not do enough for the port.”',
			'“We will vote no,” said Assemblywoman Rosa Diaz.',
		],
		quotes: [
			['does not do enough for the port.', 'Tim McOsker'],
			['We will vote no', 'Rosa Diaz'],
		],
	},
	{
		rule: 'a capitalised `Resident` or `Witness` before a name is no part of it',
		paragraphs: [
			'Resident Tom Harris, 62, said he grabbed his dog. ‘I didn’t even close the door,’ he said.',
		],
		quotes: [['I didn’t even close the door', 'Tom Harris']],
	},
];

const descriptions: QuoteCase[] = [
	{
		rule: 'a party and a place before a name are titles: `Texas Democrat Joaquin Castro`',
		paragraphs: ['“This is the vote of a generation,” said Texas Democrat Joaquin Castro.'],
		quotes: [['This is the vote of a generation', 'Joaquin Castro']],
	},
	{
		rule: '`Labour MP George Galloway` → George Galloway',
		paragraphs: ['Labour MP George Galloway said the war was “a disaster from the start.”'],
		quotes: [['a disaster from the start.', 'George Galloway']],
	},
	{
		rule: 'negative: a body named after a party stays a body',
		paragraphs: ['The Republican National Committee said the ruling was “a win for voters.”'],
		quotes: [['a win for voters.', 'Republican National Committee']],
	},
	{
		rule: '`the Mississippi Democrat` is the person the story already named',
		paragraphs: [
			'Rep. Bennie Thompson, who leads the panel, spoke to CNN on Sunday about the inquiry.',
			'“It is about 187 minutes,” the Mississippi Democrat told the host.',
			'“We want everything,” the Mississippi congressman said.',
		],
		quotes: [
			['It is about 187 minutes', 'Bennie Thompson'],
			['We want everything', 'Bennie Thompson'],
		],
	},
	{
		rule: 'negative: a state and party nobody was named with stay a description',
		paragraphs: [
			'The Georgia Republican who will chair the new panel is using the phrase "both sides of the story" often.',
		],
		quotes: [['both sides of the story', 'Georgia Republican']],
	},
	{
		rule: 'the person named beside a body in an appositive speaks',
		paragraphs: [
			'The chairman of the MCB’s public affairs committee, Sher Khan, said the war would be a "significant factor" for voters.',
		],
		quotes: [['significant factor', 'Sher Khan']],
	},
	{
		rule: '`issued a statement through his spokeswoman X:` → the issuer',
		paragraphs: [
			'The move followed criticism of President Donald Trump’s aides.',
			'The president issued a brief statement through his spokeswoman Sarah Huckabee Sanders: “My son is a high quality person.”',
		],
		quotes: [['My son is a high quality person.', 'Donald Trump']],
	},
	{
		rule: 'negative: a spokeswoman who speaks herself is the speaker',
		paragraphs: [
			'His spokeswoman Sarah Huckabee Sanders told reporters: “The president is in good spirits.”',
		],
		quotes: [['The president is in good spirits.', 'Sarah Huckabee Sanders']],
	},
	{
		rule: '`the president` is not a former president',
		paragraphs: [
			'President Donald Trump’s critics cited former President Barack Obama’s record.',
			'“We are moving on,” the president said.',
		],
		quotes: [['We are moving on', 'Donald Trump']],
	},
	{
		rule: '`the Red Planet` is not a person a later `he` can mean',
		paragraphs: [
			'The probe began orbiting the Red Planet in 2014.',
			'"We are trying to understand where that air went," he said.',
		],
		quotes: [['We are trying to understand where that air went', null]],
	},
	{
		rule: 'negative: a named person after `the` with a title still counts',
		paragraphs: [
			'The visit was led by the Rev. Anne Hall and her staff.',
			'"We came to listen," she said.',
		],
		quotes: [['We came to listen', 'Anne Hall']],
	},
];

const issuersAndAnaphora: QuoteCase[] = [
	{
		rule: '`,” the statement read` is the issuer’s, over a name before the quote',
		paragraphs: [
			'The wreckage of Nordair flight NA804 has not been found, the carrier said in a statement Thursday.',
			'The reports were false and officials “did not confirm the information posted,” the statement read.',
		],
		quotes: [['did not confirm the information posted', 'Nordair']],
	},
	{
		rule: 'negative: `according to a statement` yields to a speaker named in the sentence',
		paragraphs: [
			'Nordair issued a statement on Thursday.',
			'Mayor Ann Holt called the crash “a dark day for the city,” according to a statement.',
		],
		quotes: [['a dark day for the city', 'Ann Holt']],
	},
	{
		rule: '`In an earlier statement, X denied …, adding` makes X the issuer',
		paragraphs: [
			'In an earlier statement, Nordair denied reports in the media, adding that it was too early to say more.',
			'“Nordair denies all misleading information,” the statement read.',
		],
		quotes: [['Nordair denies all misleading information', 'Nordair']],
	},
	{
		rule: '`the CEO of X, Tony Fernandes, has stated that` → the named person',
		paragraphs: [
			'Meanwhile the CEO of AirAsia, Tony Fernandes, has stated that "until today we have never lost a life."',
		],
		quotes: [['until today we have never lost a life.', 'Tony Fernandes']],
	},
	{
		rule: '`the former Nurnberg coach` is the person just named',
		paragraphs: [
			'Wolfsburg manager Dieter Hecking was not impressed. "We started well," the former Nurnberg coach said.',
		],
		quotes: [['We started well', 'Dieter Hecking']],
	},
	{
		rule: 'negative: `the Kremlin spokesman` stays a description',
		paragraphs: [
			'President Elena Marković met envoys.',
			'“No comment,” the Kremlin spokesman said.',
		],
		quotes: [['No comment', 'Kremlin spokesman']],
	},
	{
		rule: 'a subject opening a later clause (`…, and skipper X was`) is who `he` means next',
		paragraphs: [
			'Ole Solberg said: “The pass made it.”',
			'It was a goal worth celebrating and skipper Harry Maguire was more expansive in his praise.',
			'“He is a young boy with a big future,” he told BT Sport.',
		],
		quotes: [
			['The pass made it.', 'Ole Solberg'],
			['He is a young boy with a big future', 'Harry Maguire'],
		],
	},
	{
		rule: '`Former Celtic boss Neil Lennon` is a subject, and `Former Celtic` no person',
		paragraphs: [
			'“He is a young boy with a big future,” Harry Maguire told BT Sport.',
			'Former Celtic boss Neil Lennon was impressed from the press area.',
			'“I can’t tell you how good that goal is,” he said.',
		],
		quotes: [
			['He is a young boy with a big future', 'Harry Maguire'],
			['I can’t tell you how good that goal is', 'Neil Lennon'],
		],
	},
];

describe.each([
	['issuers and descriptions of people already named', issuersAndAnaphora],
	['relative clauses: the noun `which` or `who` stands for speaks', relativeClauses],
	['local titles', localTitles],
	['asides after a name: parentheses, dashes, symbols', asides],
	['descriptions, titles and issuers', descriptions],
] as const)('%s', (_name, cases) => {
	test.each(cases)('$rule', ({paragraphs, quotes}) => {
		expect(spokenIn(paragraphs)).toEqual(quotes);
	});
});
