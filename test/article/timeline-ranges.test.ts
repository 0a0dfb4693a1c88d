import {describe, expect, test} from 'vitest';
import {extractTimeline} from '../../source/article/timeline.js';
import {toParagraphs} from './timeline-helpers.js';

type Case = [text: string, published: string | null, events: Array<[string | null, string]>];

function timeline(text: string, published: string | null): Array<[string | null, string]> {
	return extractTimeline(toParagraphs(text), published).map((event) => [event.date, event.phrase]);
}

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
