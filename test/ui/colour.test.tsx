import {beforeAll, expect, test} from 'vitest';
import {sampleArticle} from '../_helpers/article.js';
import type {renderReader as RenderReader} from '../_helpers/render-reader.js';

// Colour support is read when Ink's colour library loads, so force it before loading the reader.
let renderReader: typeof RenderReader;
beforeAll(async () => {
	process.env['FORCE_COLOR'] = '1';
	({renderReader} = await import('../_helpers/render-reader.js'));
});

const article = sampleArticle();

test('quotes are highlighted in the text in colour', async () => {
	const reader = renderReader(article, 140, 40, true);
	await reader.waitFor((frame) => frame.includes('strong and enduring'));
	// Magenta (35) on the quote's words in the article pane.
	expect(reader.rawFrame()).toContain('\u001B[35mstrong and');
	reader.unmount();
});

test('without colour, quotes are underlined and the status line is inverse', async () => {
	const reader = renderReader(article, 140, 40, false);
	await reader.waitFor((frame) => frame.includes('strong and enduring'));
	const raw = reader.rawFrame();
	for (let colour = 30; colour <= 37; colour++) {
		expect(raw).not.toContain(`\u001B[${colour}m`);
	}
	expect(raw).toContain('\u001B[4mstrong and');
	expect(raw).toContain('\u001B[7m');
	reader.unmount();
});
