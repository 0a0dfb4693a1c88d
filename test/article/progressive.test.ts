import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {buildArticle} from '../../source/article/article.js';
import {decode} from '../../source/article/decode.js';
import type {TextParts} from '../../source/article/parse-parts.js';
import {loadArticle, loadStoredArticle, previewArticle} from '../../source/article/progressive.js';
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

/** `text` as `TextParts` of about `size` characters each, cut after a line end. */
function partsOf(text: string, size: number): TextParts {
	const parts: string[] = [];
	for (let start = 0; start < text.length;) {
		const newline = text.indexOf('\n', start + size - 1);
		const end = newline === -1 ? text.length : newline + 1;
		parts.push(text.slice(start, end));
		start = end;
	}
	let share = 0;
	return {
		get share() {
			return share;
		},
		*parts() {
			for (const [index, part] of parts.entries()) {
				share = (index + 1) / parts.length;
				yield part;
			}
		},
	};
}

/** The model as plain arrays and objects, every lazy item read. */
const plain = (article: Article): Article => JSON.parse(JSON.stringify(article)) as Article;

describe('loadStoredArticle builds what buildArticle builds, from parts', () => {
	const longLine = Array.from(
		{length: 3000},
		(_, index) =>
			`On March ${(index % 28) + 1}, 2014, “we will not back down,” said Maria Lopez, the mayor.`,
	).join(' ');
	test.each([
		['the bundled article', read('content/trump-putin-call.md'), 200],
		['the article as received in plain text', read('test/fixtures/trump-putin-call.txt'), 1000],
		['a long article', longArticle(300_000, true), 20_000],
		['a long single line, read in windows', `A headline\n${longLine}\n`, 10_000],
		[
			'Markdown with front matter and headings',
			'---\ntitle: Talks\npublished: 2016-11-14\n---\n# Talks\n\nIntro “on Monday,” he said.\n\n## Later\n\nIn 2014 Russia annexed Crimea.\n\n© 2016 The Daily\n',
			10,
		],
	])('%s', async (_name, text, size) => {
		const reports: number[] = [];
		const article = await loadStoredArticle(
			partsOf(text, size),
			{},
			{
				onProgress: (progress) => reports.push(progress),
			},
		);
		expect(plain(article)).toEqual(buildArticle(text));
		expect(reports.at(-1)).toBe(1);
		for (const [index, progress] of reports.entries()) {
			expect(progress).toBeGreaterThan(index === 0 ? 0 : (reports[index - 1] ?? 0));
		}
	});

	test('any text, cut into any parts, hostile or not', async () => {
		const piece = fc.constantFrom(
			'# ',
			'## ',
			'---\n',
			'word ',
			'Putin ',
			'“',
			'”',
			'\n',
			'\n\n',
			'\u001b]52;c;aGk=\u0007',
			'\u001b[2J',
			'\u009b31m',
			'\u202e',
			'\u0000',
			'\ufffd',
			'&#27;[31m',
			'\t',
		);
		const text = fc.oneof(
			fc.string({unit: 'grapheme', maxLength: 300}),
			fc.array(piece, {maxLength: 80}).map((pieces) => pieces.join('')),
		);
		await fc.assert(
			fc.asyncProperty(text, fc.integer({min: 1, max: 50}), async (input, size) => {
				expect(plain(await loadStoredArticle(partsOf(input, size)))).toEqual(buildArticle(input));
			}),
			{numRuns: 200},
		);
	});

	test('its arrays read like arrays', async () => {
		const text = read('content/trump-putin-call.md');
		const article = await loadStoredArticle(partsOf(text, 500));
		const built = buildArticle(text);
		expect(Array.isArray(article.quotes)).toBe(true);
		expect([...article.quotes]).toEqual(built.quotes);
		expect(article.timeline.map((event) => event.date)).toEqual(
			built.timeline.map((event) => event.date),
		);
		expect(article.sections[0]!.paragraphs.slice(1, 3)).toEqual(
			built.sections[0]!.paragraphs.slice(1, 3),
		);
		expect(article.quotes[article.quotes.length]).toBeUndefined();
		expect(Object.keys(article.sections[0]!.paragraphs)).toEqual(
			Object.keys(built.sections[0]!.paragraphs),
		);
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
