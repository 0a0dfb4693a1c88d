import {render, Text} from 'ink';
import type {Article} from '../article/types.js';

/** What the interactive reader needs from the command line. */
export type InteractiveOptions = {
	/** Where keys come from: the process's stdin, or the opened `/dev/tty` when the article was piped in. */
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	/** False when NO_COLOR or --no-color asks for no colour. */
	readonly color: boolean;
};

/** Draws the article full screen until the reader quits; resolves to the exit code. */
export async function runInteractive(
	article: Article,
	options: InteractiveOptions,
): Promise<number> {
	const instance = render(<Text>{article.title}</Text>, {
		stdin: options.stdin,
		stdout: options.stdout,
	});
	instance.unmount();
	await instance.waitUntilExit();
	return 0;
}
