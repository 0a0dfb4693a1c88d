import {readFileSync} from 'node:fs';
import {extractTimeline} from '../../source/article/timeline.js';
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

/** A rule's case: a text, its published date, and the events expected as [date, phrase]. */
export type TimelineCase = [
	text: string,
	published: string | null,
	events: Array<[string | null, string]>,
];

/** The events of `text` (paragraphs between blank lines) as [date, phrase], in timeline order. */
export function timeline(text: string, published: string | null): Array<[string | null, string]> {
	return extractTimeline(toParagraphs(text), published).map((event) => [event.date, event.phrase]);
}
