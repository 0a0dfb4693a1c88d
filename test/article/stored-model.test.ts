import {setTimeout as sleep} from 'node:timers/promises';
import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';
import * as zlib from 'node:zlib';
import {expect, test} from 'vitest';
import {buildArticle, storedArticleSteps} from '../../source/article/article.js';
import type {TextParts} from '../../source/article/parse-parts.js';
import {runSteps} from '../../source/article/steps.js';
import {StoredQuotes, StoredTimeline} from '../../source/article/stored-model.js';
import type {Article} from '../../source/article/types.js';
import {longArticle} from './_long.js';

const paragraphs = {
	sectionOf: () => 0,
	textOf: (paragraph: number) =>
		['“Yes,” she said on Monday.', 'In 2014, it rained.'][paragraph] ?? '',
};

test('a quote or event whose words are not where it says is kept as it is', () => {
	const quotes = new StoredQuotes(paragraphs);
	quotes.add({text: 'Yes,', speaker: 'Ana', section: 0, paragraph: 0, offset: 1});
	quotes.add({text: 'elsewhere', speaker: null, section: 0, paragraph: 0, offset: 3});
	expect(quotes.array().map((quote) => quote.text)).toEqual(['Yes,', 'elsewhere']);

	const timeline = new StoredTimeline(paragraphs);
	const event = {date: '2014', approximate: false, section: 0, paragraph: 1, offset: 3};
	timeline.add({...event, phrase: '2014', summary: 'In 2014, it rained'}, {start: 0, end: 19});
	timeline.add({...event, phrase: 'not here', summary: 'as given'}, {start: 0, end: 19});
	timeline.add({...event, phrase: '2014', summary: 'no sentence'}, undefined);
	const events = timeline.array((a, b) => (a ?? '').localeCompare(b ?? ''));
	expect(events.map(({phrase, summary}) => ({phrase, summary}))).toEqual([
		{phrase: '2014', summary: 'In 2014, it rained'},
		{phrase: 'not here', summary: 'as given'},
		{phrase: '2014', summary: 'no sentence'},
	]);
});

test('events come out by date, undated last, each date in the order added', () => {
	const timeline = new StoredTimeline(paragraphs);
	const event = {phrase: '2014', approximate: false, summary: '', section: 0, paragraph: 1};
	for (const [date, offset] of [
		[null, 1],
		['2016', 2],
		['2014', 3],
		[null, 4],
		['2014', 5],
	] as const) {
		timeline.add({...event, date, offset}, undefined);
	}
	const events = timeline.array((a, b) =>
		a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1,
	);
	expect(events.map((item) => [item.date, item.offset])).toEqual([
		['2014', 3],
		['2014', 5],
		['2016', 2],
		[null, 1],
		[null, 4],
	]);
});

/** Bytes the heap and array buffers hold once garbage is collected. */
async function held(): Promise<number> {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as () => void;
	gc();
	// Array buffers and external strings are counted as freed a moment later.
	await sleep(50);
	gc();
	const {heapUsed, arrayBuffers} = process.memoryUsage();
	return heapUsed + arrayBuffers;
}

test('a long text read in parts is held in less than its own size; built whole, in several times it', async () => {
	// The text is made anew wherever it is needed, so that only the models hold it.
	const text = () => longArticle(4_000_000, true);
	const bytes = Buffer.byteLength(text());
	const parts: TextParts = {
		share: 1,
		*parts() {
			const whole = text();
			for (let start = 0; start < whole.length;) {
				const end = whole.indexOf('\n', start + 1_000_000) + 1 || whole.length;
				yield whole.slice(start, end);
				start = end;
			}
		},
	};
	const models: Article[] = [];
	// Once first, so that the code compiled for it is not counted as held by the model.
	runSteps(storedArticleSteps({share: 1, parts: () => [longArticle(100_000, true)]}, {}, zlib));
	buildArticle(longArticle(100_000, true));
	const before = await held();
	models.push(runSteps(storedArticleSteps(parts, {}, zlib)));
	const stored = (await held()) - before;
	models.push(buildArticle(text()));
	const built = (await held()) - before - stored;
	expect(models[0]!.quotes.length).toBe(models[1]!.quotes.length);
	expect(models[0]!.timeline.length).toBeGreaterThan(1000);
	expect(stored).toBeLessThan(bytes);
	expect(built).toBeGreaterThan(bytes * 2);
}, 60_000);
