import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {isatty} from 'node:tty';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';
import {cacheFile, readCache, writeCache, type CacheFile} from './launch/compile-cache.js';

/** Names the build of dist/readout.js; set by build.js. */
declare const readoutBodyKey: string;

/**
 * Starts readout: compiles the program (dist/readout.js, one script) with V8's code cache from
 * the last run, and runs it. Node 20 keeps no compiled code between runs of an ES module, and
 * compiling the program's functions as they are first called is a large part of the time to
 * the first frame; with the cache they arrive compiled. There are two caches, one for each kind
 * of run: the reader's, written once its first frame is drawn, and the printed path's, written
 * as it exits. A run reads first the one it most likely needs (the reader's when stdout is a
 * terminal), else the other, and writes its own if it was missing or did not match: V8 rejects
 * a cache of another program or another Node. Failing to read or write a cache changes nothing
 * else.
 */
const body = new URL('readout.js', import.meta.url);
const source = readProgram(body);
const reader = cacheFile(process.env, readoutBodyKey, 'reader');
const printer = cacheFile(process.env, readoutBodyKey, 'printer');
const order = isatty(1) ? [reader, printer] : [printer, reader];
const [found, cachedData] = pick(order[0]) ?? pick(order[1]) ?? [undefined, undefined];
const {script, run} = compileProgram(source, body, cachedData);
const used = found && !script.cachedDataRejected ? found : undefined;
let reading = false;
let saved = false;
const save = () => {
	const target = reading ? reader : printer;
	if (saved || !target || target === used) return;
	const stale = target === found;
	if (!stale && existsSync(path.join(target.folder, target.name))) return;
	saved = true;
	const written = writeCache(target, readoutBodyKey, script.createCachedData());
	report(`${written ? 'wrote' : 'could not write'} ${target.name}`);
};
// The reader keeps its cache as soon as its first frame is out, which is what the cache speeds
// up (a reader is often closed by closing its terminal); a printed run keeps its own as it exits.
process.once('readout:drawn' as never, () => {
	reading = true;
	save();
});
process.once('exit', save);
report(used ? `used ${used.name}` : found ? `rejected ${found.name}` : 'found no compile cache');

await run(createRequire(import.meta.url), import.meta);

type Program = (require: NodeJS.Require, meta: ImportMeta) => Promise<void>;

/** The program compiled; a damaged program file ends with one line, not a stack trace. */
function compileProgram(
	text: string,
	file: URL,
	data: Buffer | undefined,
): {script: Script; run: Program} {
	try {
		const compiled = new Script(text, {filename: fileURLToPath(file), cachedData: data});
		const program: unknown = compiled.runInThisContext();
		if (typeof program !== 'function') throw new TypeError('not a program');
		return {script: compiled, run: program as Program};
	} catch {
		return brokenInstallation(`${fileURLToPath(file)} is damaged`);
	}
}

function brokenInstallation(problem: string): never {
	process.stderr.write(`readout: ${problem}: reinstall readout\n`);
	process.exit(1);
}

function pick(file: CacheFile | undefined): [CacheFile, Buffer] | undefined {
	const data = file && readCache(file);
	return file && data ? [file, data] : undefined;
}

/** With DEBUG=readout, says what became of the cache. */
function report(message: string): void {
	if (process.env['DEBUG'] === 'readout') {
		process.stderr.write(`readout: ${message}\n`);
	}
}

/** The program's text; a broken installation ends with one line, not a stack trace. */
function readProgram(file: URL): string {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code ?? String(error);
		return brokenInstallation(`cannot read ${fileURLToPath(file)} (${reason})`);
	}
}
