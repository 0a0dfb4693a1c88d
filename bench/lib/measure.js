// Repeated, interleaved timing. Each figure is a ratio of medians taken in the same run, so a
// busy or slow machine moves the subject and its floor together.

/**
 * Thrown by a measurement that cannot be taken (the program exited early, the text never
 * appeared); the table shows `n/a` with this message instead of a number.
 */
export class Unmeasurable extends Error {}

/** The median of a list of numbers; NaN for an empty list. */
export function median(values) {
	const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs each subject `runs` times, taking turns (a, b, a, b, …) so that a slow patch of the
 * machine hits all of them alike. A subject is a `{name, once}` pair where `once()` resolves
 * to milliseconds. When a subject throws, it is not run again and its error is kept.
 * Resolves to `{[name]: {samples, median, error}}`.
 */
export async function interleave(subjects, runs) {
	const results = Object.fromEntries(
		subjects.map((subject) => [subject.name, {samples: [], median: Number.NaN, error: null}]),
	);
	for (let run = 0; run < runs; run++) {
		for (const subject of subjects) {
			const result = results[subject.name];
			if (result.error) continue;
			try {
				result.samples.push(await subject.once());
			} catch (error) {
				result.error = error;
			}
		}
	}
	for (const result of Object.values(results)) result.median = median(result.samples);
	return results;
}

/** Why a result has no number: the error's message, or the first of several. */
export function reasonOf(...results) {
	const failed = results.find((result) => result.error);
	if (!failed) return null;
	return failed.error instanceof Unmeasurable
		? failed.error.message
		: `error: ${failed.error.message.split('\n')[0]}`;
}

/** `12.3 ms` with a precision that suits the size. */
export function formatMs(ms) {
	return `${ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)} ms`;
}
