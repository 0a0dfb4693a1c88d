import {readdirSync, readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {buildArticle} from '../../source/article/article.js';
import {decode} from '../../source/article/decode.js';
import {renderMarkdown} from '../../source/render/markdown.js';
import {renderText} from '../../source/render/text.js';
import {unsafeCharacter} from '../article/_unsafe.js';

const folder = new URL('../fixtures/hostile/', import.meta.url);
const fixtures = readdirSync(folder).filter((name) => /\.(txt|md)$/.test(name));

test('there are hostile articles to print', () => {
	expect(fixtures.length).toBeGreaterThan(20);
});

test.each(fixtures)('%s prints with nothing a terminal would act on', (name) => {
	const article = buildArticle(decode(readFileSync(new URL(name, folder))));
	for (const output of [
		renderText(article, {width: 80}),
		renderText(article, {width: 0}),
		renderMarkdown(article),
	]) {
		expect(output).not.toMatch(unsafeCharacter);
	}
});
