import {expect, test, describe} from 'vitest';
import {parse} from '../../source/article/parse.js';

// Every step of parsing is linear: these inputs would take minutes with a backtracking regular
// expression or a rescan per bracket. The limits are generous because test machines are busy.
describe('pathological Markdown parses in well under a second', () => {
	const long = 'word '.repeat(200_000);
	test.each([
		['10 000 nested >', `# T\n\n${'>'.repeat(10_000)} deep`, 'deep'],
		['10 000 lines of nested >', `# T\n\n${'> > > > > text\n'.repeat(10_000)}`, 'text'],
		['100 000 [', `# T\n\n${'['.repeat(100_000)} end`, 'end'],
		['100 000 [ then ](', `# T\n\n${'['.repeat(100_000)}x${'](x'.repeat(30_000)} end`, 'end'],
		['100 000 ![a](', `# T\n\n${'![a]('.repeat(100_000)} end`, 'end'],
		['a 1 MB single line', `# T\n\n${long}end`, 'end'],
		['a 1 MB heading', `# T\n\n## ${'# '.repeat(500_000)}x\n\nend`, 'end'],
		['a 1 MB run of spaces and #', `# T\n\n## ${' '.repeat(1_000_000)}#x\n\nend`, 'end'],
		['1 MB of emphasis markers', `# T\n\n${'*_'.repeat(500_000)} end`, 'end'],
	])('%s', (_name, text, lastWord) => {
		const started = performance.now();
		const document = parse(text, 'markdown');
		const elapsed = performance.now() - started;
		expect(
			document.sections
				.flatMap((section) => section.paragraphs)
				.at(-1)
				?.endsWith(lastWord),
		).toBe(true);
		expect(elapsed).toBeLessThan(2000);
	});
});
