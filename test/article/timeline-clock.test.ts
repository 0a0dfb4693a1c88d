import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import {extractTimeline} from '../../source/article/timeline.js';
import {loadFixture} from './timeline-helpers.js';

const names = [
	'wire-dateline.txt',
	'reuters-dated.txt',
	'official-readout.txt',
	'press-statement.txt',
	'feature-history.txt',
	'undated.txt',
	'false-friends.txt',
	'future-and-past.txt',
	'obituary.txt',
];

// Computed under the real clock at import time, before any fake one is installed.
const real = new Map(
	names.map((name) => {
		const {published, paragraphs} = loadFixture(name);
		return [name, extractTimeline(paragraphs, published)];
	}),
);

beforeEach(() => {
	vi.useFakeTimers({toFake: ['Date']});
});

afterEach(() => {
	vi.useRealTimers();
});

test.each(['2031-07-04T03:00:00Z', '1999-12-31T23:59:59Z', '2016-11-15T00:00:00Z'])(
	'the system clock at %s changes nothing',
	(now) => {
		vi.setSystemTime(new Date(now));
		expect(new Date().toISOString().slice(0, 4)).toBe(now.slice(0, 4));
		for (const name of names) {
			const {published, paragraphs} = loadFixture(name);
			expect(extractTimeline(paragraphs, published)).toEqual(real.get(name));
		}
	},
);

test('relative phrases without a published date stay undated under any clock', () => {
	vi.setSystemTime(new Date('2031-07-04T03:00:00Z'));
	const {paragraphs} = loadFixture('undated.txt');
	const undated = extractTimeline(paragraphs, null).filter((event) => event.date === null);
	expect(undated.map((event) => event.phrase)).toEqual([
		'on Tuesday',
		'last week',
		'by July 21',
		'tomorrow',
		'next year',
	]);
	expect(JSON.stringify(undated)).not.toContain('2031');
});
