import type {Article} from '../../source/article/types.js';

/** A small hand-made article with every kind of entry the renderers print. */
export const fixture: Article = {
	title: 'Leaders talk by phone',
	source: 'The Daily',
	author: null,
	published: '2016-11-14',
	url: 'https://example.com/call',
	copyright: 'Copyright 2016 The Daily. All rights reserved.',
	words: 42,
	readingMinutes: 1,
	sections: [
		{
			title: 'The call',
			paragraphs: [
				'The two leaders spoke on Monday and promised a “strong and enduring” partnership.',
				'Aides said the talk was warm.',
			],
			start: 0,
		},
		{
			title: 'Background',
			paragraphs: ['Relations have been poor since the annexation of Crimea in 2014.'],
			start: 2,
		},
	],
	quotes: [
		{text: 'strong and enduring', speaker: 'Jane Doe', section: 0, paragraph: 0, offset: 60},
		{text: 'a new start', speaker: null, section: 1, paragraph: 2, offset: 5},
	],
	timeline: [
		{
			date: '2014',
			phrase: 'in 2014',
			approximate: false,
			summary: 'Crimea is annexed',
			section: 1,
			paragraph: 2,
			offset: 50,
		},
		{
			date: '2006',
			phrase: 'over the last decade',
			approximate: true,
			summary: 'Relations worsen over the last decade',
			section: 1,
			paragraph: 2,
			offset: 10,
		},
		{
			date: '2016-11-14',
			phrase: 'on Monday',
			approximate: false,
			summary: 'The two leaders spoke',
			section: 0,
			paragraph: 0,
			offset: 20,
		},
		{
			date: null,
			phrase: 'next week',
			approximate: false,
			summary: 'Aides will meet again',
			section: 0,
			paragraph: 1,
			offset: 0,
		},
	],
};

/** The fixture with a timeline of `count` events, dated 1000, 1001…, `Event number 0`, `1`… */
export function withLongTimeline(count: number): Article {
	const event = fixture.timeline[0]!;
	const timeline = Array.from({length: count}, (_, index) => ({
		...event,
		date: `${1000 + index}`,
		summary: `Event number ${index}`,
	}));
	return {...fixture, timeline, copyright: null};
}
