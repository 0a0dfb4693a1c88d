import {describe, expect, test} from 'vitest';
import {timeline, type TimelineCase as Case} from './timeline-helpers.js';

const published = '2026-10-08';

describe('a day range before one month name is read by the month, not the first word', () => {
	test.each<Case>([
		['The festival ran from 3 to 7 March.', published, [['2026-03-03', 'from 3 to 7 March']]],
		['Talks were held on 3 and 4 March.', published, [['2026-03-04', '4 March']]],
		// Negative: a lower-case `march` is still a word.
		['Crowds march from 3 to 7 in the evening.', published, []],
	])('%s', (text, date, events) => {
		expect(timeline(text, date)).toEqual(events);
	});
});

describe('a range whose end names its own month gives two events', () => {
	test.each<Case>([
		[
			'Consultation runs from Oct. 12 to Dec. 4, with a decision in February.',
			published,
			[
				['2026-10-12', 'from Oct. 12'],
				['2026-12-04', 'to Dec. 4'],
				['2027-02', 'in February'],
			],
		],
		[
			'He served from March 3, 2001 to May 9, 2004.',
			published,
			[
				['2001-03-03', 'from March 3, 2001'],
				['2004-05-09', 'to May 9, 2004'],
			],
		],
		[
			'It ran Jan. 3–Feb. 9.',
			published,
			[
				['2026-01-03', 'Jan. 3'],
				['2026-02-09', 'Feb. 9'],
			],
		],
		// Negatives: days of one month, and a year written only once, stay one event.
		['The conference is on Nov. 18-19 in San Jose.', published, [['2026-11-18', 'on Nov. 18-19']]],
		[
			'The show runs from March 3 through May 9, 2027.',
			published,
			[['2027-03-03', 'from March 3 through May 9, 2027']],
		],
	])('%s', (text, date, events) => {
		expect(timeline(text, date)).toEqual(events);
	});
});

describe('a two-digit number is never a written year', () => {
	test.each<Case>([
		['Talks ran March 1st 31 - march.', null, [[null, 'March 1st 31 - march']]],
		['It was held Feb 18 29 in Oslo.', '2026-01-01', [['2026-02-18', 'Feb 18']]],
		// Negative: a year written in full still counts.
		['It was held March 1, 2031.', null, [['2031-03-01', 'March 1, 2031']]],
	])('%s', (text, date, events) => {
		expect(timeline(text, date)).toEqual(events);
	});
});

describe('a month and day followed by `next year` or `last year` take that year', () => {
	test.each<Case>([
		[
			'The family will hold a walk on 9 January next year.',
			'2026-05-21',
			[['2027-01-09', 'on 9 January next year']],
		],
		[
			'He died on June 3 last year, aged 80.',
			'2026-05-21',
			[['2025-06-03', 'on June 3 last year']],
		],
		['The walk is on 9 January next year.', null, [[null, 'on 9 January next year']]],
		// Negative: `next year` elsewhere in the sentence is its own event.
		[
			'The walk on 9 January drew crowds, and another is planned next year.',
			'2026-05-21',
			[
				['2026-01-09', 'on 9 January'],
				['2027', 'next year'],
			],
		],
	])('%s', (text, date, events) => {
		expect(timeline(text, date)).toEqual(events);
	});
});
