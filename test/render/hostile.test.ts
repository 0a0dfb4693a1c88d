import {readdirSync, readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {buildArticle} from '../../source/article/article.js';
import {decode} from '../../source/article/decode.js';
import {renderJson} from '../../source/render/json.js';
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

/** Every string anywhere in a parsed JSON value. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (value === null || typeof value !== 'object') return [];
	return Object.values(value).flatMap((item) => strings(item));
}

test.each(fixtures)('%s as JSON holds no control character, escaped or not', (name) => {
	const article = buildArticle(decode(readFileSync(new URL(name, folder))));
	const json = renderJson(article);
	expect(json).not.toMatch(unsafeCharacter);
	for (const text of strings(JSON.parse(json))) expect(text).not.toMatch(unsafeCharacter);
});

// eslint-disable-next-line no-control-regex -- readout's own colour codes are what is removed
const ownColour = /\u001B\[[\d;]*m/g;

test.each(fixtures)('%s in colour carries only readout’s own SGR codes', (name) => {
	const article = buildArticle(decode(readFileSync(new URL(name, folder))));
	const coloured = renderText(article, {width: 80, color: true});
	expect(coloured).toMatch(ownColour);
	// Without its colour codes it is the plain output, which holds no escape at all.
	expect(coloured.replaceAll(ownColour, '')).toBe(renderText(article, {width: 80}));
});
