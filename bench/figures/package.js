// What `npx readout` downloads and installs.
import {execFile} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import {isBuiltin} from 'node:module';
import path from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);

const isPackageName = (name) =>
	/^(@[\w.-]+\/)?[\w.-]+(\/[\w.-]+)*$/.test(name) && !name.startsWith('.');

/** Bare module names that the files under `folder` import or require at run time. */
export function bareImports(folder) {
	const names = new Set();
	const pattern =
		/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']|\brequire\(\s*["']([^"']+)["']\s*\)/g;
	for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
		if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
		const source = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
		for (const match of source.matchAll(pattern)) {
			const name = match[1] ?? match[2];
			// A list of keywords such as ["export","import","null"] matches too; only a name that
			// could be a package counts.
			if (isPackageName(name) && !isBuiltin(name)) names.add(name);
		}
	}
	return [...names].sort();
}

/** The packed size (`npm pack --dry-run`) and the dependencies npx would have to install. */
export async function packageFigures(context) {
	const manifest = JSON.parse(readFileSync(path.join(context.root, 'package.json'), 'utf8'));
	const declared = ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) =>
		Object.keys(manifest[field] ?? {}),
	);
	const imported = bareImports(path.join(context.root, 'dist'));
	const rows = [];
	try {
		const {stdout} = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
			cwd: context.root,
		});
		const [pack] = JSON.parse(stdout);
		rows.push({
			figure: 'npm pack size',
			value: pack.size / 1024,
			unit: 'KB',
			target: 1024,
			must: 1024,
			detail: `${pack.entryCount} files, ${(pack.unpackedSize / 1024).toFixed(0)} KB unpacked`,
		});
		declared.push(...(pack.bundled ?? []));
	} catch (error) {
		rows.push({
			figure: 'npm pack size',
			value: null,
			unit: 'KB',
			detail: error.message.split('\n')[0],
		});
	}
	const needed = new Set([...declared, ...imported]);
	rows.push({
		figure: 'runtime dependencies npx installs',
		value: needed.size,
		unit: '',
		target: 0,
		must: 0,
		detail:
			`package.json: ${declared.length ? declared.join(' ') : 'none'}; ` +
			`bare imports in dist: ${imported.length ? imported.join(' ') : 'none'}`,
	});
	return rows;
}
