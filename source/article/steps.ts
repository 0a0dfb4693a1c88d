/**
 * A long computation cut into steps: the generator yields its progress (0 to 1) at points where
 * it may be paused, and returns its result. Run at once with `runSteps`, or a few milliseconds
 * at a time between other work (see `loadArticle`); either way the result is the same.
 */
export type Steps<Result> = Generator<number, Result, void>;

/** Runs every step at once and returns the result. */
export function runSteps<Result>(steps: Steps<Result>): Result {
	let next = steps.next();
	while (!next.done) {
		next = steps.next();
	}

	return next.value;
}

/** The steps of a part of a computation, their progress mapped into `from`…`to` of the whole. */
export function* within<Result>(from: number, to: number, steps: Steps<Result>): Steps<Result> {
	let next = steps.next();
	while (!next.done) {
		yield from + (to - from) * next.value;
		next = steps.next();
	}

	return next.value;
}

/** How much text a step handles before it offers to pause: well under a millisecond of work. */
export const stepCharacters = 16_384;

/** How long work in slices may hold the event loop before letting input and timers run. */
export const sliceMilliseconds = 8;

/**
 * Runs `steps` about 8 ms at a time, giving the event loop back (`setImmediate`) between slices,
 * so that keys, resizes and signals are answered meanwhile, and resolves to the result. After
 * each slice but the last, `onSlice` gets the value the steps yielded last. Rejects with the
 * signal's reason when `signal` aborts, at the next slice boundary.
 */
export async function runStepsInSlices<Yielded, Result>(
	steps: Generator<Yielded, Result, void>,
	signal?: AbortSignal,
	onSlice?: (last: Yielded) => void,
): Promise<Result> {
	for (;;) {
		signal?.throwIfAborted();
		const sliceEnd = performance.now() + sliceMilliseconds;
		let next = steps.next();
		while (!next.done && performance.now() < sliceEnd) next = steps.next();
		if (next.done) return next.value;
		onSlice?.(next.value);
		await new Promise<void>((resolve) => {
			setImmediate(resolve);
		});
	}
}
