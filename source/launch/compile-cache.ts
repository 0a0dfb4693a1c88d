import {
	lstatSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import {homedir} from 'node:os';
import path from 'node:path';

/** Where a program's compiled code is kept between runs, and under which name. */
export type CacheFile = {
	readonly folder: string;
	readonly name: string;
};

/**
 * The cache file for a program body (`key` names its build) compiled by this Node: in
 * `$XDG_CACHE_HOME/readout` (by default `~/.cache/readout`), one file per body, V8 version,
 * architecture and `kind` of run. Undefined when there is no home to keep it in.
 */
export function cacheFile(
	environment: NodeJS.ProcessEnv,
	key: string,
	kind: string,
	home: () => string = homedir,
): CacheFile | undefined {
	const xdg = environment['XDG_CACHE_HOME'];
	const base = xdg && path.isAbsolute(xdg) ? xdg : joinHome(home, '.cache');
	if (!base) {
		return undefined;
	}
	return {folder: path.join(base, 'readout'), name: `${build(key)}${kind}.bin`};
}

const prefix = 'code-';

/** The start of the names of one build's files: the others are stale. */
function build(key: string): string {
	return `${prefix}${process.versions.v8}-${process.arch}-${key}-`;
}

function joinHome(home: () => string, folder: string): string | undefined {
	try {
		const root = home();
		return path.isAbsolute(root) ? path.join(root, folder) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The cached data, or undefined when there is none or it cannot be read. Compiled code runs as
 * the user: a cache is read only from a folder and a file that belong to the user and that no one
 * else may write to, so that a cache folder in a shared place cannot be planted.
 */
export function readCache(file: CacheFile): Buffer | undefined {
	try {
		const target = path.join(file.folder, file.name);
		return isPrivate(file.folder) && isPrivate(target) ? readFileSync(target) : undefined;
	} catch {
		return undefined;
	}
}

function isPrivate(where: string): boolean {
	const stats = lstatSync(where);
	const owner = process.getuid?.() ?? stats.uid;
	return !stats.isSymbolicLink() && stats.uid === owner && (stats.mode & 0o022) === 0;
}

/**
 * Writes `data` as the cache file, whole or not at all (a temporary file renamed into place,
 * so a concurrent run never reads half a file), and removes the files of other builds of readout
 * and other versions of Node. The folder is private to the user. Returns false when anything fails: a cache
 * is only ever an optimisation.
 */
export function writeCache(file: CacheFile, key: string, data: Buffer): boolean {
	try {
		makeFolder(file.folder);
		if (!isPrivate(file.folder)) return false;
		const target = path.join(file.folder, file.name);
		const temporary = `${target}.${process.pid}.tmp`;
		try {
			writeFileSync(temporary, data, {mode: 0o600});
			renameSync(temporary, target);
		} catch (error) {
			// A full disk leaves part of a file behind.
			rmSync(temporary, {force: true});
			throw error;
		}
		for (const other of readdirSync(file.folder)) {
			if (other.startsWith(prefix) && !other.startsWith(build(key)) && !other.endsWith('.tmp')) {
				unlinkSync(path.join(file.folder, other));
			}
		}
		return true;
	} catch {
		return false;
	}
}

/**
 * Makes the cache folder and, if need be, its parent (`~/.cache`), private to the user. Not
 * `mkdirSync`'s `recursive`, which never returns where a folder cannot be made though its
 * parent exists (under /proc, for one).
 */
function makeFolder(folder: string): void {
	for (const attempt of [folder, path.dirname(folder), folder]) {
		try {
			mkdirSync(attempt, {mode: 0o700});
			if (attempt === folder) return;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EEXIST' && attempt === folder) return;
			if (code !== 'EEXIST' && code !== 'ENOENT') throw error;
			if (code === 'ENOENT' && attempt !== folder) throw error;
		}
	}
}
