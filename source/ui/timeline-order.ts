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
 * Indices into `article.timeline` in display order: by date, earliest first (`2014` before
 * `2014-03`), undated events last, ties kept in article order. A built article's timeline is in
 * that order already, which is checked without sorting: a long article has hundreds of
 * thousands of events, and this runs when it is first shown.
 */
export function timelineOrder(article: Article): readonly number[] {
	let order = cache.get(article);
	if (!order) {
		const events = article.timeline;
		const identity = Array.from(events, (_, index) => index);
		let sorted = true;
		for (let index = 1; index < events.length && sorted; index++) {
			sorted = byDate(events[index - 1]!, events[index]!) <= 0;
		}
		order = sorted ? identity : identity.sort((a, b) => byDate(events[a]!, events[b]!) || a - b);
		cache.set(article, order);
	}
	return order;
}
