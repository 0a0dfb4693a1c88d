import {closeSync, openSync} from 'node:fs';

/** What decides between drawing the reader and printing. */
export type ModeInputs = {
	readonly stdoutIsTerminal: boolean;
	/** `--plain`, `--format` or `--section` was given. */
	readonly printRequested: boolean;
	readonly environment: NodeJS.ProcessEnv;
};

/**
 * Draw the interactive reader only when stdout is a terminal, printing was not asked for, and
 * the terminal is a real one: not `TERM=dumb`, and not a CI run (`CI` set to anything but
 * `false` or `0`), where a program should never wait for keys.
 */
export function wantsInteractive({
	stdoutIsTerminal,
	printRequested,
	environment,
}: ModeInputs): boolean {
	const ci = environment['CI'];
	const inCi = ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
	return stdoutIsTerminal && !printRequested && !inCi && environment['TERM'] !== 'dumb';
}

/**
 * The terminal to read keys from: stdin when it is one and the article did not come from it,
 * otherwise `/dev/tty` (as less does). Undefined when there is none, e.g. under `setsid` or in
 * a container without a terminal: the caller then prints instead. node:tty is imported here, not
 * at the top, because the printed path never needs it and it loads Node's network streams.
 */
export async function openKeyboard(
	stdin: NodeJS.ReadStream,
	articleFromStdin: boolean,
): Promise<NodeJS.ReadStream | undefined> {
	if (stdin.isTTY && !articleFromStdin) {
		return stdin;
	}
	const {ReadStream, isatty} = await import('node:tty');
	try {
		const fd = openSync('/dev/tty', 'r');
		if (!isatty(fd)) {
			closeSync(fd);
			return undefined;
		}
		return new ReadStream(fd);
	} catch {
		return undefined;
	}
}

/** Colour from the environment: FORCE_COLOR forces it on (or off when `0`/`false`), NO_COLOR off. */
export function environmentColor(environment: NodeJS.ProcessEnv): boolean | undefined {
	const force = environment['FORCE_COLOR'];
	if (force !== undefined) {
		return force !== '0' && force !== 'false';
	}
	if (environment['NO_COLOR']) {
		return false;
	}
	return undefined;
}
