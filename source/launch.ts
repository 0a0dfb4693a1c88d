import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';
import {cacheFile, readCache, writeCache, type CacheFile} from './launch/compile-cache.js';

/** Names the build of dist/readout.js; set by build.js. */
declare const readoutBodyKey: string;

/**
 * Starts readout: compiles the program (dist/readout.js, one script) with V8's code cache from
 * the last run, and runs it. Node 20 keeps no compiled code between runs of an ES module, and
 * compiling the program's functions as they are first called is a large part of the time to
 * the first frame; with the cache they arrive compiled. A run that found no cache for what it
 * did writes one: the reader's once its first frame is drawn (it also holds most of the printed
 * path), or, as it exits, the printed path's if no cache was there at all. A cache that does not match this program or this
 * Node is rejected by V8 and replaced. Failing to read or write a cache changes nothing else.
 */
const body = new URL('readout.js', import.meta.url);
const source = readFileSync(body, 'utf8');
const reader = cacheFile(process.env, readoutBodyKey, 'reader');
const printer = cacheFile(process.env, readoutBodyKey, 'printer');
const [found, cachedData] = pick(reader) ?? pick(printer) ?? [undefined, undefined];
const script = new Script(source, {filename: fileURLToPath(body), cachedData});
const used = found && !script.cachedDataRejected ? found : undefined;
let reading = false;
let saved = false;
const save = () => {
	const target = reading ? reader : printer;
	if (saved || !target || used === reader || (!reading && used !== undefined)) return;
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

const run = script.runInThisContext() as (
	require: NodeJS.Require,
	meta: ImportMeta,
) => Promise<void>;
await run(createRequire(import.meta.url), import.meta);

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
