import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {buildArticle} from '../../source/article/article.js';
import {decode} from '../../source/article/decode.js';
import {loadArticle, loadRestOfArticle, previewArticle} from '../../source/article/progressive.js';
import type {Article} from '../../source/article/types.js';
import {longArticle} from './_long.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => decode(readFileSync(new URL(path, root)));

function paragraphsOf(article: Article): string[] {
	return article.sections.flatMap((section) => section.paragraphs);
}

/** Loads the text, recording every progress report. */
async function loadWithProgress(text: string): Promise<{article: Article; reports: number[]}> {
	const reports: number[] = [];
	const article = await loadArticle(text, {}, {onProgress: (progress) => reports.push(progress)});
	return {article, reports};
}

describe('loadArticle builds what buildArticle builds', () => {
	test.each([
		['the bundled article', 'content/trump-putin-call.md'],
		['the article as received in plain text', 'test/fixtures/trump-putin-call.txt'],
	])('%s', async (_name, path) => {
		const text = read(path);
		expect(await loadArticle(text)).toEqual(buildArticle(text));
		expect(await loadArticle(text, {date: '2020-01-02'})).toEqual(
			buildArticle(text, {date: '2020-01-02'}),
		);
	});

	test('any text', async () => {
		const piece = fc.constantFrom('# ', '## ', '---\n', 'word ', 'Putin ', '“', '”', '\n', '\n\n');
		const text = fc.oneof(
			fc.string({unit: 'grapheme', maxLength: 300}),
			fc.array(piece, {maxLength: 80}).map((pieces) => pieces.join('')),
		);
		await fc.assert(
			fc.asyncProperty(text, async (input) => {
				expect(await loadArticle(input)).toEqual(buildArticle(input));
			}),
			{numRuns: 200},
		);
	});

	test.each([
		['one paragraph per line', false],
		['paragraphs between blank lines', true],
	])('a 1 MB article, %s, loaded over many turns of the event loop', async (_name, blank) => {
		const text = longArticle(1_000_000, blank);
		const {article, reports} = await loadWithProgress(text);
		expect(article).toEqual(buildArticle(text));
		expect(reports.length).toBeGreaterThan(2);
		for (const [index, progress] of reports.entries()) {
			expect(progress).toBeGreaterThan(index === 0 ? 0 : (reports[index - 1] ?? 0));
		}

		expect(reports.at(-1)).toBe(1);
		expect(reports.slice(0, -1).every((progress) => progress < 1)).toBe(true);
	});
});

describe('loadRestOfArticle', () => {
	test('reads the rest, then builds what buildArticle builds, progress rising to 1', async () => {
		const text = longArticle(300_000);
		const reports: number[] = [];
		const readRest = async (_signal?: AbortSignal, onProgress?: (share: number) => void) => {
			onProgress?.(0.5);
			onProgress?.(1);
			return text;
		};
		const article = await loadRestOfArticle(readRest, {}, {onProgress: (p) => reports.push(p)});
		expect(article).toEqual(buildArticle(text));
		expect(reports.at(-1)).toBe(1);
		for (const [index, progress] of reports.entries()) {
			expect(progress).toBeGreaterThan(index === 0 ? 0 : (reports[index - 1] ?? 0));
		}
	});

	test('a failed read fails the load', async () => {
		const readRest = async () => Promise.reject(new Error('gone'));
		await expect(loadRestOfArticle(readRest)).rejects.toThrow('gone');
	});
});

describe('progress and abort', () => {
	test('a short article reports 1 and nothing else', async () => {
		const {reports} = await loadWithProgress(read('content/trump-putin-call.md'));
		expect(reports).toEqual([1]);
	});

	test('an abort stops the load at the next slice', async () => {
		const controller = new AbortController();
		const reports: number[] = [];
		const loading = loadArticle(
			longArticle(1_000_000),
			{},
			{
				signal: controller.signal,
				onProgress(progress) {
					reports.push(progress);
					controller.abort();
				},
			},
		);
		await expect(loading).rejects.toMatchObject({name: 'AbortError'});
		expect(reports).toHaveLength(1);
		expect(reports[0]).toBeLessThan(1);
	});

	test('an abort between slices, as from a signal handler, ends the load at once', async () => {
		const controller = new AbortController();
		let abortedAt = 0;
		const loading = loadArticle(
			longArticle(2_000_000),
			{},
			{
				signal: controller.signal,
				onProgress() {
					setImmediate(() => {
						abortedAt = performance.now();
						controller.abort();
					});
				},
			},
		);
		await expect(loading).rejects.toMatchObject({name: 'AbortError'});
		expect(abortedAt).toBeGreaterThan(0);
		// One slice is about 8 ms; the bound is generous for busy machines.
		expect(performance.now() - abortedAt).toBeLessThan(1000);
	});

	test('an aborted signal refuses to start', async () => {
		const signal = AbortSignal.abort(new Error('closed'));
		await expect(loadArticle('Headline\nBody', {}, {signal})).rejects.toThrow('closed');
	});
});

describe('previewArticle', () => {
	test('a short text previews as its whole model', () => {
		const text = read('content/trump-putin-call.md');
		expect(previewArticle(text)).toEqual(buildArticle(text));
	});

	test.each([
		['one paragraph per line', false],
		['paragraphs between blank lines', true],
	])('a long article, %s, previews its opening', (_name, blank) => {
		const text = longArticle(600_000, blank);
		const preview = previewArticle(text);
		const full = buildArticle(text);
		const opening = paragraphsOf(preview);
		expect(preview.title).toBe(full.title);
		expect(opening.length).toBeGreaterThan(100);
		expect(opening.join('\n').length).toBeLessThan(70_000);
		expect(opening).toEqual(paragraphsOf(full).slice(0, opening.length));
		expect(preview.sections.length).toBeGreaterThan(1);
		expect(Math.abs(preview.words - full.words) / full.words).toBeLessThan(0.05);
	});

	test('a single long line previews as the opening of its paragraph', () => {
		const text = `Headline\n${'word '.repeat(200_000)}end`;
		const preview = previewArticle(text);
		const [paragraph = ''] = paragraphsOf(buildArticle(text));
		const [opening = ''] = paragraphsOf(preview);
		expect(opening.length).toBeGreaterThan(30_000);
		expect(opening.length).toBeLessThan(70_000);
		expect(paragraph.startsWith(opening)).toBe(true);
		expect(Math.abs(preview.words - 200_002) / 200_002).toBeLessThan(0.01);
	});

	test('the opening of a file previews its opening, counting words for the whole', () => {
		const text = longArticle(600_000, true);
		const share = 0.25;
		const preview = previewArticle(text.slice(0, text.length * share), {}, share);
		const full = buildArticle(text);
		const opening = paragraphsOf(preview);
		expect(opening.length).toBeGreaterThan(100);
		expect(opening).toEqual(paragraphsOf(full).slice(0, opening.length));
		expect(Math.abs(preview.words - full.words) / full.words).toBeLessThan(0.05);
	});

	test('front matter and headings still come through', () => {
		const body = Array.from(
			{length: 4000},
			(_, index) => `## Part ${index}\n\nText of part ${index}.`,
		);
		const text = `---\ntitle: Long\npublished: 2020-05-06\n---\n\n# Ignored\n\n${body.join('\n\n')}`;
		const preview = previewArticle(text);
		expect(preview.title).toBe('Long');
		expect(preview.published).toBe('2020-05-06');
		expect(preview.sections[0]).toEqual({
			title: 'Part 0',
			paragraphs: ['Text of part 0.'],
			start: 0,
		});
		expect(preview.sections.length).toBeLessThan(4000);
		expect(preview.sections.length).toBeGreaterThan(100);
	});
});

test('a 5 MB article builds within a generous bound', () => {
	const text = longArticle(5_000_000);
	const started = performance.now();
	const article = buildArticle(text);
	expect(performance.now() - started).toBeLessThan(5000);
	expect(article.sections.length).toBeGreaterThan(10);
});

describe('a preview without extraction', () => {
	test('is the whole model of a short article but for its quotes and events', () => {
		const text = read('content/trump-putin-call.md');
		const whole = buildArticle(text);
		const preview = previewArticle(text, {}, 1, {extract: false});
		expect(whole.quotes.length).toBeGreaterThan(0);
		expect(whole.timeline.length).toBeGreaterThan(0);
		expect(preview).toEqual({...whole, quotes: [], timeline: []});
	});

	test('of a long article, has the opening paragraphs and no quotes or events', () => {
		const quoted = 'The mayor said: “We will open the bridge on 4 May 2021.”';
		const text = longArticle(300_000).replace('\n', `\n${quoted}\n`);
		const withQuotes = previewArticle(text);
		const preview = previewArticle(text, {}, 1, {extract: false});
		expect(withQuotes.quotes.length).toBeGreaterThan(0);
		expect(withQuotes.timeline.length).toBeGreaterThan(0);
		expect(paragraphsOf(preview).length).toBeLessThan(paragraphsOf(buildArticle(text)).length);
		expect(preview).toEqual({...withQuotes, quotes: [], timeline: []});
	});
});
