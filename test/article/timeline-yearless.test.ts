import {describe, expect, test} from 'vitest';
import {timeline, type TimelineCase as Case} from './timeline-helpers.js';

describe('`last` and `next` belong to the phrase, capitalised or not', () => {
	// 2021-05-18 is a Tuesday.
	test.each<Case>([
		['Last Friday, the governor signed a bill.', '2021-05-18', [['2021-05-14', 'Last Friday']]],
		['Next Monday the law takes effect.', '2021-05-18', [['2021-05-24', 'Next Monday']]],
		[
			'He announced last September that he would go.',
			'2005-03-14',
			[['2004-09', 'last September']],
		],
		['The plant reopens next March.', '2005-03-14', [['2006-03', 'next March']]],
		// Negative: a capitalised `Last` that is no modifier of the date.
		['Last of all, on Friday, the shops closed.', '2021-05-18', [['2021-05-14', 'on Friday']]],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('a weekday the clause looks ahead to', () => {
	// 2021-03-11 is a Thursday.
	test.each<Case>([
		[
			'He may not recover in time for Sunday’s game against West Ham.',
			'2021-03-11',
			[['2021-03-14', 'Sunday']],
		],
		[
			'He was hurt during Sunday’s game against West Ham.',
			'2021-03-11',
			[['2021-03-07', 'during Sunday']],
		],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('a month and day without a year', () => {
	test.each<Case>([
		// A year written with the same month and day elsewhere gives it to the others.
		[
			'The riot of Jan. 6, 2021, changed the building.\n\nGuards recalled what they saw on Jan. 6.',
			'2023-03-10',
			[
				['2021-01-06', 'Jan. 6, 2021'],
				['2021-01-06', 'on Jan. 6'],
			],
		],
		[
			'Critics of the Jan. 6 panel spoke up.\n\nThe panel began work after Jan. 6, 2021.',
			'2023-03-10',
			[
				['2021-01-06', 'Jan. 6'],
				['2021-01-06', 'after Jan. 6, 2021'],
			],
		],
		// A name made of a date close to publication is most often an anniversary: no year.
		[
			'The head of the panel on the Jan. 6 attack said Thursday that it had records.\n\nNobody expected violence on Jan. 6, she said.',
			'2022-01-06',
			[
				['2022-01-06', 'Thursday'],
				[null, 'Jan. 6'],
				[null, 'on Jan. 6'],
			],
		],
		['Members of the Jan. 6 committee met.', '2022-01-03', [[null, 'Jan. 6']]],
		// A date used as a name further away takes the year nearest to publication.
		['She will lead an inquiry into the Jan. 6 attack.', '2021-07-01', [['2021-01-06', 'Jan. 6']]],
		['Voters are gearing up for the Jan. 20 runoff.', '2020-11-30', [['2021-01-20', 'Jan. 20']]],
		// Not names: a date before a preposition, a comma or a clause keeps its usual year.
		['He released a statement June 13 after the vote.', '2017-06-13', [['2017-06-13', 'June 13']]],
		['The plant reopened on Jan. 4 and hired staff.', '2022-01-06', [['2022-01-04', 'on Jan. 4']]],
		['On March 3, President Lee spoke.', '2022-03-07', [['2022-03-03', 'On March 3']]],
		// One month and day, one year: the later mention follows the first.
		[
			'Officials said Jan. 6 was a dark day.\n\nIt is clear that Jan. 6 is a warning.',
			'2021-07-01',
			[
				['2021-01-06', 'Jan. 6'],
				['2021-01-06', 'Jan. 6'],
			],
		],
		// Without a published day nothing is guessed, but a written year still carries over.
		['The Jan. 6 hearing resumed.', null, [[null, 'Jan. 6']]],
		[
			'On March 18, 2014, Russia annexed Crimea.\n\nBy March 18 the vote was over.',
			null,
			[
				['2014-03-18', 'On March 18, 2014'],
				['2014-03-18', 'By March 18'],
			],
		],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});
