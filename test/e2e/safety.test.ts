import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, test, type TestContext} from 'vitest';
import {ReaderSession, thenWait, type SessionOptions} from '../_helpers/pty.js';
import {unsafeCharacter} from '../article/_unsafe.js';

const folder = new URL('../fixtures/hostile/', import.meta.url);
const fixtures = readdirSync(folder).filter((name) => /\.(txt|md)$/.test(name));

/** Runs a command line that starts readout; the session ends with its own test (tests here run concurrently). */
function open(context: TestContext, command: string, env: SessionOptions['env'] = {}) {
	const session = new ReaderSession([], 140, 40, {shell: thenWait(command), env});
	context.onTestFinished(() => session.dispose());
	return session;
}

/** Waits for the reader to draw the payload's marker words, then checks the terminal. */
async function expectUntouched(session: ReaderSession, markers: string[]) {
	const screen = await session.waitForText((text) =>
		markers.every((marker) => text.includes(marker)),
	);
	// What readout itself sets while drawing, and nothing else.
	expect(session.bufferType()).toBe('alternate');
	expect(session.isCursorVisible()).toBe(false);
	expect(session.effects).toEqual({titles: [], osc: [], bells: 0, replies: []});
	expect(session.reportingModes()).toEqual({mouse: 'none', bracketedPaste: false, focus: false});
	expect(screen).not.toMatch(/evil|pwned|ZWNob/);
	session.press('q');
	expect(await session.exitStatus()).toBe(0);
	expect(session.bufferType()).toBe('normal');
	expect(session.isCursorVisible()).toBe(true);
	expect(session.effects).toEqual({titles: [], osc: [], bells: 0, replies: []});
}

/** Files with a NUL byte are refused as binary, before anything is drawn. */
const isBinary = (name: string) => readFileSync(new URL(name, folder)).includes(0);

/** The marker words the hostile generator puts around each payload, where the file has them. */
function markersOf(name: string): string[] {
	const text = readFileSync(new URL(name, folder), 'latin1');
	return text.includes('Safebefore') ? ['Safebefore', 'Safeafter'] : ['Sections', 'Timeline'];
}

test('there are hostile articles to show', () => {
	expect(fixtures.length).toBeGreaterThan(20);
});

describe.concurrent('a hostile article shown in the reader leaves the terminal alone', () => {
	test.for(fixtures)('%s', async (name, context) => {
		const path = `test/fixtures/hostile/${name}`;
		const session = open(context, `node dist/cli.js ${path}`);
		if (isBinary(name)) {
			expect(await session.exitStatus()).toBe(1);
			expect(session.screenText()).toMatch(
				/^readout: cannot read .*: binary file\nexited with 1$/m,
			);
			expect(session.effects).toEqual({titles: [], osc: [], bells: 0, replies: []});
			return;
		}
		await expectUntouched(session, markersOf(name));
	});
});

describe('a hostile article piped in, keys from the terminal', () => {
	test('an OSC title split across two writes to the pipe', async (context) => {
		// The ESC arrives in one read, the rest of the sequence in the next.
		const session = open(
			context,
			"{ printf 'Headline words\\n\\nSafebefore \\033'; sleep 0.3; " +
				"printf ']0;evil title\\007 \\033[?1000h\\033[?2004h\\033[?1004h Safeafter\\n'; } | " +
				'node dist/cli.js',
		);
		await expectUntouched(session, ['Safebefore', 'Safeafter']);
	});

	test('every payload at once, as cat would send it', async (context) => {
		const paths = fixtures.filter((name) => name.endsWith('.txt') && !isBinary(name));
		const files = paths.map((name) => `test/fixtures/hostile/${name}`);
		const session = open(context, `cat ${files.join(' ')} | node dist/cli.js`);
		await expectUntouched(session, ['Safebefore', 'Safeafter']);
	});
});

describe.concurrent('every hostile payload printed on a terminal', () => {
	const files = fixtures
		.filter((name) => name.endsWith('.txt') && !isBinary(name))
		.map((name) => `test/fixtures/hostile/${name}`);
	// eslint-disable-next-line no-control-regex -- readout's own colour codes are what is removed
	const ownColour = /\u001B\[[\d;]*m/g;

	test.for(['--plain', '--format text', '--format markdown', '--format json', '--plain --color'])(
		'%s',
		async (flags, context) => {
			const command = `cat ${files.join(' ')} | node dist/cli.js ${flags}`;
			const session = open(context, command, {FORCE_COLOR: undefined});
			expect(await session.exitStatus()).toBe(0);
			const output = session.output().replaceAll(ownColour, '').replaceAll('\r\n', '\n');
			expect(output).toContain('Safeafter');
			expect(output).not.toMatch(unsafeCharacter);
			// Forced colour does colour, so removing readout's codes above was not vacuous.
			expect(session.output().includes('\u001B[')).toBe(flags.includes('--color'));
			expect(session.effects).toEqual({titles: [], osc: [], bells: 0, replies: []});
		},
	);
});
