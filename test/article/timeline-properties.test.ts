import fc from 'fast-check';
import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import {extractTimeline} from '../../source/article/timeline.js';
import type {ParagraphLocation, TimelineEvent} from '../../source/article/types.js';

// Words that make up date phrases, mixed with ordinary ones, so that generated text is dense
// with near-misses: `may`, `March`, `2,000`, `Mon`, `the 1990s`, `ago`.
const vocabulary = [
	'on',
	'in',
	'since',
	'last',
	'next',
	'this',
	'past',
	'ago',
	'later',
	'early',
	'the',
	'of',
	'Monday',
	'Friday',
	'Sunday',
	'night',
	'today',
	'yesterday',
	'tomorrow',
	'week',
	'weekend',
	'month',
	'year',
	'years',
	'decade',
	'decades',
	'century',
	'summer',
	'winter',
	'May',
	'may',
	'March',
	'march',
	'Jan.',
	'Sept.',
	'December',
	'Feb',
	'1st',
	'18',
	'31',
	'29',
	'2014',
	'1942',
	'2,000',
	'$2014',
	'1990s',
	'’90s',
	'two',
	'sixty',
	'a',
	'more than',
	'will',
	'said',
	'was',
	'WASHINGTON',
	'(AP)',
	'—',
	'-',
	',',
	'.',
	';',
	'"',
	'“',
	'”',
	'Theresa',
	'Black',
	'page',
	'2014-03-18',
	'2016-02-30',
	'over',
	'back',
	'dates',
	'for',
	'US',
	'Kremlin',
	'日本',
	'é',
];
const word = fc.constantFrom(...vocabulary);
const sentence = fc.array(word, {maxLength: 30}).map((words) => words.join(' '));
const datedText = fc.array(sentence, {minLength: 1, maxLength: 4}).map((parts) => parts.join(' '));
const anyText = fc.oneof(
	datedText,
	fc.string({maxLength: 200}),
	fc.string({unit: 'binary', maxLength: 200}),
);
const published = fc.oneof(
	fc.constant(null),
	fc
		.date({min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true})
		.map((date) => date.toISOString().slice(0, 10)),
	fc.constantFrom('2016-02-30', 'yesterday', ''),
);
const article = fc.tuple(fc.array(anyText, {minLength: 1, maxLength: 5}), published);

function locate(texts: readonly string[]): ParagraphLocation[] {
	return texts.map((text, index) => ({section: Math.floor(index / 2), paragraph: index, text}));
}

function isCalendarDate(date: string): boolean {
	const [year, month = 1, day = 1] = date.split('-').map(Number);
	const value = new Date(Date.UTC(2000, (month ?? 1) - 1, day));
	return (
		/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date) &&
		(year ?? 0) >= 1 &&
		value.getUTCMonth() === (month ?? 1) - 1 &&
		value.getUTCDate() === day
	);
}

const runs = {numRuns: 300};

test('never throws, and every event is well formed', () => {
	fc.assert(
		fc.property(article, ([texts, date]) => {
			const paragraphs = locate(texts);
			const timeline: TimelineEvent[] = extractTimeline(paragraphs, date);
			for (const event of timeline) {
				const paragraph = paragraphs[event.paragraph];
				expect(paragraph?.section).toBe(event.section);
				expect(event.phrase.trim()).not.toBe('');
				expect(paragraph?.text.slice(event.offset, event.offset + event.phrase.length)).toBe(
					event.phrase,
				);
				expect(event.summary.trim()).not.toBe('');
				expect(stringWidth(event.summary)).toBeLessThanOrEqual(80);
				if (event.date !== null) expect(isCalendarDate(event.date)).toBe(true);
			}
		}),
		runs,
	);
});

test('dated events come first, in date order; undated ones last', () => {
	fc.assert(
		fc.property(article, ([texts, date]) => {
			const timeline = extractTimeline(locate(texts), date);
			const firstUndated = timeline.findIndex((event) => event.date === null);
			const dated = firstUndated === -1 ? timeline : timeline.slice(0, firstUndated);
			expect(timeline.slice(dated.length).every((event) => event.date === null)).toBe(true);
			for (let index = 1; index < dated.length; index++) {
				expect((dated[index - 1]?.date ?? '') <= (dated[index]?.date ?? '')).toBe(true);
			}
		}),
		runs,
	);
});

test('without a published date, only phrases that carry or count from a written year are dated', () => {
	fc.assert(
		fc.property(fc.array(datedText, {minLength: 1, maxLength: 3}), (texts) => {
			const timeline = extractTimeline(locate(texts), null);
			// A month and day without a year may take the year written with them elsewhere.
			const written = new Set(
				timeline.filter((event) => /\d{4}/.test(event.phrase)).map((event) => event.date),
			);
			for (const event of timeline) {
				if (event.date === null || /\d{4}|’\d0s/.test(event.phrase)) continue;
				// `a year later` counts from a year the text wrote before it.
				if (
					/years?\s+(?:later|earlier)$|(?:following|next|previous|that|same)\s+year$/i.test(
						event.phrase,
					)
				) {
					expect(timeline.some((other) => /\d{4}/.test(other.phrase))).toBe(true);
					continue;
				}
				expect(written).toContain(event.date);
			}
		}),
		runs,
	);
});
