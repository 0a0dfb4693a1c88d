import {fstatSync} from 'node:fs';
import {extname} from 'node:path';
import type {InputFormat} from '../article/parse.js';
import {readArticleOpening, type ArticleOpening} from '../article/read-opening.js';
import {ReadError, readArticleStream} from '../article/read.js';

/** An article's text and how to parse it. */
export type Input = {
	readonly text: string;
	readonly format: InputFormat | 'auto';
	/** True when the text came on stdin, so keys must come from elsewhere. */
	readonly fromStdin: boolean;
	/** When `text` is only the opening of a long file: its share of the file, and its parts. */
	readonly opening?: Required<ArticleOpening>;
};

/**
 * The article to show: the named file (`.md`/`.markdown` as Markdown, `.txt` as text, anything
 * else guessed); stdin for `-` or when stdin is piped and no file is named; otherwise the
 * `bundled` article. A stdin that holds nothing (`< /dev/null`, a closed pipe) without `-` also
 * means the bundled article, so scripts that run readout with no input get what a terminal does.
 * `stdin` is called only when stdin is read: Node builds `process.stdin` (and loads its stream
 * modules) on first touch, which a named file need not pay for. A long named file is read only
 * up to its opening (see `readArticleOpening`), the whole to be read in parts.
 */
export async function readInput(
	file: string | undefined,
	stdin: () => NodeJS.ReadStream,
	bundled: string,
): Promise<Input> {
	if (file === '-') {
		return {text: await readArticleStream(stdin()), format: 'auto', fromStdin: true};
	}
	if (file === undefined && !stdin().isTTY && !isNullDevice(stdin())) {
		const text = await readArticleStream(stdin()).catch((error: unknown) => {
			if (error instanceof ReadError && error.empty) {
				return undefined;
			}
			throw error;
		});
		if (text !== undefined) {
			return {text, format: 'auto', fromStdin: true};
		}
	}
	const path = file ?? bundled;
	const read = await readArticleOpening(path);
	const format = formatOf(path);
	return read.parts
		? {text: read.text, format, fromStdin: false, opening: {...read, parts: read.parts}}
		: {text: read.text, format, fromStdin: false};
}

function formatOf(path: string): InputFormat | 'auto' {
	const extension = extname(path).toLowerCase();
	if (extension === '.md' || extension === '.markdown') {
		return 'markdown';
	}
	return extension === '.txt' ? 'text' : 'auto';
}

/** True for `/dev/null` and other character devices that are not terminals: nothing to read. */
function isNullDevice(stdin: NodeJS.ReadStream): boolean {
	const {fd} = stdin as {fd?: unknown};
	try {
		return typeof fd === 'number' && fstatSync(fd).isCharacterDevice();
	} catch {
		return true;
	}
}
