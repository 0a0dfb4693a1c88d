import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {decode} from '../../source/article/decode.js';
import {detectFormat, parse, type ParsedDocument} from '../../source/article/parse.js';

function paragraphsOf(document: ParsedDocument): string[] {
	return document.sections.flatMap((section) => section.paragraphs);
}

function headingsOf(document: ParsedDocument): string[] {
	return document.sections.map((section) => section.title);
}

describe('front matter', () => {
	const article = (yaml: string): string => `---\n${yaml}\n---\n\n# Markdown title\n\nBody text.\n`;
	test.each([
		[
			'every field',
			'title: Front title\nsource: The Hill\nauthor: Jane Doe\npublished: 2016-11-14\nurl: https://example.com/a\ncopyright: Copyright 2016 X',
			{
				title: 'Front title',
				source: 'The Hill',
				author: 'Jane Doe',
				published: '2016-11-14',
				url: 'https://example.com/a',
				copyright: 'Copyright 2016 X',
			},
		],
		['quoted date', "published: '2016-11-14'", {published: '2016-11-14'}],
		['a time after the date', 'published: 2016-11-14T10:00:00Z', {published: '2016-11-14'}],
		['30 February is no date', 'published: 2016-02-30', {published: null}],
		['month 13 is no date', 'published: 2016-13-01', {published: null}],
		['29 February in a leap year', 'published: 2016-02-29', {published: '2016-02-29'}],
		['words are no date', 'published: last Monday', {published: null}],
		['a number title', 'title: 1984', {title: '1984'}],
		['a mapping is no title', 'title: {a: 1}', {title: 'Markdown title'}],
		[
			'bad YAML gives no fields',
			'title: [unclosed\nsource: X',
			{title: 'Markdown title', source: null},
		],
		['a list gives no fields', '- a\n- b', {title: 'Markdown title', source: null}],
		['aliases are refused', 'a: &x b\nsource: *x', {source: null}],
		['escapes in fields are removed', 'title: "A \\e]0;x\\a title"', {title: 'A title'}],
		['entities in fields are decoded', 'source: AT&amp;T', {source: 'AT&T'}],
	])('%s', (_name, yaml, expected) => {
		const document = parse(article(yaml));
		expect(document.metadata).toMatchObject(expected);
		expect(paragraphsOf(document)).toEqual(['Body text.']);
	});

	test('front matter without a closing line is not front matter', () => {
		const document = parse('---\ntitle: x\n\n# Title\n\nBody.');
		expect(document.metadata.title).toBe('Title');
		expect(paragraphsOf(document)).toEqual(['title: x', 'Body.']);
	});

	test('front matter alone makes Markdown', () => {
		const document = parse('---\ntitle: T\n---\nOne.\n\nTwo.');
		expect(document.format).toBe('markdown');
		expect(paragraphsOf(document)).toEqual(['One.', 'Two.']);
	});
});

describe('Markdown', () => {
	test.each([
		[
			'title, sections and joined lines',
			'# Title\n\n## First\n\nOne\nline.\n\nTwo.\n\n## Second\n\nThree.',
			'Title',
			['First', 'Second'],
			['One line.', 'Two.', 'Three.'],
		],
		[
			'text before the first heading is a first section',
			'# Title\n\nIntro paragraph about budgets.\n\n## Later\n\nMore.',
			'Title',
			['Intro paragraph', 'Later'],
			['Intro paragraph about budgets.', 'More.'],
		],
		[
			'deeper headings start sections too',
			'## A\n\nOne.\n\n### B\n\nTwo.',
			'',
			['A', 'B'],
			['One.', 'Two.'],
		],
		[
			'a second # heading is a section',
			'# T\n\nOne.\n\n# U\n\nTwo.',
			'T',
			['One', 'U'],
			['One.', 'Two.'],
		],
		['closing hashes are dropped', '# T #\n\n## Part ##\n\nOne.', 'T', ['Part'], ['One.']],
		[
			'a heading with nothing under it is dropped',
			'# T\n\n## Empty\n\n## Full\n\nOne.',
			'T',
			['Full'],
			['One.'],
		],
		[
			'links, images and emphasis',
			'# T\n\n## S\n\nSee [the **report**](https://x.y/a_b) and ![chart](c.png)[ref][1] __now__.',
			'T',
			['S'],
			['See the report and ref now.'],
		],
		[
			'blockquotes',
			'# T\n\n## S\n\n> Quoted\n> > nested\n\n>>> deep',
			'T',
			['S'],
			['Quoted nested', 'deep'],
		],
		[
			'thematic breaks split paragraphs',
			'# T\n\n## S\n\nOne.\n\n* * *\n\nTwo.\n---\nThree.',
			'T',
			['S'],
			['One.', 'Two.', 'Three.'],
		],
		[
			'link definitions are dropped',
			'# T\n\n## S\n\nOne [x][1].\n\n[1]: https://x.y',
			'T',
			['S'],
			['One x.'],
		],
		[
			'scraping tokens and controls',
			'# T\u001b[2J\n\n## S\n\n{mosads}One\u0007.',
			'T',
			['S'],
			['One.'],
		],
	])('%s', (_name, text, title, headings, paragraphs) => {
		const document = parse(text, 'markdown');
		expect(document.metadata.title).toBe(title);
		expect(headingsOf(document)).toEqual(headings);
		expect(paragraphsOf(document)).toEqual(paragraphs);
	});

	test('front matter title wins over the # title', () => {
		expect(parse('---\ntitle: Front\n---\n# Heading\n\nOne.').metadata.title).toBe('Front');
	});

	test('without ## headings, sections are found from the text', () => {
		const document = parse('# T\n\nOne.\n\nTwo.', 'markdown');
		expect(document.sections).toHaveLength(1);
		expect(paragraphsOf(document)).toEqual(['One.', 'Two.']);
	});

	test('section starts count paragraphs across the body', () => {
		const document = parse('## A\n\n1.\n\n2.\n\n## B\n\n3.\n\n## C\n\n4.', 'markdown');
		expect(document.sections.map((section) => section.start)).toEqual([0, 2, 3]);
	});
});

describe('plain text', () => {
	test.each([
		[
			'a headline and a paragraph a line',
			'Headline\nOne.\nTwo.\n\nThree.',
			'Headline',
			['One.', 'Two.', 'Three.'],
		],
		['leading blank lines', '\n\n  Headline  \n\nOne.', 'Headline', ['One.']],
		[
			'hard-wrapped blocks are joined',
			'Headline\n\nThe first paragraph of this story is wrapped\nover lines.\n\nThe second paragraph is wrapped as well, at\nseventy columns.',
			'Headline',
			[
				'The first paragraph of this story is wrapped over lines.',
				'The second paragraph is wrapped as well, at seventy columns.',
			],
		],
		[
			'long lines are paragraphs even in one block',
			`Headline\n${'long '.repeat(30)}one.\n${'long '.repeat(30)}two.\n\nThree.`,
			'Headline',
			[`${'long '.repeat(30)}one.`, `${'long '.repeat(30)}two.`, 'Three.'],
		],
		['a # line is text here', '# Not a heading\nOne.', '# Not a heading', ['One.']],
		['only a headline', 'Headline', 'Headline', []],
		[
			'one long line is the text, its first sentence the headline',
			`The council met. ${'word '.repeat(80)}end`,
			'The council met.',
			[`The council met. ${'word '.repeat(80)}end`],
		],
		[
			'one long line without a short sentence: its first words',
			`${'harbour '.repeat(50)}end`,
			`${'harbour '.repeat(9)}harbour…`,
			[`${'harbour '.repeat(50)}end`],
		],
		['nothing at all', ' \n\n ', '', []],
		[
			'a copyright footer and its trailer',
			'Headline\nOne.\nCopyright 2025 X Inc. All rights reserved. Do not copy. regular',
			'Headline',
			['One.'],
		],
	])('%s', (_name, text, title, paragraphs) => {
		const document = parse(text, 'text');
		expect(document.metadata.title).toBe(title);
		expect(paragraphsOf(document)).toEqual(paragraphs);
	});

	test('the footer becomes copyright metadata', () => {
		const document = parse(
			'H\nOne.\nCopyright 2025 X Inc. All rights reserved. Do not copy. regular',
			'text',
		);
		expect(document.metadata.copyright).toBe(
			'Copyright 2025 X Inc. All rights reserved. Do not copy.',
		);
	});
});

describe('format detection', () => {
	test.each([
		['# Title\n\nBody', 'markdown'],
		['Title\n\n## Part\n\nBody', 'markdown'],
		['   ### Indented heading', 'markdown'],
		['Title\n\nBody with #hashtag', 'text'],
		['#NoSpace heading', 'text'],
		['Title\n    # indented code', 'text'],
	])('%j is %s', (text, format) => {
		expect(detectFormat(text)).toBe(format);
		expect(parse(text).format).toBe(format);
	});
});

describe('properties', () => {
	const formats = fc.constantFrom('auto' as const, 'markdown' as const, 'text' as const);

	test('never throws on any string', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 300}), formats, (text, format) => {
				expect(() => parse(text, format)).not.toThrow();
			}),
		);
	});

	test('never throws on Markdown-shaped strings', () => {
		const pieces = fc.constantFrom(
			'---\n',
			'#',
			'## ',
			'>',
			'[',
			']',
			'(',
			')',
			'!',
			'**',
			'\n',
			'\n\n',
			'a',
			' ',
			':',
			'{mosads}',
			'&#27;',
		);
		fc.assert(
			fc.property(fc.array(pieces, {maxLength: 80}), formats, (parts, format) => {
				expect(() => parse(parts.join(''), format)).not.toThrow();
			}),
		);
	});

	test('never throws on any bytes through decode', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 300}), (bytes) => {
				expect(() => parse(decode(bytes))).not.toThrow();
			}),
		);
	});

	const word = fc.stringMatching(/^[a-z]{1,8}$/);
	const line = fc.array(word, {minLength: 1, maxLength: 12});

	test('plain text keeps every word of every paragraph line, in order', () => {
		fc.assert(
			fc.property(word, fc.array(line, {maxLength: 30}), fc.boolean(), (headline, lines, blank) => {
				const text = [headline, ...lines.map((words) => words.join(' '))].join(
					blank ? '\n\n' : '\n',
				);
				const document = parse(text, 'text');
				expect(document.metadata.title).toBe(headline);
				expect(paragraphsOf(document).join(' ').split(' ').filter(Boolean)).toEqual(lines.flat());
			}),
		);
	});

	test('Markdown keeps every word of every paragraph, in order', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(line, {minLength: 1, maxLength: 3}), {maxLength: 20}),
				(blocks) => {
					const body = blocks.map((block) => block.map((words) => words.join(' ')).join('\n'));
					const document = parse(['# Title', ...body].join('\n\n'), 'markdown');
					expect(paragraphsOf(document)).toEqual(blocks.map((block) => block.flat().join(' ')));
				},
			),
		);
	});
});
