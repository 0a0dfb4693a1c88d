import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {ReaderSession} from '../_helpers/pty.js';
import {busyFor, childOf, goneWithin} from '../_helpers/process.js';

/** The bundled article's paragraphs repeated to about 20 MB: tens of seconds of work to load. */
let big = '';
beforeAll(() => {
	const text = readFileSync(new URL('../fixtures/trump-putin-call.txt', import.meta.url), 'utf8');
	const paragraphs = text.split('\n').filter(Boolean).slice(1);
	const body: string[] = [];
	let size = 0;
	for (let index = 0; size < 20e6; index++) {
		const paragraph = paragraphs[index % paragraphs.length] ?? '';
		body.push(paragraph);
		size += paragraph.length + 2;
	}
	big = join(mkdtempSync(join(tmpdir(), 'readout-big-')), 'big.txt');
	writeFileSync(big, `A very long article\n\n${body.join('\n\n')}\n`);
});

describe.concurrent('ending readout from outside', () => {
	test('SIGTERM while a big article loads ends it within 1 s', async (context) => {
		const session = new ReaderSession([big], 100, 30);
		context.onTestFinished(() => session.dispose());
		// Busy for a while: reading and building the article, long before the first frame.
		await busyFor(session.pid, 0.3);
		session.kill('SIGTERM');
		expect(await goneWithin(session.pid, 1000)).toBeLessThan(1000);
	});

	test.for([
		['while the reader shows an article', undefined],
		['while a big article loads', 'big'],
	] as const)(
		'closing the terminal ends it %s, leaving no process behind',
		async ([, which], context) => {
			// A shell stays in between, as in a terminal window: readout is not the session leader.
			const file = which === 'big' ? big : '';
			const session = new ReaderSession([], 100, 30, {shell: `node dist/cli.js ${file}; true`});
			context.onTestFinished(() => session.dispose());
			const readout = await childOf(session.pid);
			if (which === 'big') await busyFor(readout, 0.3);
			else await session.waitForText('Sections');
			session.close();
			expect(await goneWithin(readout, 3000)).toBeLessThan(3000);
			expect(await goneWithin(session.pid, 3000)).toBeLessThan(3000);
		},
	);
});
