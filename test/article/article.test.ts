import {readdirSync, readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {articleSteps, buildArticle, countWords} from '../../source/article/article.js';
import {decode} from '../../source/article/decode.js';
import type {Article} from '../../source/article/types.js';
import {anyControl, escapePieces, unsafeCharacter} from './_unsafe.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => decode(readFileSync(new URL(path, root)));
const bundledText = read('content/trump-putin-call.md');

function paragraphsOf(article: Article): string[] {
	return article.sections.flatMap((section) => section.paragraphs);
}

/** The body paragraphs of the bundled file, read plainly: blocks that are not headings. */
function originalParagraphs(): string[] {
	const body = bundledText.split('\n---\n')[1] ?? '';
	return body
		.split('\n\n')
		.map((block) => block.trim())
		.filter((block) => block !== '' && !block.startsWith('#'));
}

describe('the bundled article', () => {
	const article = buildArticle(bundledText);

	test('metadata comes from the front matter', () => {
		expect(article.title).toBe('Trump talks to Putin, looks forward to ‘enduring’ relationship');
		expect(article.source).toBe('The Hill');
		expect(article.published).toBe('2016-11-14');
		expect(article.author).toBeNull();
		expect(article.url).toMatch(/^https:\/\/thehill\.com\//);
		expect(article.copyright).toMatch(/^Copyright 2025 Nexstar Media, Inc\. All rights reserved\./);
		expect(article.copyright).toMatch(/redistributed\.$/);
	});

	test('six sections from the ## headings, ten paragraphs as written', () => {
		expect(article.sections.map((section) => section.title)).toEqual([
			'The call',
			'The Kremlin’s account',
			'Praise on the campaign trail',
			'A decade of strain and Crimea',
			'The tone of the readouts',
			'What comes next',
		]);
		expect(paragraphsOf(article)).toEqual(originalParagraphs());
		expect(paragraphsOf(article)).toHaveLength(10);
		expect(article.sections.map((section) => section.start)).toEqual([0, 2, 4, 5, 6, 7]);
		expect(JSON.stringify(article)).not.toMatch(/\{\/?mosads\}/);
	});

	test('word count and reading time: the title and the body', () => {
		const bodyWords = originalParagraphs().join(' ').split(/\s+/).length;
		const titleWords = article.title.split(' ').length;
		expect(titleWords).toBe(9);
		const words = bodyWords + titleWords;
		expect(article.words).toBe(words);
		expect(article.readingMinutes).toBe(Math.ceil(words / 230));
	});

	test('--date overrides the published date; a bad one is ignored', () => {
		expect(buildArticle(bundledText, {date: '2020-01-02'}).published).toBe('2020-01-02');
		expect(buildArticle(bundledText, {date: '2020-02-31'}).published).toBe('2016-11-14');
	});
});

describe('the article as received in plain text', () => {
	const received = read('test/fixtures/trump-putin-call.txt');
	const article = buildArticle(received);

	test('ten clean paragraphs, the headline and the copyright', () => {
		expect(article.title).toBe('Trump talks to Putin, looks forward to ‘enduring’ relationship');
		expect(paragraphsOf(article)).toEqual(originalParagraphs());
		expect(article.copyright).toBe(
			'Copyright 2025 Nexstar Media, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.',
		);
		expect(JSON.stringify(article)).not.toContain('{mosads}');
		expect(article.published).toBeNull();
	});

	test('sections are found without headings', () => {
		expect(article.sections.length).toBeGreaterThanOrEqual(2);
		expect(article.sections.length).toBeLessThanOrEqual(5);
	});

	test('the text format can be forced, and Markdown too', () => {
		expect(buildArticle(received, {format: 'text'}).title).toBe(article.title);
		expect(buildArticle('# A\n\nB', {format: 'text'}).title).toBe('# A');
		expect(buildArticle('A\n\nB', {format: 'markdown'}).title).toBe('');
	});
});

describe('words and reading time', () => {
	test.each([
		['', 0],
		['one', 1],
		['one two  three', 3],
		[' lead and trail ', 3],
	])('%j has %i words', (text, words) => {
		expect(countWords(text)).toBe(words);
	});

	test.each([
		[1, 1],
		[230, 1],
		[231, 2],
		[1000, 5],
	])('%i words take %i minutes', (words, minutes) => {
		// The one-word headline counts too.
		const text = `Headline\n${'word '.repeat(words - 1)}`;
		const article = buildArticle(text);
		expect(article.words).toBe(words);
		expect(article.readingMinutes).toBe(minutes);
	});

	test('a headline alone has its words', () => {
		expect(buildArticle('Three word headline\n').words).toBe(3);
		expect(buildArticle('---\ntitle: Front matter title\n---\nBody text').words).toBe(5);
	});

	test('an empty text still reads one minute', () => {
		expect(buildArticle('').readingMinutes).toBe(1);
	});
});

describe('hostile input', () => {
	const folder = new URL('test/fixtures/hostile/', root);
	const files = readdirSync(folder).filter((name) => /\.(?:txt|md)$/.test(name));

	/** Every string anywhere in the article. */
	function stringsOf(value: unknown): string[] {
		if (typeof value === 'string') {
			return [value];
		}

		if (typeof value === 'object' && value !== null) {
			return Object.values(value).flatMap((item) => stringsOf(item));
		}

		return [];
	}

	test('the corpus is all there', () => {
		expect(files.length).toBeGreaterThanOrEqual(30);
	});

	test.each(files)('%s', (name) => {
		const article = buildArticle(decode(readFileSync(new URL(name, folder))));
		for (const text of stringsOf(article)) {
			expect(text).not.toMatch(unsafeCharacter);
			expect(text).not.toMatch(anyControl);
		}

		const printed = stringsOf(article).join(' ');
		for (const marker of ['Headline', 'words', 'Safebefore', 'Safeafter']) {
			if (name !== 'crlf-article.md') {
				expect(printed).toContain(marker);
			}
		}
	});

	test.each([
		['osc-0-title.txt', 'evil'],
		['osc-2-title.txt', 'evil'],
		['c1-osc.txt', 'evil'],
		['osc-52-clipboard.txt', 'ZWNob'],
		['osc-52-clipboard-st.txt', 'ZWNob'],
		['osc-8-hyperlink.txt', 'evil.example'],
		['apc.txt', 'AAAA'],
		['sos.txt', 'start of string'],
		['front-matter.md', 'ZWNob'],
	])('the body of a terminated string in %s is gone', (name, payload) => {
		const article = buildArticle(decode(readFileSync(new URL(name, folder))));
		expect(stringsOf(article).join(' ')).not.toContain(payload);
	});

	test('no string built from any text holds a control character', () => {
		const pieces = fc.constantFrom(
			...escapePieces,
			'\u202e',
			'&#27;',
			'&#x9d;',
			'0;',
			'## ',
			'---\n',
			'title: "\\e]0;x"\n',
			'a',
			' ',
			'\n',
			'\r',
		);
		const text = fc.oneof(
			fc.string({unit: 'binary', maxLength: 200}),
			fc.array(pieces, {maxLength: 60}).map((parts) => parts.join('')),
		);
		fc.assert(
			fc.property(text, (input) => {
				for (const value of stringsOf(buildArticle(input))) {
					expect(value).not.toMatch(anyControl);
				}
			}),
		);
	});

	test('a CRLF article reads exactly like its LF twin', () => {
		const crlf = readFileSync(new URL('crlf-article.md', folder));
		expect(crlf.includes('\r\n')).toBe(true);
		expect(buildArticle(decode(crlf))).toEqual(buildArticle(bundledText));
	});

	test('an unterminated OSC keeps the text after it', () => {
		const article = buildArticle(decode(readFileSync(new URL('osc-unterminated.txt', folder))));
		expect(paragraphsOf(article)).toEqual(['Safebefore 0; Safeafter']);
	});

	test('a lone CR splits the line rather than overwriting it', () => {
		const article = buildArticle(decode(readFileSync(new URL('lone-cr.txt', folder))));
		expect(article.title).toBe('Headline AAAA');
		expect(paragraphsOf(article).join(' ')).toContain('AAAA');
	});
});

describe('a text that is one paragraph of 200,000 characters', () => {
	// Each quote its own words, with no number in them that could be read as a year.
	const name = (index: number) => String(index).replace(/\d/g, (digit) => 'abcdefghij'[+digit]!);
	const sentence = (index: number) =>
		`On 4 July 2021, “we will look at harbour ${name(index)} again,” said Ana Silva.`;
	const sentences = Array.from({length: 3000}, (_, index) => sentence(index));
	const text = `Headline\n\n${sentences.join(' ')}`;

	test('is read a window at a time: many short steps, not one long one', () => {
		const steps = articleSteps(text);
		// Extraction is the part of the build after 35 % of its progress.
		let pauses = 0;
		for (let next = steps.next(); !next.done; next = steps.next()) {
			if (next.value > 0.35) pauses++;
		}
		expect(pauses).toBeGreaterThan(5);
	});

	test('finds every quote and event of every window, at its place in the paragraph', () => {
		const article = buildArticle(text);
		const [paragraph = ''] = article.sections.flatMap((section) => section.paragraphs);
		expect(paragraph.length).toBeGreaterThan(200_000);
		expect(article.quotes).toHaveLength(sentences.length);
		expect(article.timeline).toHaveLength(sentences.length);
		for (const [index, quote] of article.quotes.entries()) {
			expect(quote.text).toBe(`we will look at harbour ${name(index)} again`);
			expect(paragraph.slice(quote.offset, quote.offset + quote.text.length)).toBe(quote.text);
			expect(quote.speaker).toBe('Ana Silva');
		}
		for (const event of article.timeline) {
			expect(paragraph.slice(event.offset, event.offset + event.phrase.length)).toBe(event.phrase);
			expect(event.date).toBe('2021-07-04');
		}
	});
});
