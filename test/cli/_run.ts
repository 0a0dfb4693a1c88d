import {spawn} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

/** The built program, as `npm test` leaves it after `npm run build`. */
export const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const root = fileURLToPath(new URL('../../', import.meta.url));
export const bundled = fileURLToPath(new URL('../../content/trump-putin-call.md', import.meta.url));

export type Result = {code: number | null; stdout: string; stderr: string};

/** A clean environment: no colour or CI settings leaking in from the test run. */
export function environment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const clean = {...process.env};
	for (const name of ['CI', 'FORCE_COLOR', 'NO_COLOR', 'DEBUG']) {
		delete clean[name];
	}
	return {...clean, ...extra};
}

/** Runs a shell command line, as a user would type it, from the package root. */
export function shell(command: string, extra: NodeJS.ProcessEnv = {}): Promise<Result> {
	return collect(spawn('bash', ['-c', command], {cwd: root, env: environment(extra)}), undefined);
}

/** Runs `node dist/cli.js …args` with pipes on every side, feeding `input` to its stdin. */
export function run(
	args: readonly string[],
	options: {input?: string | Buffer; env?: NodeJS.ProcessEnv} = {},
): Promise<Result> {
	const child = spawn(process.execPath, [cli, ...args], {cwd: root, env: environment(options.env)});
	return collect(child, options.input ?? '');
}

function collect(
	child: ReturnType<typeof spawn>,
	input: string | Buffer | undefined,
): Promise<Result> {
	let stdout = '';
	let stderr = '';
	child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	if (input !== undefined) {
		child.stdin?.end(input);
	}
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => resolve({code, stdout, stderr}));
	});
}

/** A known article: a headline and paragraphs, in the plain-text form every parser reads. */
export const article = 'A headline\n\nFirst paragraph here.\n\nSecond paragraph here.\n';

/** Writes each named file into a fresh temporary folder; returns the folder. */
export function temporaryFiles(files: Record<string, string | Buffer>): string {
	const folder = mkdtempSync(join(tmpdir(), 'readout-test-'));
	for (const [name, content] of Object.entries(files)) {
		writeFileSync(join(folder, name), content);
	}
	return folder;
}
