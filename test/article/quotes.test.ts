import {describe, expect, test} from 'vitest';
import {quotesIn, spokenIn, type QuoteCase} from './_quote-cases.js';

const marks: QuoteCase[] = [
	{
		rule: 'curly double marks',
		paragraphs: ['He wanted “a fair deal” for all.'],
		quotes: [['a fair deal', null]],
	},
	{
		rule: 'straight double marks',
		paragraphs: ['The sign said "keep out" in red.'],
		quotes: [['keep out', null]],
	},
	{
		rule: 'curly single marks with two words',
		paragraphs: ['Critics called it ‘a stunt’ at once.'],
		quotes: [['a stunt', 'Critics']],
	},
	{
		rule: 'one-word scare quotes are skipped',
		paragraphs: ['The so-called “reform” and the ‘enduring’ tie.'],
		quotes: [],
	},
	{
		rule: 'apostrophes are never marks',
		paragraphs: [
			"Trump’s team, Russia’s view, don't, ’90s hits, rock ’n’ roll, the Smiths’ album, 'em and the ’70s.",
		],
		quotes: [],
	},
	{
		rule: 'a plural possessive inside a single quote',
		paragraphs: ["'The players' union is strong,' said Ann Lee."],
		quotes: [["The players' union is strong", 'Ann Lee']],
	},
	{
		rule: 'nested quotes belong to the outer one',
		paragraphs: ['“He told me, ‘Go home now,’ and left,” Ann Lee said.'],
		quotes: [['He told me, ‘Go home now,’ and left', 'Ann Lee']],
	},
	{
		rule: 'bracketed insertions and ellipses are kept',
		paragraphs: ['“[They] agreed … to talk,” the minister, Ann Lee, said.'],
		quotes: [['[They] agreed … to talk', 'Ann Lee']],
	},
	{
		rule: 'one trailing comma is dropped, a full stop kept',
		paragraphs: ['“We will win,” Ann Lee said. She added: “We always do.”'],
		quotes: [
			['We will win', 'Ann Lee'],
			['We always do.', 'Ann Lee'],
		],
	},
	{
		rule: 'titles of works in title case are not quotes',
		paragraphs: ['Her book “The Art of Waiting” sold well.'],
		quotes: [],
	},
	{
		rule: 'an inch mark is not a quote',
		paragraphs: ['The 12" record and the 7" single were both sold out.'],
		quotes: [],
	},
];

const attribution: QuoteCase[] = [
	{
		rule: 'X said “…”',
		paragraphs: ['Ann Lee said: “The plan is dead.”'],
		quotes: [['The plan is dead.', 'Ann Lee']],
	},
	{
		rule: '“…,” X said',
		paragraphs: ['“The plan is dead,” Ann Lee said.'],
		quotes: [['The plan is dead', 'Ann Lee']],
	},
	{
		rule: '“…,” said X, a description',
		paragraphs: ['“The plan is dead,” said Ann Lee, a union organiser.'],
		quotes: [['The plan is dead', 'Ann Lee']],
	},
	{
		rule: '“…?” X asked',
		paragraphs: ['“Why now?” Ann Lee asked.'],
		quotes: [['Why now?', 'Ann Lee']],
	},
	{
		rule: 'according to X',
		paragraphs: ['The plan was “dead on arrival,” according to Ann Lee.'],
		quotes: [['dead on arrival', 'Ann Lee']],
	},
	{
		rule: 'according to X, before the quote',
		paragraphs: ['According to Ann Lee, the plan was “dead on arrival.”'],
		quotes: [['dead on arrival.', 'Ann Lee']],
	},
	{
		rule: 'X told …',
		paragraphs: ['Ann Lee told reporters the plan was “dead on arrival.”'],
		quotes: [['dead on arrival.', 'Ann Lee']],
	},
	{
		rule: 'X called for “…”',
		paragraphs: ['Ann Lee called for “an end to the talks.”'],
		quotes: [['an end to the talks.', 'Ann Lee']],
	},
	{
		rule: 'other speech verbs',
		paragraphs: [
			'Ann Lee warned that the deal was “falling apart.” Tom Hart insisted it was “still alive,” and Jo Park tweeted that it was “over for good.”',
		],
		quotes: [
			['falling apart.', 'Ann Lee'],
			['still alive', 'Tom Hart'],
			['over for good.', 'Jo Park'],
		],
	},
	{
		rule: 'a statement from X said',
		paragraphs: [
			'A statement from the Harbor Authority said the terminal was “safe for passengers.”',
		],
		quotes: [['safe for passengers.', 'Harbor Authority']],
	},
	{
		rule: 'the statement said → its issuer',
		paragraphs: [
			'The Kremlin said in a statement that talks were “useful and frank.”',
			'“Both sides will keep in touch,” the statement said.',
		],
		quotes: [
			['useful and frank.', 'Kremlin'],
			['Both sides will keep in touch', 'Kremlin'],
		],
	},
	{
		rule: 'according to the statement → its issuer',
		paragraphs: [
			'The ministry’s statement was brief.',
			'Talks will go on “at every level,” according to the statement.',
		],
		quotes: [['at every level', 'ministry']],
	},
	{
		rule: 'X issued the following statement:',
		paragraphs: [
			'Senator Ann Lee issued the following statement:',
			'“This bill is a disgrace.',
			'“I will vote against it.”',
		],
		quotes: [
			['This bill is a disgrace.', 'Ann Lee'],
			['I will vote against it.', 'Ann Lee'],
		],
	},
	{
		rule: 'a quote over paragraphs keeps one speaker',
		paragraphs: [
			'“We lost the vote,” Ann Lee said. “But we did not lose the argument.',
			'“We will be back next year.”',
		],
		quotes: [
			['We lost the vote', 'Ann Lee'],
			['But we did not lose the argument.', 'Ann Lee'],
			['We will be back next year.', 'Ann Lee'],
		],
	},
	{
		rule: 'he → the latest person',
		paragraphs: ['Tom Hart spoke after the vote.', '“It was close,” he said.'],
		quotes: [['It was close', 'Tom Hart']],
	},
	{
		rule: 'it → the latest body',
		paragraphs: [
			'The Harbor Authority closed the terminal on Monday.',
			'It said the closure was “a precaution, nothing more.”',
		],
		quotes: [['a precaution, nothing more.', 'Harbor Authority']],
	},
	{
		rule: 'they → a group',
		paragraphs: [
			'Union leaders met on Friday. They said the offer was “an insult to every member.”',
		],
		quotes: [['an insult to every member.', 'Union leaders']],
	},
	{
		rule: 'titles are stripped',
		paragraphs: ['Secretary of State Ann Lee said talks were “going well.”'],
		quotes: [['going well.', 'Ann Lee']],
	},
	{
		rule: 'a lower-case title before the name',
		paragraphs: ['White House press secretary Ann Lee told reporters the talks were “going well.”'],
		quotes: [['going well.', 'Ann Lee']],
	},
	{
		rule: 'the spokesman, X, said',
		paragraphs: ['“Talks are going well,” the spokesman, Tom Hart, said.'],
		quotes: [['Talks are going well', 'Tom Hart']],
	},
	{
		rule: 'Mr. X → the fullest name the article gives',
		paragraphs: ['President-elect Tom Hart won easily.', '“It was a good night,” Mr. Hart said.'],
		quotes: [['It was a good night', 'Tom Hart']],
	},
	{
		rule: 'the Kremlin → Kremlin',
		paragraphs: ['“No decision has been made,” the Kremlin said.'],
		quotes: [['No decision has been made', 'Kremlin']],
	},
	{
		rule: 'a possessive body stays as written',
		paragraphs: ['A statement from Hart’s campaign team said it was “confident of victory.”'],
		quotes: [['confident of victory.', 'Hart’s campaign team']],
	},
	{
		rule: 'a lone named person in the paragraph',
		paragraphs: ['Tom Hart was in no mood for small talk. “We lost. That is all.”'],
		quotes: [['We lost. That is all.', 'Tom Hart']],
	},
	{
		rule: 'a role for a body speaks as the role',
		paragraphs: ['A spokesman for the Harbor Authority said there was “nothing to add.”'],
		quotes: [['nothing to add.', 'A spokesman for the Harbor Authority']],
	},
	{
		rule: 'he → a person made the subject after the last speaker',
		paragraphs: [
			'“We will appeal,” Ann Lee said.',
			'Judge Tom Hart did, however, allow more time.',
			'“The court has been patient,” he told lawyers.',
		],
		quotes: [
			['We will appeal', 'Ann Lee'],
			['The court has been patient', 'Tom Hart'],
		],
	},
	{
		rule: 'no speaker → null',
		paragraphs: ['The phrase “too big to fail” was everywhere.'],
		quotes: [['too big to fail', null]],
	},
];

describe('what counts as a quotation', () => {
	test.each(marks)('$rule', ({paragraphs, quotes}) => {
		expect(quotesIn(paragraphs).map((quote) => quote.text)).toEqual(quotes.map(([text]) => text));
	});
});

describe('who said it', () => {
	test.each(attribution)('$rule', ({paragraphs, quotes}) => {
		expect(spokenIn(paragraphs)).toEqual(quotes);
	});
});

test('offsets point at the text and paragraphs keep their indices', () => {
	const paragraphs = ['No quotes here.', 'Ann Lee said it was “a long day,” and left.'];
	const [quote] = quotesIn(paragraphs);
	expect(quote).toEqual({
		text: 'a long day',
		speaker: 'Ann Lee',
		section: 0,
		paragraph: 1,
		offset: 21,
	});
	expect(paragraphs[1]!.slice(quote!.offset, quote!.offset + quote!.text.length)).toBe(
		'a long day',
	);
});
