import {describe, expect, test} from 'vitest';
import {displayText, documentFor, lineAt, positionOf} from '../../source/ui/document.js';
import {findMatches} from '../../source/ui/search.js';
import {displayWidth} from '../../source/ui/wrap-lines.js';
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
