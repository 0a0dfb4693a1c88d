import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {Article} from '../../source/article/types.js';
import {
	displayText,
	documentAfter,
	documentFor,
	lineAt,
	positionOf,
	prepareDocument,
} from '../../source/ui/document.js';
import {initialState, reduce} from '../../source/ui/state.js';
import {findMatches} from '../../source/ui/search.js';
import {displayWidth, wrapRanges} from '../../source/render/wrap.js';
import {makeArticle, sampleArticle} from '../_helpers/article.js';

const article = sampleArticle();

describe('the wrapped article', () => {
	test('is wrapped once per width', () => {
		expect(documentFor(article, 40)).toBe(documentFor(article, 40));
		expect(documentFor(article, 41)).not.toBe(documentFor(article, 40));
	});

	test('has every section heading inline, where sectionLines says', () => {
		const document = documentFor(article, 40);
		expect(document.sectionLines).toHaveLength(3);
		document.sectionLines.forEach((line, index) => {
			expect(document.line(line)).toMatchObject({kind: 'heading', section: index});
		});
		expect(document.line(document.sectionLines[1]!)!.text).toBe('2 The statement');
	});

	test('no line is wider than the width', () => {
		for (const width of [5, 17, 40, 80]) {
			const document = documentFor(article, width);
			for (const line of document.slice(0, document.length)) {
				expect(displayWidth(line.text)).toBeLessThanOrEqual(width);
			}
		}
	});

	test('positions survive re-wrapping', () => {
		const wide = documentFor(article, 80);
		const narrow = documentFor(article, 30);
		const position = positionOf(wide, 20);
		const line = narrow.line(lineAt(narrow, position))!;
		expect(line.paragraph).toBe(position.paragraph);
		expect(line.start).toBeLessThanOrEqual(position.start);
	});

	test('control characters in the text are shown as spaces, offsets unchanged', () => {
		expect(displayText('a\u001B[31mb\tc')).toBe('a [31mb c');
		const dirty = makeArticle([{title: 'T\u0007', paragraphs: ['one\u001Btwo']}]);
		const document = documentFor(dirty, 40);
		expect(document.slice(0, document.length).map((line) => line.text)).toContain('one two');
	});
});

/** Every line of the article, wrapped all at once: what the lazy document must match. */
function wrappedAtOnce(article: Article, width: number) {
	return article.sections.flatMap((section, sectionIndex) => {
		const block = (text: string, paragraph: number, kind: 'heading' | 'text') => [
			...wrapRanges(text, width).map((range) => ({
				section: sectionIndex,
				paragraph,
				start: range.start,
				kind,
				text: text.slice(range.start, range.end),
			})),
			{section: sectionIndex, paragraph, start: text.length, kind: 'blank', text: ''},
		];
		return [
			...block(`${sectionIndex + 1} ${displayText(section.title)}`, -1, 'heading'),
			...section.paragraphs.flatMap((text, index) =>
				block(displayText(text), section.start + index, 'text'),
			),
		];
	});
}

describe('the lazily wrapped article', () => {
	const words = fc.array(fc.stringMatching(/^[a-zé“”]{1,12}$/), {maxLength: 30});
	const paragraph = words.map((list) => list.join(' '));
	const sections = fc.array(
		fc.record({title: paragraph, paragraphs: fc.array(paragraph, {maxLength: 6})}),
		{minLength: 1, maxLength: 5},
	);

	test('has the lines of wrapping everything at once, and finds each by its position', () => {
		fc.assert(
			fc.property(sections, fc.integer({min: 1, max: 50}), (specs, width) => {
				const article = makeArticle(specs);
				const document = documentFor(article, width);
				const expected = wrappedAtOnce(article, width);
				expect(document.length).toBe(expected.length);
				expect(document.slice(0, document.length)).toEqual(expected);
				expect(document.sectionLines).toEqual(
					expected.flatMap((line, index) =>
						line.kind === 'heading' && line.start === 0 ? [index] : [],
					),
				);
				expected.forEach((line, index) => {
					expect(lineAt(document, line)).toBe(index);
				});
			}),
			{numRuns: 60},
		);
	});

	test('a long article is indexed once, without wrapping every line into memory', () => {
		const long = makeArticle([
			{title: 'Long', paragraphs: Array.from({length: 5000}, () => 'word '.repeat(60))},
		]);
		const document = documentFor(long, 40);
		expect(document.length).toBe(1 + 1 + 5000 * (8 + 1));
		expect(document.line(document.length - 2)).toMatchObject({paragraph: 4999, kind: 'text'});
		expect(positionOf(document, 9 * 2500 + 2)).toEqual({section: 0, paragraph: 2500, start: 0});
	});
});

describe('search', () => {
	test('finds every occurrence, ignoring case, headings included', () => {
		const matches = findMatches(article, 'THE STATEMENT');
		expect(matches.filter((match) => match.paragraph === -1)).toHaveLength(1);
		expect(matches.length).toBeGreaterThan(1);
		for (const match of matches) {
			const section = article.sections[match.section]!;
			const text =
				match.paragraph === -1
					? `${match.section + 1} ${section.title}`
					: section.paragraphs[match.paragraph - section.start]!;
			expect(text.slice(match.offset, match.offset + match.length).toLowerCase()).toBe(
				'the statement',
			);
		}
	});

	test('treats the query as text, not a pattern', () => {
		expect(findMatches(article, '.*')).toEqual([]);
		expect(findMatches(article, '')).toEqual([]);
	});
});

describe('a long article resized', () => {
	// 24,000 paragraphs of different lengths in three sections: more than is indexed at once.
	const words = ['harbour', 'council', 'ferry', 'a', 'long-winded', 'budget', 'of'];
	const paragraph = (index: number) =>
		Array.from({length: 5 + (index % 37)}, (_, word) => words[(index + word) % words.length]).join(
			' ',
		);
	const long = makeArticle(
		[0, 1, 2].map((section) => ({
			title: `Part ${section}`,
			paragraphs: Array.from({length: 8000}, (_, index) => paragraph(section * 8000 + index)),
		})),
	);

	test('is shown at once, exact near the reading place, then indexed in slices', async () => {
		const before = documentFor(long, 100);
		const place = positionOf(before, before.lineAt({section: 1, paragraph: 12_345, start: 0}));
		const provisional = documentAfter(before, long, 61, place);
		expect(provisional.provisional).toBe(true);
		const exact = documentFor(long, 61);
		expect(exact.provisional).toBe(false);
		const top = provisional.lineAt(place);
		expect(positionOf(provisional, top)).toEqual(positionOf(exact, exact.lineAt(place)));
		const text = (document: typeof exact, from: number) =>
			document.slice(from, from + 200).map((line) => line.text);
		expect(text(provisional, top)).toEqual(text(exact, exact.lineAt(place)));
		// Once indexed at that width, a resize there gets the exact document.
		await prepareDocument(long, 61);
		expect(documentAfter(before, long, 61, place)).toBe(exact);
	});

	test('a short article is indexed at once', () => {
		const sample = sampleArticle();
		const before = documentFor(sample, 100);
		const after = documentAfter(before, sample, 61, positionOf(before, 10));
		expect(after).toBe(documentFor(sample, 61));
		expect(after.provisional).toBe(false);
	});

	test('the reader keeps its place from the provisional document to the exact one', () => {
		const start = initialState(long, 140, 40);
		const moved = reduce(start, {type: 'command', command: 'bottom'});
		const resized = reduce(moved, {type: 'resize', columns: 111, rows: 40});
		expect(resized.document.provisional).toBe(true);
		const place = positionOf(resized.document, resized.top);
		const exact = reduce(resized, {type: 'rewrapped'});
		expect(exact.document.provisional).toBe(false);
		expect(positionOf(exact.document, exact.top)).toEqual(place);
		expect(reduce(exact, {type: 'rewrapped'})).toBe(exact);
	});
});
