import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {extractQuotes} from '../../source/article/quotes.js';

/** The bundled article's body: blocks after the front matter that are not headings. */
function bodyParagraphs(markdown: string) {
	const body = markdown.replace(/^---\n[\s\S]*?\n---\n/u, '');
	return body
		.split(/\n\s*\n/u)
		.map((block) => block.trim())
		.filter((block) => block !== '' && !block.startsWith('#'))
		.map((text, index) => ({section: 0, paragraph: index, text}));
}

test('the bundled article gives its six quotations and their speakers', () => {
	const file = join(import.meta.dirname, '../../content/trump-putin-call.md');
	const paragraphs = bodyParagraphs(readFileSync(file, 'utf8'));
	const quotes = extractQuotes(paragraphs);
	expect(quotes.map((quote) => [quote.text.slice(0, 24), quote.speaker])).toEqual([
		['strong and enduring', 'Donald Trump'],
		['a range of issues includ', 'Trump’s transition team'],
		['agreed to assess the cur', 'Kremlin'],
		['[They] underlined, in pa', 'Kremlin'],
		['principles of equality, ', 'Vladimir Putin'],
		['pragmatic, mutually bene', 'Vladimir Putin'],
	]);
	expect(quotes.some((quote) => quote.text === 'enduring')).toBe(false);
	for (const quote of quotes) {
		const text = paragraphs[quote.paragraph]!.text;
		expect(text.slice(quote.offset, quote.offset + quote.text.length)).toBe(quote.text);
	}
});
