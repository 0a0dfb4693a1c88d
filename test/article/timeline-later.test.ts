import {describe, expect, test} from 'vitest';
import {timeline, type TimelineCase as Case} from './timeline-helpers.js';

describe('`a year later` counts from the year written before it', () => {
	test.each<Case>([
		[
			'She earned her doctorate in 1964.\n\nA year later she moved to Princeton.',
			'2026-11-03',
			[
				['1964', 'in 1964'],
				['1965', 'A year later'],
			],
		],
		[
			'She married in 1968; the following year she left.',
			null,
			[
				['1968', 'in 1968'],
				['1969', 'the following year'],
			],
		],
		[
			'He retired in 2008. Three years earlier he had won the prize.',
			'2026-11-03',
			[
				['2005', 'Three years earlier'],
				['2008', 'in 2008'],
			],
		],
		// Negatives: nothing written to count from, and a duration that is no year.
		['A year later she moved to Princeton.', '2026-11-03', []],
		['It took 1942 years; 29 years later nothing had changed.', null, []],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('`later that year` and `the same year` are the year written before', () => {
	test.each<Case>([
		[
			'She won the title in 1972.\n\nLater that year she retired.',
			'2026-11-03',
			[
				['1972', 'in 1972'],
				['1972', 'Later that year'],
			],
		],
		// Negative: with no year written, nothing.
		['Later that year she retired.', '2026-11-03', []],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});

describe('`by the end of the year` is the current year', () => {
	test.each<Case>([
		[
			'A decision is expected by the end of the year.',
			'2026-03-18',
			[['2026', 'by the end of the year']],
		],
		[
			'Rates will fall by the end of the month.',
			'2026-03-18',
			[['2026-03', 'by the end of the month']],
		],
		['A decision is expected by the end of the year.', null, [[null, 'by the end of the year']]],
		// Negative: the end of a year written before is that year’s, not a deadline.
		['He left at the end of the year.', '2026-03-18', []],
	])('%s', (text, published, events) => {
		expect(timeline(text, published)).toEqual(events);
	});
});
