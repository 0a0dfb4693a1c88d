import {readFileSync} from 'node:fs';
import type {ParagraphLocation} from '../../source/article/types.js';

export type Fixture = {
	readonly published: string | null;
	readonly paragraphs: ParagraphLocation[];
};

const fixtures = new URL('../fixtures/timeline/', import.meta.url);

/** Paragraphs split on blank lines, the way the parser hands them over, all in one section. */
export function toParagraphs(text: string, section = 0): ParagraphLocation[] {
	return text
		.split(/\n\s*\n/)
		.map((block) => block.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.map((paragraph, index) => ({section, paragraph: index, text: paragraph}));
}

/** A fixture article: a `published: YYYY-MM-DD` (or `null`) line, then its paragraphs. */
export function loadFixture(name: string): Fixture {
	const text = readFileSync(new URL(name, fixtures), 'utf8');
	const [first = '', ...rest] = text.split('\n');
	const published = /^published: (\S+)$/.exec(first)?.[1] ?? null;
	return {
		published: published === 'null' ? null : published,
		paragraphs: toParagraphs(rest.join('\n')),
	};
}
