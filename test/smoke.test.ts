import {expect, test} from 'vitest';
import {buildArticle} from '../source/article/article.js';

test('an article has a title and its paragraphs', () => {
	const article = buildArticle('Headline\n\nFirst paragraph.\n\nSecond paragraph.');
	expect(article.title).toBe('Headline');
	expect(article.sections.flatMap((section) => section.paragraphs)).toEqual([
		'First paragraph.',
		'Second paragraph.',
	]);
});
