import {runStepsInSlices} from '../article/steps.js';
import type {Article, TimelineEvent} from '../article/types.js';

const cache = new WeakMap<Article, readonly number[]>();

/** Dates in order (`2014` before `2014-03`), undated events last. */
function byDate(left: TimelineEvent, right: TimelineEvent): number {
	if (left.date === right.date) return 0;
	if (left.date === null) return 1;
	if (right.date === null) return -1;
	return left.date < right.date ? -1 : 1;
}

/**
 * The order in steps: checks that the events are in date order, as a built article's are, a
 * few thousand at a time, and sorts them only when they are not.
 */
function* orderSteps(events: readonly TimelineEvent[]): Generator<void, number[], void> {
	const order = new Array<number>(events.length);
	let sorted = true;
	for (let index = 0; index < events.length; index++) {
		order[index] = index;
		if (sorted && index > 0) sorted = byDate(events[index - 1]!, events[index]!) <= 0;
		if (index % 4096 === 4095) yield;
	}
	return sorted ? order : order.sort((a, b) => byDate(events[a]!, events[b]!) || a - b);
}

/**
 * Indices into `article.timeline` in display order: by date, earliest first (`2014` before
 * `2014-03`), undated events last, ties kept in article order. Known at once when prepared
 * (see `prepareTimelineOrder`); else worked out now, once per article.
 */
export function timelineOrder(article: Article): readonly number[] {
	let order = cache.get(article);
	if (!order) {
		const steps = orderSteps(article.timeline);
		let next = steps.next();
		while (!next.done) next = steps.next();
		order = next.value;
		cache.set(article, order);
	}
	return order;
}

/**
 * Works out `timelineOrder` a few milliseconds at a time, giving the event loop back between
 * slices, so that a long article's hundreds of thousands of events do not hold up keys when it
 * is first shown. Rejects with the signal's reason when `signal` aborts.
 */
export async function prepareTimelineOrder(article: Article, signal?: AbortSignal): Promise<void> {
	if (cache.has(article)) return;
	cache.set(article, await runStepsInSlices(orderSteps(article.timeline), signal));
}
