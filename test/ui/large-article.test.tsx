import {expect, test} from 'vitest';
import {makeArticle} from '../_helpers/article.js';
import {renderReader} from '../_helpers/render-reader.js';

const sentence =
	'The Kremlin said the two leaders “agreed to assess the current very poor state of relations,” according to a statement. ';

/** About 5 MB of text in 200 sections. */
function largeArticle() {
	const sections = Array.from({length: 200}, (_, section) => ({
		title: `Part ${section + 1}`,
		paragraphs: Array.from({length: 50}, (_, index) => `${index} ${sentence.repeat(4)}`),
	}));
	return makeArticle(sections, [{text: 'agreed to assess', speaker: 'Kremlin'}]);
}

test('a 5 MB article draws only the rows in view, and fast', async () => {
	const article = largeArticle();
	const size = article.sections.reduce(
		(sum, section) => sum + section.paragraphs.reduce((total, text) => total + text.length, 0),
		0,
	);
	expect(size).toBeGreaterThan(4.5e6);
	const started = performance.now();
	const reader = renderReader(article, 140, 40);
	const frame = await reader.waitFor((frame) => frame.includes('§1/200'), 20_000);
	const elapsed = performance.now() - started;
	console.log(`first frame of a ${(size / 1e6).toFixed(1)} MB article: ${elapsed.toFixed(0)} ms`);
	expect(frame.trimEnd().split('\n').length).toBeLessThanOrEqual(39);
	// Generous for a loaded machine; drawing the whole article would take minutes.
	expect(elapsed).toBeLessThan(15_000);
	reader.press('G');
	await reader.waitFor((frame) => frame.includes('§200/200 · 100%'), 10_000);
	reader.unmount();
});
