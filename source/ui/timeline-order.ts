import type {Article} from '../article/types.js';

const cache = new WeakMap<Article, readonly number[]>();

/**
 * Indices into `article.timeline` in display order: by date, earliest first (`2014` before
 * `2014-03`), undated events last, ties kept in article order.
 */
export function timelineOrder(article: Article): readonly number[] {
	let order = cache.get(article);
	if (!order) {
		const events = article.timeline;
		order = events
			.map((_, index) => index)
			.sort((a, b) => {
				const left = events[a]!.date;
				const right = events[b]!.date;
				if (left === right) return a - b;
				if (left === null) return 1;
				if (right === null) return -1;
				return left < right ? -1 : 1;
			});
		cache.set(article, order);
	}
	return order;
}
