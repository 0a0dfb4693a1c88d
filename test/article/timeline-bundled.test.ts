import {readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {extractTimeline} from '../../source/article/timeline.js';
import {toParagraphs} from './timeline-helpers.js';

// The bundled article, read here without the parser: front matter off, headings and paragraphs
// split on blank lines, each `##` heading starting a section.
const source = readFileSync(new URL('../../content/trump-putin-call.md', import.meta.url), 'utf8');
const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
const published = /^published:\s*(\S+)$/m.exec(frontMatter?.[1] ?? '')?.[1] ?? null;
const blocks = toParagraphs(source.slice(frontMatter?.[0].length ?? 0)).map((block) => block.text);
let section = -1;
const paragraphs = blocks
	.filter((block) => !block.startsWith('# '))
	.flatMap((block) => {
		if (block.startsWith('## ')) {
			section += 1;
			return [];
		}
		return [{section: Math.max(section, 0), text: block}];
	})
	.map((paragraph, index) => ({...paragraph, paragraph: index}));

const timeline = extractTimeline(paragraphs, published);

test('the article is dated 2016-11-14', () => {
	expect(published).toBe('2016-11-14');
});

test('the call itself: on Monday, 2016-11-14, in the first paragraph', () => {
	const call = timeline.find((event) => event.phrase === 'on Monday');
	expect(call).toMatchObject({date: '2016-11-14', approximate: false, section: 0, paragraph: 0});
	expect(call?.summary).toContain('Putin on Monday');
});

test('the annexation of Crimea in 2014', () => {
	const crimea = timeline.find((event) => event.date === '2014');
	expect(crimea).toMatchObject({phrase: 'in 2014', approximate: false});
	expect(crimea?.summary).toBe(
		'Russia’s annexing of the formerly Ukrainian territory of Crimea in 2014',
	);
	expect(paragraphs[crimea?.paragraph ?? -1]?.section).toBe(crimea?.section);
});

test('the annexation comes before the call, and vague spans are marked', () => {
	const dates = timeline.map((event) => event.date);
	expect(dates.indexOf('2014')).toBeLessThan(dates.indexOf('2016-11-14'));
	for (const event of timeline.filter((item) => item.phrase.startsWith('over'))) {
		expect(event.approximate).toBe(true);
	}
});
