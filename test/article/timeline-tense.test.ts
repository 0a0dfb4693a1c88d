import {describe, expect, test} from 'vitest';
import {timeline, type TimelineCase as Case} from './timeline-helpers.js';

// 2026-09-22 is a Tuesday.
const tuesday = '2026-09-22';

describe('a capitalised word ending in `ed` is a name, not a past verb', () => {
	test.each<Case>([
		['The final will be against Ashford United on Sunday.', tuesday, [['2026-09-27', 'on Sunday']]],
		['Leeds United will play on Sunday.', tuesday, [['2026-09-27', 'on Sunday']]],
		// Negative: a lower-case past verb still looks back.
		['The club visited Ashford on Sunday.', tuesday, [['2026-09-20', 'on Sunday']]],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('a present tense names a coming day', () => {
	test.each<Case>([
		['Their next match is at Ashford on Sunday.', tuesday, [['2026-09-27', 'on Sunday']]],
		['They host Kingsbridge on Saturday.', tuesday, [['2026-09-26', 'on Saturday']]],
		[
			'The gardeners are planning a harvest festival on Saturday.',
			tuesday,
			[['2026-09-26', 'on Saturday']],
		],
		[
			'She retires on March 31, the senator’s office said.',
			'2026-01-15',
			[['2026-03-31', 'on March 31']],
		],
		['The quarter-finals begin on Saturday.', tuesday, [['2026-09-26', 'on Saturday']]],
		[
			'The family plans a candlelight vigil on Saturday evening.',
			tuesday,
			[['2026-09-26', 'on Saturday evening']],
		],
		['The club holds a meeting on Friday.', tuesday, [['2026-09-25', 'on Friday']]],
		// Negatives: a past or reporting verb keeps the day in the past; `plans` as a noun.
		['The council unveiled plans on Monday.', tuesday, [['2026-09-21', 'on Monday']]],
		['They hosted Kingsbridge on Saturday.', tuesday, [['2026-09-19', 'on Saturday']]],
		['He says he was attacked on Saturday.', tuesday, [['2026-09-19', 'on Saturday']]],
		[
			'The company is recovering from an attack on Saturday.',
			tuesday,
			[['2026-09-19', 'on Saturday']],
		],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('modal verbs and `expected in` look ahead', () => {
	test.each<Case>([
		[
			'By the end of October, it could be a construction site.',
			'2026-08-25',
			[['2026-10-31', 'end of October']],
		],
		[
			'Consultation runs until Dec. 4, with a decision expected in February.',
			'2026-10-08',
			[
				['2026-12-04', 'until Dec. 4'],
				['2027-02', 'in February'],
			],
		],
		['The cuts might start in February.', '2026-10-08', [['2027-02', 'in February']]],
		// Negatives: a denied modal and a past clause keep the earlier date.
		['Smith could not be reached on Monday.', '2026-09-22', [['2026-09-21', 'on Monday']]],
		['The decision came in February.', '2026-10-08', [['2026-02', 'in February']]],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('`today’s` before a general noun is the present, not a day', () => {
	test.each<Case>([
		['The genes are rarer in today’s populations.', tuesday, []],
		['Few can cope in today’s economy.', tuesday, []],
		// Negative: today’s vote is an event of the day.
		['Today’s vote was close.', tuesday, [['2026-09-22', 'Today']]],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('a month alone after `into`', () => {
	test.each<Case>([
		['A strike would be felt well into February.', '2026-11-24', [['2027-02', 'February']]],
		['Talks dragged into March.', '2026-11-24', [['2026-03', 'March']]],
		// Negative: a name after `into` is no month.
		['He ran into Theresa May outside.', '2026-11-24', []],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('`in` before `last Tuesday` does not make it a kind of day', () => {
	test.each<Case>([
		[
			'A mother came in last Tuesday with her kids.',
			'2026-02-27',
			[['2026-02-24', 'last Tuesday']],
		],
		['He checks in next Monday.', '2026-02-27', [['2026-03-02', 'next Monday']]],
		// Negative: a bare weekday after `in` is still a kind of day.
		['He has won in Monday games.', '2026-02-27', []],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});
