// Bundles the CLI into dist/: one file for the printed path and a lazily imported chunk for
// the interactive reader, so `npx readout` installs nothing but this package.
import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {build} from 'esbuild';

/**
 * Ink's development mode (DEV=true in the environment) imports React devtools
 * (`./devtools.js` → `react-devtools-core`, not installed) and reads Ink's package.json from
 * beside the module (not in dist/): in the bundle both would crash the reader of anyone whose
 * shell sets DEV. So development mode is switched off at build time, the dynamic import is cut
 * out (no devtools chunk is emitted), and the devtools modules resolve to an empty one should
 * anything still ask for them. Each edit must match, or the build warns.
 */
const inkEdits = [
	{file: /[\\/]ink[\\/]build[\\/]utils\.js$/, from: "process.env['DEV'] === 'true'", to: 'false'},
	{file: /[\\/]ink[\\/]build[\\/]reconciler\.js$/, from: "await import('./devtools.js');", to: ''},
];

const noDevtools = {
	name: 'no-devtools',
	setup(build) {
		for (const edit of inkEdits) {
			build.onLoad({filter: edit.file}, async (args) => {
				const contents = await readFile(args.path, 'utf8');
				if (!contents.includes(edit.from)) {
					return {warnings: [{text: `no-devtools: "${edit.from}" not found in ${args.path}`}]};
				}
				return {contents: contents.replace(edit.from, edit.to), loader: 'js'};
			});
		}
		const empty = {path: 'devtools', namespace: 'empty'};
		build.onResolve({filter: /^\.\/devtools\.js$/}, (args) =>
			args.importer.includes(`${path.sep}ink${path.sep}`) ? empty : undefined,
		);
		build.onResolve({filter: /^react-devtools-core$/}, () => empty);
		build.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: '', loader: 'js'}));
	},
};

await rm('dist', {recursive: true, force: true});

await build({
	entryPoints: {cli: 'source/cli.ts'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	chunkNames: 'chunks/[name]-[hash]',
	define: {'process.env.NODE_ENV': '"production"'},
	plugins: [noDevtools],
	banner: {
		js: [
			'#!/usr/bin/env node',
			"import {createRequire as __createRequire} from 'node:module';",
			'const require = __createRequire(import.meta.url);',
		].join('\n'),
	},
	logLevel: 'warning',
});
