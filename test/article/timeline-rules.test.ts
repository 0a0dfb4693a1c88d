import {describe, expect, test} from 'vitest';
import {timeline, type TimelineCase as Case} from './timeline-helpers.js';

// 2016-11-14 is a Monday.
const monday = '2016-11-14';

describe('weekdays mean the latest one unless the clause looks ahead', () => {
	test.each<Case>([
		['The leaders spoke on Monday.', monday, [['2016-11-14', 'on Monday']]],
		['The talks ended on Friday.', monday, [['2016-11-11', 'on Friday']]],
		['She said Tuesday that it was over.', '2016-11-16', [['2016-11-15', 'Tuesday']]],
		['They met later Monday.', monday, [['2016-11-14', 'later Monday']]],
		['Crowds gathered Sunday night.', monday, [['2016-11-13', 'Sunday night']]],
		['The envoys will meet on Thursday.', monday, [['2016-11-17', 'on Thursday']]],
		['He is expected to announce on Wednesday.', monday, [['2016-11-16', 'on Wednesday']]],
		['They plan to vote on Friday.', monday, [['2016-11-18', 'on Friday']]],
		['On Friday, the ministers will sign it.', monday, [['2016-11-18', 'On Friday']]],
		[
			'On Friday, the plant, which has defied the odds for decades, will close.',
			monday,
			[['2016-11-18', 'On Friday']],
		],
		[
			'The museum will be open all weekend. On Saturday, veterans get in free.',
			monday,
			[['2016-11-19', 'On Saturday']],
		],
		['The summit will be held on Saturday.', monday, [['2016-11-19', 'on Saturday']]],
		['It was agreed last Monday.', monday, [['2016-11-07', 'last Monday']]],
		['They return next Monday.', monday, [['2016-11-21', 'next Monday']]],
		['Shops open on Sundays and every Monday.', monday, []],
		['The vote is on Tuesday.', monday, [['2016-11-15', 'on Tuesday']]],
		['Anger grew after Saturday’s shooting.', '2016-11-16', [['2016-11-12', 'after Saturday']]],
		['He has won in Monday games and at Friday prayers.', monday, []],
		['Black Friday sales and Good Friday services drew crowds.', monday, []],
		['He writes for the Sunday Times.', monday, []],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('days, weeks, months and years relative to the published day', () => {
	test.each<Case>([
		[
			'It rained today and yesterday.',
			monday,
			[
				['2016-11-13', 'yesterday'],
				['2016-11-14', 'today'],
			],
		],
		['The vote is tomorrow.', monday, [['2016-11-15', 'tomorrow']]],
		['He spoke tonight.', monday, [['2016-11-14', 'tonight']]],
		['Prices rose last week.', monday, [['2016-11-07', 'last week']]],
		['Prices rose this past week.', monday, [['2016-11-07', 'this past week']]],
		['The matches this weekend decide it.', '2016-11-18', [['2016-11-19', 'this weekend']]],
		['The matches this weekend decided it.', '2016-11-18', [['2016-11-12', 'this weekend']]],
		['Crowds came this weekend.', '2016-11-13', [['2016-11-12', 'this weekend']]],
		['The report is due next month.', monday, [['2016-12', 'next month']]],
		['Sales fell last month.', monday, [['2016-10', 'last month']]],
		['Sales fell last year.', monday, [['2015', 'last year']]],
		['The plant closed two years ago.', monday, [['2014', 'two years ago']]],
		['The town was founded sixty years ago.', monday, [['1956', 'sixty years ago']]],
		['The law passed a decade ago.', monday, [['2006', 'a decade ago']]],
		['They met three weeks ago.', monday, [['2016-10-24', 'three weeks ago']]],
		['It happened more than 20 years ago.', monday, [['1996', 'more than 20 years ago']]],
		['Many years ago, and decades ago, things were different.', monday, []],
		['Nobody is talking now, for a second time this season.', monday, []],
		['USA Today reported it, and Yesterday was played.', monday, []],
		['The city is not what it is today; in today’s world, few still stand today.', monday, []],
		['Today’s vote was close.', monday, [['2016-11-14', 'Today']]],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('a scheduled event in the present tense lies ahead', () => {
	test.each<Case>([
		['The law takes effect July 1.', '2024-03-12', [['2024-07-01', 'July 1']]],
		['The fair opens on July 21.', monday, [['2017-07-21', 'on July 21']]],
		['The season begins Sept. 5.', '2024-11-20', [['2025-09-05', 'Sept. 5']]],
		// Negatives: the past tense, and a present verb that schedules nothing.
		['The fair opened on July 21.', monday, [['2016-07-21', 'on July 21']]],
		['It said the fair, held on July 21, drew crowds.', monday, [['2016-07-21', 'on July 21']]],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('explicit dates in their common forms', () => {
	test.each<Case>([
		['It began on March 18, 2014.', monday, [['2014-03-18', 'on March 18, 2014']]],
		['It began on 18 March 2014.', monday, [['2014-03-18', 'on 18 March 2014']]],
		['It began on 2014-03-18.', monday, [['2014-03-18', 'on 2014-03-18']]],
		['Filed 2014/3/18, not 2014-02-30 or 2014-03-18-7.', monday, [['2014-03-18', '2014/3/18']]],
		['It began in March 2014.', monday, [['2014-03', 'in March 2014']]],
		[
			'Pearl Harbor came before February 1st, 1942.',
			monday,
			[['1942-02-01', 'before February 1st, 1942']],
		],
		['The deal was signed Mar. 18.', monday, [['2016-03-18', 'Mar. 18']]],
		['The fair opens on July 21.', '2016-06-20', [['2016-07-21', 'on July 21']]],
		['The body will report by Jan. 20.', '2016-12-20', [['2017-01-20', 'by Jan. 20']]],
		['A letter dated Dec. 5 was read.', '2017-01-10', [['2016-12-05', 'Dec. 5']]],
		['He arrived in May.', monday, [['2016-05', 'in May']]],
		['Sales peaked last March.', monday, [['2016-03', 'last March']]],
		['He resigned on Tuesday, Nov. 8.', monday, [['2016-11-08', 'on Tuesday, Nov. 8']]],
		['July 21 is the deadline.', null, [[null, 'July 21']]],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('words that look like dates but are not', () => {
	test.each<Case>([
		['He may go, or he may not.', monday, []],
		['It was a long march to the capital.', monday, []],
		['Theresa May said the Women’s March was peaceful.', monday, []],
		['The sun sat low; they spent a second there.', monday, []],
		['Jan Smith and Dec Rowley attended.', monday, []],
		['About 2,000 troops and 1,500 police were sent.', monday, []],
		['The fee is US$2014 and the form is No. 1991.', monday, []],
		['The party won 2014 votes and 1999 seats.', monday, []],
		['See page 1987 of the report; call 555-2014.', monday, []],
		['The score was 2014-15 in the final minutes.', monday, [['2014', '2014-15']]],
		[
			'It happened in 1066 and in 1815.',
			monday,
			[
				['1066', 'in 1066'],
				['1815', 'in 1815'],
			],
		],
		['It will happen in 3016 or 2999.', monday, []],
		['They live at 1901 Main Street and meet at 1930 GMT.', monday, []],
		['Copyright 2016 Example Media. © 2015 Example.', monday, []],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('years and decades', () => {
	test.each<Case>([
		['Crimea was annexed in 2014.', monday, [['2014', 'in 2014']]],
		['Prices have risen since 1991.', monday, [['1991', 'since 1991']]],
		['The 2016 election was close.', monday, [['2016', '2016']]],
		['Russia’s 2014 annexation was condemned.', monday, [['2014', '2014']]],
		[
			'He served from 2001 to 2009.',
			monday,
			[
				['2001', 'from 2001'],
				['2009', 'to 2009'],
			],
		],
		['Growth slowed in mid-2015.', monday, [['2015', 'in mid-2015']]],
		['Jazz flourished in the 1920s.', monday, [['1920', 'in the 1920s']]],
		['The mill has run since about 1812.', monday, [['1812', 'since about 1812']]],
		['It had 1930 prices and 1970 costs.', monday, []],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('datelines', () => {
	test.each<Case>([
		['WASHINGTON (AP) — The Senate adjourned.', monday, [['2016-11-14', 'WASHINGTON (AP) —']]],
		[
			'MOSCOW, Nov. 13 (Reuters) - The Kremlin spoke.',
			monday,
			[['2016-11-13', 'MOSCOW, Nov. 13 (Reuters) -']],
		],
		['KYIV, Ukraine (AP) — Sirens sounded.', null, [[null, 'KYIV, Ukraine (AP) —']]],
		['NATO - the alliance - met.', monday, []],
		['HOPEDALE - The mill will close.', monday, [['2016-11-14', 'HOPEDALE -']]],
		// A full stop inside the dateline splits it across two sentences: still one event.
		[
			'PARADISE, Calif. (AP) — A wildfire forced thousands to flee.',
			monday,
			[['2016-11-14', 'PARADISE, Calif. (AP) —']],
		],
		[
			'PARADISE, Calif. (AP) — Thousands fled on Thursday.',
			'2024-08-02',
			[
				['2024-08-01', 'on Thursday'],
				['2024-08-02', 'PARADISE, Calif. (AP) —'],
			],
		],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('one event per date and sentence', () => {
	test('the same date twice in a sentence is one event', () => {
		expect(timeline('In 2014 the war began, and in 2014 it spread.', monday)).toEqual([
			['2014', 'In 2014'],
		]);
	});

	test('the same date in two sentences is two events', () => {
		expect(timeline('In 2014 the war began. It spread in 2014.', monday)).toEqual([
			['2014', 'In 2014'],
			['2014', 'in 2014'],
		]);
	});

	test('a dateline gives way to the same day in its sentence', () => {
		expect(timeline('MOSCOW (Reuters) - The Kremlin said on Monday it was ready.', monday)).toEqual(
			[['2016-11-14', 'on Monday']],
		);
	});
});

describe('without a published date', () => {
	test('relative phrases stay, undated, after the dated ones', () => {
		expect(
			timeline(
				'On Monday, the talks that began in 2014 and last week resumed on March 3, 2015.',
				null,
			),
		).toEqual([
			['2014', 'in 2014'],
			['2015-03-03', 'on March 3, 2015'],
			[null, 'On Monday'],
			[null, 'last week'],
		]);
	});

	test('an invalid published date counts as none', () => {
		expect(timeline('They met on Monday.', '2016-02-30')).toEqual([[null, 'on Monday']]);
	});
});
