/** Why a write failed, in the words `strerror` would use. */
const reasons: Record<string, string> = {
	ENOSPC: 'no space left on device',
	EIO: 'input/output error',
	EBADF: 'bad file descriptor',
	EFBIG: 'file too large',
	EDQUOT: 'disk quota exceeded',
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	ECONNRESET: 'connection reset by peer',
};

/** How many characters of parts are written to the stream at a time. */
const batchCharacters = 1 << 20;

/**
 * Writes `text` to `stream` and waits until it is handed to the system, so the process can end
 * on its own with every byte delivered, even into a slow reader. `text` may come in parts, made
 * as they are written: about a megabyte at a time, waiting for the stream to drain, so that a
 * long text never needs to be in memory whole. Resolves to the exit status:
 * 0 when written or when the reader went away (a closed pipe, as in `readout | head -1`, is no
 * error); otherwise 1 after one line on stderr, such as `readout: write error: no space left on
 * device`.
 */
export function writeOutput(
	stream: NodeJS.WritableStream,
	text: string | Iterable<string>,
	errors: NodeJS.WritableStream = process.stderr,
): Promise<number> {
	return new Promise((resolve) => {
		let settled = false;
		const settle = (error: NodeJS.ErrnoException | null | undefined): void => {
			if (settled) {
				return;
			}
			settled = true;
			if (!error || error.code === 'EPIPE') {
				resolve(0);
				return;
			}
			const reason =
				(error.code && reasons[error.code]) ?? error.code?.toLowerCase() ?? error.message;
			errors.write(`readout: write error: ${reason}\n`);
			resolve(1);
		};
		// Later errors from the same closed stream are expected; keep them from being thrown.
		stream.on('error', settle);
		if (typeof text === 'string') {
			stream.write(text, (error) => settle(error));
			return;
		}
		const parts = text[Symbol.iterator]();
		const pump = (): void => {
			while (!settled) {
				let batch = '';
				let done = false;
				while (batch.length < batchCharacters) {
					const next = parts.next();
					if (next.done) {
						done = true;
						break;
					}
					batch += next.value;
				}
				if (done) {
					stream.write(batch, (error) => settle(error));
					return;
				}
				if (!stream.write(batch)) {
					stream.once('drain', pump);
					return;
				}
			}
		};
		pump();
	});
}
