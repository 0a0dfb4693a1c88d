// Timing whole processes: from spawn to exit, with output going nowhere.
import {spawn} from 'node:child_process';
import {closeSync, openSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Unmeasurable} from './measure.js';

/**
 * The compile cache the programs under test keep between runs (see source/launch.ts): the
 * bench's own, not the user's. A run with `noCompileCache` can neither read nor write one, as
 * on the first run after an install.
 */
export const benchCache = path.join(tmpdir(), 'readout-bench', 'cache');
export const noCompileCache = {XDG_CACHE_HOME: '/dev/null'};

/**
 * The environment for programs under test. Ink draws only a final frame when it believes it
 * runs in CI (`CI`, `CONTINUOUS_INTEGRATION` or any `CI_*` variable), so those are removed:
 * the reader must be measured as a user sees it.
 */
export function childEnvironment(extra = {}) {
	const environment = {...process.env, XDG_CACHE_HOME: benchCache, ...extra};
	for (const name of Object.keys(environment)) {
		if (name === 'CI' || name === 'CONTINUOUS_INTEGRATION' || name.startsWith('CI_')) {
			delete environment[name];
		}
	}
	return environment;
}

/**
 * Milliseconds from spawning `node ...args` until it exits, stdout to /dev/null (not a
 * terminal, so the CLI takes its printed path). A non-zero exit is Unmeasurable, with the
 * program's first line of stderr as the reason.
 */
export async function timeNode(args, {cwd = process.cwd(), timeoutMs = 60_000, env = {}} = {}) {
	const devNull = openSync('/dev/null', 'w');
	try {
		const started = performance.now();
		const child = spawn(process.execPath, args, {
			cwd,
			env: childEnvironment(env),
			stdio: ['ignore', devNull, 'pipe'],
		});
		let stderr = '';
		child.stderr.setEncoding('utf8');
		child.stderr.on('data', (chunk) => {
			stderr += chunk;
		});
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		const [code, signal] = await new Promise((resolve, reject) => {
			child.on('error', reject);
			child.on('exit', (...status) => resolve(status));
		});
		const elapsed = performance.now() - started;
		clearTimeout(timer);
		if (signal === 'SIGKILL') throw new Unmeasurable(`did not finish within ${timeoutMs} ms`);
		if (code !== 0) {
			const line = stderr.trim().split('\n')[0] ?? '';
			throw new Unmeasurable(`exit ${code ?? signal}${line ? `: ${line.slice(0, 80)}` : ''}`);
		}
		return elapsed;
	} finally {
		closeSync(devNull);
	}
}

/** Runs `node ...args` to completion and resolves to its stdout; rejects on a non-zero exit. */
export async function captureNode(args, {cwd = process.cwd()} = {}) {
	const child = spawn(process.execPath, args, {
		cwd,
		env: childEnvironment(),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
	const code = await new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', resolve);
	});
	if (code !== 0) throw new Unmeasurable(`exit ${code}: ${stderr.trim().split('\n')[0] ?? ''}`);
	return stdout;
}
