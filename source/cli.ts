import {readFile} from 'node:fs/promises';
import {buildArticle} from './article/article.js';
import {decode} from './article/decode.js';

const bundled = new URL('../content/trump-putin-call.md', import.meta.url);
const text = decode(await readFile(process.argv[2] ?? bundled));
const article = buildArticle(text);
if (process.stdout.isTTY && !process.argv.includes('--plain')) {
	const {runInteractive} = await import('./ui/run.js');
	process.exitCode = await runInteractive(article, {
		stdin: process.stdin,
		stdout: process.stdout,
		color: true,
	});
} else {
	process.stdout.write(JSON.stringify(article, null, 2) + '\n');
}
