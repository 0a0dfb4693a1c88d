import {describe, expect, test} from 'vitest';
import {extractTimeline} from '../../source/article/timeline.js';
import {loadFixture} from './timeline-helpers.js';

// Each fixture's whole timeline, in order: [date, phrase as written].
const expected: Record<string, Array<[string | null, string]>> = {
	'wire-dateline.txt': [
		['1991', 'since 1991'],
		['2016', 'in 2016'],
		['2018', 'Last year'],
		['2019-03-11', 'on Monday morning'],
		['2019-03-12', 'on Tuesday'],
		['2019-03-12', 'yesterday'],
		['2019-03-13', 'BRUSSELS (AP) —'],
		['2019-03-15', 'on Friday'],
		['2019-03-20', 'next week'],
	],
	'reuters-dated.txt': [
		['2020', 'in the spring of 2020'],
		['2020-05', 'since May 2020'],
		['2021-02-03', 'on Wednesday'],
		['2021-03', 'next month'],
		['2021-03-18', 'on March 18'],
		['2022', 'in the second half of 2022'],
	],
	'official-readout.txt': [
		['1997-05-12', 'on 12 May 1997'],
		['2012', 'over the last decade'],
		['2022-05', 'last month'],
		['2022-06-02', 'last week'],
		['2022-06-09', 'today'],
		['2022-06-13', 'on Monday'],
	],
	'press-statement.txt': [
		['1978', 'since 1978'],
		['2022-03', 'in March 2022'],
		['2023-08', 'in August'],
		['2023-10-17', 'on 2023-10-17'],
		['2023-11-30', 'today'],
		['2023-12-01', 'tomorrow'],
		['2024-01-08', 'on January 8, 2024'],
		['2024-01-25', 'on Jan. 25'],
	],
	'feature-history.txt': [
		['1868', 'in 1868'],
		['1871', 'Over the last 150 years'],
		['1900', 'in the early 1900s'],
		['1942-02-01', 'On February 1st, 1942'],
		['1943', 'in 1943'],
		['1961', 'sixty years ago'],
		['1991', 'in 1991'],
		['2011', 'a decade ago'],
		['2019', 'two years ago'],
		['2022', 'next summer'],
	],
	'undated.txt': [
		['1936', 'in 1936'],
		['1970', 'since the 1970s'],
		['2009-03-03', 'on March 3, 2009'],
		[null, 'on Tuesday'],
		[null, 'last week'],
		[null, 'by July 21'],
		[null, 'tomorrow'],
		[null, 'next year'],
	],
	'false-friends.txt': [['2009', 'in 2009']],
	'future-and-past.txt': [
		['2016', 'last spring'],
		['2016-10', 'by October'],
		['2016-12-05', 'Dec. 5'],
		['2016-12-13', 'last Tuesday'],
		['2016-12-16', 'on Friday'],
		['2016-12-18', 'on Sunday night'],
		['2016-12-20', 'later this week'],
		['2016-12-22', 'on Thursday'],
		['2017-01', 'next month'],
		['2017-01-20', 'on Jan. 20'],
	],
	'obituary.txt': [
		['1926-08-02', 'on Aug. 2, 1926'],
		['1948', 'in the summer of 1948'],
		['1950', 'Two years later'],
		['1953-10-14', 'on 14 October 1953'],
		['2005', 'in 2005'],
		['2018-01', 'three months ago'],
		['2018-03', 'in March'],
		['2018-04-15', 'on Sunday'],
		['2018-04-21', 'on Saturday'],
	],
};

describe('timeline of fixture articles', () => {
	test.each(Object.entries(expected))('%s', (name, events) => {
		const {published, paragraphs} = loadFixture(name);
		const timeline = extractTimeline(paragraphs, published);
		expect(timeline.map((event) => [event.date, event.phrase])).toEqual(events);
	});
});

test('vague spans, and only they, are marked approximate', () => {
	const {published, paragraphs} = loadFixture('feature-history.txt');
	const approximate = extractTimeline(paragraphs, published)
		.filter((event) => event.approximate)
		.map((event) => event.phrase);
	expect(approximate).toEqual(['Over the last 150 years', 'in the early 1900s']);
});

test('summaries keep the clause around the date', () => {
	const {published, paragraphs} = loadFixture('obituary.txt');
	const summaries = Object.fromEntries(
		extractTimeline(paragraphs, published).map((event) => [event.phrase, event.summary]),
	);
	expect(summaries['in 2005']).toBe(
		'Two years later she married Thomas Halloran, who died in 2005',
	);
	expect(summaries['on Sunday']).toBe('Margit Halloran … died on Sunday at her home');
});
