import {extname} from 'node:path';
import type {InputFormat} from '../article/parse.js';
import {readArticleFile, readArticleStream} from '../article/read.js';

/** An article's text and how to parse it. */
export type Input = {
	readonly text: string;
	readonly format: InputFormat | 'auto';
	/** True when the text came on stdin, so keys must come from elsewhere. */
	readonly fromStdin: boolean;
};

/**
 * The article to show: the named file (`.md`/`.markdown` as Markdown, `.txt` as text, anything
 * else guessed); stdin for `-` or when stdin is piped and no file is named; otherwise the
 * `bundled` article.
 */
export async function readInput(
	file: string | undefined,
	stdin: NodeJS.ReadStream,
	bundled: string,
): Promise<Input> {
	if (file === '-' || (file === undefined && !stdin.isTTY)) {
		return {text: await readArticleStream(stdin), format: 'auto', fromStdin: true};
	}
	const path = file ?? bundled;
	return {text: await readArticleFile(path), format: formatOf(path), fromStdin: false};
}

function formatOf(path: string): InputFormat | 'auto' {
	const extension = extname(path).toLowerCase();
	if (extension === '.md' || extension === '.markdown') {
		return 'markdown';
	}
	return extension === '.txt' ? 'text' : 'auto';
}
