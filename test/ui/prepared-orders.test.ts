import {describe, expect, test} from 'vitest';
import type {Article} from '../../source/article/types.js';
import {prepareQuotes, quotesInReadingOrder} from '../../source/ui/highlight.js';
import {prepareTimelineOrder, timelineOrder} from '../../source/ui/timeline-order.js';
import {makeArticle} from '../_helpers/article.js';

const paragraphs = [
	'On Monday “one two” said A.',
	'In 2014 “three four” said B.',
	'In 2012 “five six” said C.',
];
const base = makeArticle(
	[{title: 'One', paragraphs}],
	[
		{text: 'one two', speaker: 'A'},
		{text: 'three four', speaker: 'B'},
		{text: 'five six', speaker: 'C'},
	],
);

/** The article with its events (and quotes) given in another order, as a hand-made one may be. */
const reordered = (article: Article, order: number[]): Article => ({
	...article,
	timeline: order.map((index) => article.timeline[index]!),
	quotes: order.map((index) => article.quotes[index]!),
});

const events: Article['timeline'] = [
	{
		date: '2016-11-14',
		phrase: 'On Monday',
		approximate: false,
		summary: 'a',
		section: 0,
		paragraph: 0,
		offset: 0,
	},
	{
		date: '2014',
		phrase: 'In 2014',
		approximate: false,
		summary: 'b',
		section: 0,
		paragraph: 1,
		offset: 0,
	},
	{
		date: null,
		phrase: 'later',
		approximate: false,
		summary: 'c',
		section: 0,
		paragraph: 2,
		offset: 0,
	},
	{
		date: '2012',
		phrase: 'In 2012',
		approximate: false,
		summary: 'd',
		section: 0,
		paragraph: 2,
		offset: 0,
	},
];

describe('orders prepared in slices', () => {
	test('the timeline order prepared is the one worked out at once', async () => {
		const article = {...base, timeline: events};
		await prepareTimelineOrder(article);
		expect(timelineOrder(article)).toEqual([3, 1, 0, 2]);
		expect(timelineOrder({...base, timeline: events})).toEqual([3, 1, 0, 2]);
	});

	test('a timeline in order is kept as it is, however long', async () => {
		const many = Array.from({length: 20_000}, (_, index) => ({
			...events[0]!,
			date: String(1000 + Math.floor(index / 10)),
		}));
		const article = {...base, timeline: many};
		await prepareTimelineOrder(article);
		expect(timelineOrder(article)).toEqual(many.map((_, index) => index));
	});

	test('quotes out of reading order are put in order, prepared or not', async () => {
		expect(base.quotes).toHaveLength(3);
		const article = reordered({...base, timeline: events.slice(0, 3)}, [2, 0, 1]);
		await prepareQuotes(article);
		expect(quotesInReadingOrder(article).map((quote) => quote.paragraph)).toEqual([0, 1, 2]);
		const unprepared = reordered({...base, timeline: events.slice(0, 3)}, [1, 2, 0]);
		expect(quotesInReadingOrder(unprepared).map((quote) => quote.paragraph)).toEqual([0, 1, 2]);
		expect(quotesInReadingOrder(base)).toBe(base.quotes);
	});
});
