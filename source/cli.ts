import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {buildArticle} from './article/article.js';
import {
	buildStoredArticle,
	loadArticle,
	loadStoredArticle,
	previewArticle,
} from './article/progressive.js';
import type {Article} from './article/types.js';
import {helpText, parseArguments, UsageError, type Options} from './cli/flags.js';
import {readInput} from './cli/input.js';
import {keepHeapTight, longTextCharacters} from './cli/memory.js';
import {environmentColor, openKeyboard, wantsInteractive} from './cli/mode.js';
import {writeOutput} from './cli/output.js';
import {jsonParts} from './render/json.js';
import {markdownParts} from './render/markdown.js';
import {textParts} from './render/text.js';

// Both source/cli.ts and the built dist/cli.js sit one folder below the package root.
const packageRoot = new URL('../', import.meta.url);
const bundledArticle = fileURLToPath(new URL('content/trump-putin-call.md', packageRoot));

/** Runs readout and resolves to its exit status; never calls process.exit, so output drains. */
async function main(): Promise<number> {
	const options = parseArguments(process.argv.slice(2), import.meta);
	if (options.help) {
		return writeOutput(process.stdout, helpText.trimStart());
	}
	if (options.version) {
		return writeOutput(process.stdout, `${packageVersion()}\n`);
	}
	const interactive = wantsInteractive({
		stdoutIsTerminal: process.stdout.isTTY === true,
		// --section prints that section: the reader has no way to show only one.
		printRequested: options.plain || options.format !== undefined || options.section !== undefined,
		environment: process.env,
	});
	// The reader's modules start up while the article is read and previewed.
	const reader = interactive ? import('./ui/run.js') : undefined;
	reader?.catch(() => {});
	// Of a long file only the opening is read at first: the reader draws it at once, and the
	// whole is read in parts into a compact model.
	const input = await readInput(options.file, () => process.stdin, bundledArticle);
	const buildOptions = {format: input.format, date: options.date};
	const keyboard = reader ? await openKeyboard(process.stdin, input.fromStdin) : undefined;
	if (reader && keyboard) {
		const {opening} = input;
		// The reader opens on a preview, the text (of its start, if it is long) without quotes
		// or events, while the whole is built.
		const preview = previewArticle(input.text, buildOptions, opening?.share, {extract: false});
		const {runInteractive} = await reader;
		// A long file's model is kept compact, so the heap holds little that lives: collecting
		// its garbage often is quick, and keeps the peak memory down.
		if (opening) await keepHeapTight();
		try {
			return await runInteractive(preview, {
				stdin: keyboard,
				stdout: process.stdout,
				color: options.color ?? environmentColor(process.env) !== false,
				load: (signal, onProgress) =>
					opening
						? loadStoredArticle(opening.parts, buildOptions, {signal, onProgress})
						: loadArticle(input.text, buildOptions, {signal, onProgress}),
			});
		} finally {
			await opening?.parts.close().catch(() => {});
			if (keyboard !== process.stdin) {
				keyboard.destroy();
			}
		}
	}
	// Printed after all (no terminal to read keys from): the whole article is built first.
	const {opening} = input;
	if (opening || input.text.length > longTextCharacters) {
		await keepHeapTight();
	}
	let article: Article;
	try {
		article = opening
			? await buildStoredArticle(opening.parts, buildOptions)
			: buildArticle(input.text, buildOptions);
	} finally {
		await opening?.parts.close().catch(() => {});
	}
	return writeOutput(process.stdout, render(article, options, sectionIndex(options, article)));
}

function render(
	article: Article,
	options: Options,
	section: number | undefined,
): string | Iterable<string> {
	switch (options.format) {
		case 'json':
			return jsonParts(article, section);
		case 'markdown':
			return markdownParts(article, {section});
		default:
			return textParts(article, {
				width: options.width ?? (process.stdout.isTTY ? (process.stdout.columns ?? 80) : 80),
				color: options.color ?? environmentColor(process.env) === true,
				section,
			});
	}
}

/** `--section N` as a 0-based index, checked against the article. */
function sectionIndex(options: Options, article: Article): number | undefined {
	if (options.section === undefined) {
		return undefined;
	}
	const count = article.sections.length;
	if (options.section > count) {
		const sections = count === 1 ? '1 section' : `${count} sections`;
		throw new UsageError(
			`--section ${options.section} is out of range: the article has ${sections}`,
		);
	}
	return options.section - 1;
}

function packageVersion(): string {
	const manifest = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {
		version?: string;
	};
	return manifest.version ?? 'unknown';
}

try {
	process.exitCode = await main();
} catch (error) {
	process.exitCode = error instanceof UsageError ? 2 : 1;
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`readout: ${message.split('\n')[0]}\n`);
	if (process.env['DEBUG'] === 'readout' && error instanceof Error) {
		process.stderr.write(`${error.stack ?? ''}\n`);
	}
}
