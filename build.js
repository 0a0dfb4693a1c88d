// Bundles the CLI into dist/: one file for the printed path and a lazily imported chunk for
// the interactive reader, so `npx readout` installs nothing but this package.
import {createHash} from 'node:crypto';
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import {createRequire, isBuiltin} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

/**
 * Edits made to dependencies as they are bundled, each exact: a `from` that is not found
 * makes the build warn, so an upgrade that changes the code is noticed.
 */
// The single-column test, imported by the dependencies edited to use it.
const singleColumnModule = path.resolve('source/render/single-column.ts');
const singleColumnTest = '__readoutIsSingleColumn';

const edits = [
	// Ink's development mode (DEV=true in the user's environment) imports React devtools,
	// which are not installed, and reads Ink's package.json beside the module, which is not in
	// dist/: either crashes the bundled reader. It is switched off, and the dynamic import of
	// the devtools is cut out so that no devtools chunk is emitted.
	{file: /[\\/]ink[\\/]build[\\/]utils\.js$/, from: "process.env['DEV'] === 'true'", to: 'false'},
	{file: /[\\/]ink[\\/]build[\\/]reconciler\.js$/, from: "await import('./devtools.js');", to: ''},
	// Ink draws only the last frame, on exit, when CI or CONTINUOUS_INTEGRATION is set. The
	// reader draws only when stdout is a terminal, so that would just leave the screen blank
	// for a user whose shell sets CI, and in CI's own pseudo-terminal tests.
	{
		file: /[\\/]is-in-ci[\\/]index\.js$/,
		from: "const isInCi = check('CI') || check('CONTINUOUS_INTEGRATION');",
		to: 'const isInCi = false;',
	},
	// yoga-layout's loader reads its own base64 wasm with fetch() whenever fetch exists. In
	// Node the first touch of fetch loads undici, a large part of the UI's start-up, only to
	// decode a data: URL; without fetch the loader decodes it with atob and instantiates the
	// bytes directly.
	{
		file: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
		from: '"function"!=typeof fetch',
		to: '!0',
	},
	// It then decodes that base64 a character at a time through atob; Buffer does it natively.
	{
		file: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
		from: 'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c',
		to: "var d=new Uint8Array(Buffer.from(a.slice(37),'base64'))",
	},
	// meow reads and normalises the nearest package.json unless given `pkg`; readout gives it, so
	// read-package-up and normalize-package-data (semver, SPDX licences, hosted-git-info, a code
	// frame printer) never run. Yet meow's bundled helpers evaluate them as they load, a large part
	// of the printed path's start-up. With meow's options module no longer importing them and their
	// top-level calls marked pure, esbuild leaves them out. A missing `pkg` then fails loudly.
	{
		file: /[\\/]meow[\\/]build[\\/]options\.js$/,
		from: "import { a as readPackageUpSync, n as normalizePackageData } from './dependencies.js';",
		to: [
			"const readPackageUpSync = () => { throw new Error('meow is bundled without read-package-up: pass pkg'); };",
			'const normalizePackageData = () => {};',
		].join('\n'),
	},
	{
		file: /[\\/]meow[\\/]build[\\/]dependencies\.js$/,
		from: 'var libExports = requireLib$1();',
		to: 'var libExports = /* @__PURE__ */ requireLib$1();',
	},
	{
		file: /[\\/]meow[\\/]build[\\/]dependencies\.js$/,
		from: [
			'var normalizeExports = requireNormalize();',
			'const normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
		].join('\n'),
		to: [
			'var normalizeExports = /* @__PURE__ */ requireNormalize();',
			'const normalizePackageData = /* @__PURE__ */ getDefaultExportFromCjs(normalizeExports);',
		].join('\n'),
	},
	// The only use of child_process in meow (a promisified execFile that nothing calls), whose
	// import alone loads a few milliseconds of Node's own modules.
	{
		file: /[\\/]meow[\\/]build[\\/]dependencies\.js$/,
		from: 'promisify(execFile);',
		to: '',
	},
	// slice-ansi and ansi-tokenize (under Ink) each build a grapheme Intl.Segmenter as they load:
	// the first in a process costs some 25 ms of ICU data, though the reader's common text is
	// never segmented (see the single-column edits below). Both are built on first use instead.
	{
		file: /[\\/]slice-ansi[\\/]tokenize-ansi\.js$/,
		from: "const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});",
		to: lazySegmenter('GRAPHEME_SEGMENTER'),
	},
	{
		file: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
		from: 'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });',
		to: lazySegmenter('segmenter'),
	},
	// Modules the reader loads only to cover rare cases, each a few milliseconds of Node's own
	// modules at start-up: terminal-size runs a command (child_process) only when the terminal
	// cannot tell its size, and signal-exit loads assert for one check of its argument.
	{
		file: /[\\/]terminal-size[\\/]index\.js$/,
		from: "import {execFileSync} from 'node:child_process';",
		to: "const execFileSync = (...options) => require('node:child_process').execFileSync(...options);",
	},
	{
		file: /[\\/]signal-exit[\\/]index\.js$/,
		from: "var assert = require('assert')",
		to: 'var assert = {equal: function (actual, expected, message) { if (actual != expected) throw new Error(message) }}',
	},
	// string-width builds an Intl.Segmenter and an RGI_Emoji regular expression as it loads, some
	// tens of milliseconds together, though the printed path measures common text without them.
	// Both are built on first use instead. (The older string-width under wrap-ansi gets the same
	// segmenter edit; it has no such expression.)
	{
		file: /[\\/]string-width[\\/]index\.js$/,
		from: 'const segmenter = new Intl.Segmenter();',
		to: 'let segmenter;',
	},
	{
		file: /[\\/]string-width[\\/]index\.js$/,
		from: 'segmenter.segment(string)',
		to: '(segmenter ??= new Intl.Segmenter()).segment(string)',
	},
	{
		file: exactly('node_modules/string-width/index.js'),
		from: 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
		to: 'let rgiEmojiRegex;',
	},
	{
		file: exactly('node_modules/string-width/index.js'),
		from: 'rgiEmojiRegex.test(segment)',
		to: "(rgiEmojiRegex ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(segment)",
	},
	// Width and grapheme work for common text. Ink measures and draws a frame one character at a
	// time through string-width, which segments any text that is not pure ASCII into graphemes
	// with Intl.Segmenter and tests each against Unicode property expressions; curly quotes, dashes
	// and box-drawing borders put nearly every line of the reader on that path, the largest cost
	// of its first frame. Text of single-column characters that never join a neighbour (see
	// source/render/single-column.ts) now takes the ASCII path: width is length, one cell a
	// character. Each edit keeps the result exactly as it was (test/ink-edits.test.ts).
	{
		file: exactly('node_modules/string-width/index.js'),
		from: 'if (/^[\\u0020-\\u007E]*$/.test(string)) {',
		to: `if (${singleColumnTest}(string)) {`,
	},
	{
		file: /[\\/]ink[\\/]build[\\/]output\.js$/,
		from: 'cached = styledCharsFromTokens(tokenize(line));',
		to: [
			`cached = ${singleColumnTest}(line)`,
			"\t? Array.from(line, (value) => ({type: 'char', value, fullWidth: false, styles: []}))",
			'\t: styledCharsFromTokens(tokenize(line));',
		].join('\n'),
	},
	// Blank cells are never changed, only replaced: one shared blank serves them all, instead of
	// a new object (and styles array) for each of a frame's cells.
	{
		file: /[\\/]ink[\\/]build[\\/]output\.js$/,
		from: [
			'row.push({',
			"                    type: 'char',",
			"                    value: ' ',",
			'                    fullWidth: false,',
			'                    styles: [],',
			'                });',
		].join('\n'),
		to: 'row.push(blankCell);',
	},
	{
		file: /[\\/]ink[\\/]build[\\/]output\.js$/,
		from: 'class OutputCaches {',
		to: "const blankCell = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([])});\nclass OutputCaches {",
	},
	// A line that lies wholly inside its clip needs no slicing.
	{
		file: /[\\/]ink[\\/]build[\\/]output\.js$/,
		from: 'return sliceAnsi(line, from, to);',
		to: 'return from === 0 && to === width ? line : sliceAnsi(line, from, to);',
	},
	// Ink checks every text it draws for escape and C1 control characters a code point at a time,
	// and takes text with any escape apart to keep only its colour codes. One expression finds
	// them, and text whose escapes are all colour codes is kept as it is without the tokenizer.
	{
		file: /[\\/]ink[\\/]build[\\/]ansi-tokenizer\.js$/,
		from: [
			'    if (text.includes(escapeCharacter)) {',
			'        return true;',
			'    }',
			'    for (const character of text) {',
			'        if (isC1ControlCharacter(character)) {',
			'            return true;',
			'        }',
			'    }',
			'    return false;',
		].join('\n'),
		to: '    return /[\\u001B\\u0080-\\u009F]/.test(text);',
	},
	{
		file: /[\\/]ink[\\/]build[\\/]sanitize-ansi\.js$/,
		from: "    let output = '';",
		to: [
			'    if (!/[\\u0080-\\u009F]|\\u001B(?!\\[[\\d:;]*m)/.test(text)) {',
			'        return text;',
			'    }',
			"    let output = '';",
		].join('\n'),
	},
	// Between two unstyled characters there is no style to change.
	{
		file: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
		from: 'const char = chars[i];',
		to: [
			'const char = chars[i];',
			'if (i > 0 && i < chars.length - 1 && char.styles.length === 0 && chars[i - 1].styles.length === 0) {',
			'\tret += char.value;',
			'\tcontinue;',
			'}',
		].join('\n'),
	},
];

/** An object whose `segment()` builds a grapheme segmenter on first use, named `name`. */
function lazySegmenter(name) {
	return [
		`let ${name}Built;`,
		`const ${name} = {segment: (text) => (${name}Built ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(text)};`,
	].join('\n');
}

/** A filter for one file of this package, not for copies nested deeper in node_modules. */
function exactly(file) {
	return new RegExp(`^${path.resolve(file).replaceAll(/[\\^$.*+?()[\]{}|]/g, String.raw`\$&`)}$`);
}

const requireHere = createRequire(import.meta.url);

export const editDependencies = {
	name: 'edit-dependencies',
	setup(build) {
		// One loader for every edited file, since esbuild runs only the first onLoad that matches.
		const filter = new RegExp(edits.map((edit) => edit.file.source).join('|'));
		build.onLoad({filter, namespace: 'file'}, async (args) => {
			let contents = await readFile(args.path, 'utf8');
			const warnings = [];
			for (const edit of edits.filter((candidate) => candidate.file.test(args.path))) {
				if (contents.includes(edit.from)) {
					contents = contents.replaceAll(edit.from, () => edit.to);
				} else {
					warnings.push({text: `build.js: "${edit.from}" not found in ${args.path}`});
				}
			}
			if (contents.includes(singleColumnTest)) {
				const from = JSON.stringify(singleColumnModule);
				contents = `import {isSingleColumn as ${singleColumnTest}} from ${from};\n${contents}`;
			}
			return {contents, loader: 'js', warnings};
		});
		// Should anything still ask for the devtools, it gets an empty module.
		const empty = {path: 'devtools', namespace: 'empty'};
		build.onResolve({filter: /^\.\/devtools\.js$/}, (args) =>
			args.importer.includes(`${path.sep}ink${path.sep}`) ? empty : undefined,
		);
		build.onResolve({filter: /^react-devtools-core$/}, () => empty);
		build.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: '', loader: 'js'}));
	},
};

/**
 * Node's own modules are loaded with require() (defined by the banner), not import: importing
 * one makes Node build an ES module facade that reads every export, and reading node:fs's lazy
 * exports (fs.promises, the stream classes) loads modules the printed path never uses. Each
 * built-in becomes a small module that exports its properties one by one, each read only if it
 * is used, so esbuild keeps just the names the code imports. A dynamic import() of one is bundled the same way.
 */
export const builtinsByRequire = {
	name: 'builtins-by-require',
	setup(build) {
		build.onResolve({filter: /^[a-z0-9:_/]+$/}, (args) =>
			(args.kind === 'import-statement' || args.kind === 'dynamic-import') && isBuiltin(args.path)
				? // One module per importer: esbuild places a module shared by the printed path and
					// the reader in a chunk both load, though only the reader uses it.
					{
						path: `${args.path}?${args.importer}`,
						namespace: 'builtin',
						sideEffects: false,
						pluginData: args.path,
					}
				: undefined,
		);
		build.onLoad({filter: /.*/, namespace: 'builtin'}, (args) => {
			const names = Object.keys(requireHere(args.pluginData)).filter(
				(name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default',
			);
			// No statement runs unless used: a built-in that only the reader needs must not be
			// loaded by the chunk the printed path shares with it.
			const load = `require(${JSON.stringify(args.pluginData)})`;
			const lines = [`export default /* @__PURE__ */ (() => ${load})();`];
			for (const [index, name] of names.entries()) {
				lines.push(
					`const export${index} = /* @__PURE__ */ (() => ${load}.${name})();`,
					`export {export${index} as ${name}};`,
				);
			}
			return {contents: lines.join('\n'), loader: 'js'};
		});
	},
};

const minify = process.env['READOUT_BUILD_MINIFY'] !== 'false';

/**
 * Builds dist/: readout.js, the whole program as one script (a function of `require` and
 * `import.meta`), and cli.js, which compiles that script with V8's code cache from the last run
 * (see source/launch.ts) and runs it. The reader's code in the script runs only when the reader
 * opens: esbuild keeps what `import()` loads in modules that start on first use.
 */
async function bundle() {
	await rm('dist', {recursive: true, force: true});
	const {outputFiles} = await build({
		entryPoints: ['source/cli.ts'],
		outfile: 'dist/readout.js',
		write: false,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		minify,
		legalComments: 'none',
		define: {
			'process.env.NODE_ENV': '"production"',
			'import.meta.url': '__readoutImportMeta.url',
			'import.meta': '__readoutImportMeta',
		},
		plugins: [editDependencies, builtinsByRequire],
		logLevel: 'warning',
	});
	const code = outputFiles[0].text;
	// A script may hold neither import nor export, nor import(): everything is bundled or required.
	const moduleSyntax = new RegExp(
		String.raw`\bimport\s*\(|(?:^|[;}])\s*(?:import\s*[{*"'\x60]|import\s+[\w$]+\s+from\b|export\s*[{*]|export\s+(?:default|const|let|var|function|class|async)\b)`,
		'm',
	).exec(code);
	if (moduleSyntax) {
		throw new Error(`build.js: dist/readout.js would hold module syntax: ${moduleSyntax[0]}`);
	}
	const body = `(async function (require, __readoutImportMeta) {'use strict';\n${code}})`;
	await mkdir('dist', {recursive: true});
	await writeFile('dist/readout.js', body);
	const key = createHash('sha256').update(body).digest('hex').slice(0, 16);
	await build({
		entryPoints: {cli: 'source/launch.ts'},
		outdir: 'dist',
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		minify,
		legalComments: 'none',
		define: {readoutBodyKey: JSON.stringify(key)},
		plugins: [builtinsByRequire],
		banner: {
			js: [
				'#!/usr/bin/env node',
				"import {createRequire as __createRequire} from 'node:module';",
				'const require = __createRequire(import.meta.url);',
			].join('\n'),
		},
		logLevel: 'warning',
	});
}

// Run as a script it builds; imported (by a test) it only lends its edits.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await bundle();
}
