import {depthSteps, gapsPerStep, similaritySteps} from './cohesion.js';
import {runSteps, within, type Steps} from './steps.js';
import {sliceLazily} from './stored-text.js';
import {phraseTitles, phraseTitleSteps} from './titles.js';
import type {Section} from './types.js';
/** A heading (null when the text gave none) and the clean paragraphs under it. */
export type HeadedPart = {
	readonly heading: string | null;
	readonly paragraphs: readonly string[];
};

/**
 * Sections from Markdown headings. Parts without paragraphs are dropped (a heading alone holds
 * nothing to read); a part without a heading, or with an empty one, gets a phrase from its text.
 */
export function sectionsFromHeadings(parts: readonly HeadedPart[]): Section[] {
	const kept = parts.filter((part) => part.paragraphs.length > 0);
	const needTitles = kept.map((part) => (part.heading ? [] : part.paragraphs));
	const phrases = phraseTitles(needTitles);
	let start = 0;
	return kept.map((part, index) => {
		const section = {
			title: part.heading || (phrases[index] ?? ''),
			paragraphs: part.paragraphs,
			start,
		};
		start += part.paragraphs.length;
		return section;
	});
}

/**
 * Groups headingless paragraphs into sections of related paragraphs, after TextTiling (Hearst
 * 1997) with paragraphs as the units: at each gap between paragraphs, the cosine similarity of
 * the content-word counts of the paragraphs just before and just after; a gap's depth is how far
 * similarity falls there from the nearest peaks on both sides; gaps deeper than mean − sd/2 that
 * are local maxima become boundaries, deepest first. Sections keep at least two paragraphs once
 * there are eight or more; the number of sections grows slowly with length (12 paragraphs → at
 * most 4, 40 → at most 10, never more than about 25), and very long stretches are split at their
 * deepest gaps. Each section is titled with a phrase from its own text. Every paragraph lands
 * in exactly one section, in order. Linear in the text, but for picking the deepest gaps.
 */
export function segmentParagraphs(paragraphs: readonly string[]): Section[] {
	return runSteps(segmentSteps(paragraphs));
}

/** `segmentParagraphs` in steps (see `Steps`). */
export function* segmentSteps(paragraphs: readonly string[]): Steps<Section[]> {
	if (paragraphs.length === 0) {
		return [];
	}

	const boundaries = yield* within(0, 0.95, boundarySteps(paragraphs));
	const groups: Array<readonly string[]> = [];
	const starts: number[] = [];
	let start = 0;
	for (const boundary of [...boundaries, paragraphs.length - 1]) {
		groups.push(sliceLazily(paragraphs, start, boundary + 1));
		starts.push(start);
		start = boundary + 1;
	}

	yield 0.95;
	const titles = yield* within(0.95, 1, phraseTitleSteps(groups));
	return groups.map((group, index) => ({
		title: titles[index] ?? '',
		paragraphs: group,
		start: starts[index] ?? 0,
	}));
}

/** Gap indices (gap g lies after paragraph g) where a new section starts, in order. */
function* boundarySteps(paragraphs: readonly string[]): Steps<number[]> {
	const count = paragraphs.length;
	if (count < 3) {
		return [];
	}

	const similarities = yield* within(0, 0.9, similaritySteps(paragraphs, count < 6 ? 1 : 2));
	const depths = yield* within(0.9, 0.92, depthSteps(similarities));
	const minimumSize = count >= 8 ? 2 : 1;
	const maximumSections = Math.max(2, Math.floor(count / (2.4 + count / 25)));
	const minimumSections = Math.min(maximumSections, Math.ceil(count / 8));
	let sum = 0;
	for (let gap = 0; gap < depths.length; gap++) {
		sum += depths[gap]!;
		if (gap % gapsPerStep === 0) {
			yield 0.92;
		}
	}

	const mean = sum / depths.length;
	let squares = 0;
	for (let gap = 0; gap < depths.length; gap++) {
		squares += (depths[gap]! - mean) ** 2;
		if (gap % gapsPerStep === 0) {
			yield 0.93;
		}
	}

	const cutoff = mean - Math.sqrt(squares / depths.length) / 2;
	const taken = new Uint8Array(depths.length);
	let sections = 1;
	const take = (gap: number): void => {
		if (fits(taken, gap, minimumSize)) {
			taken[gap] = 1;
			sections++;
		}
	};

	yield 0.94;
	const peaks: number[] = [];
	for (let gap = 0; gap < depths.length; gap++) {
		const depth = depths[gap]!;
		const previous = gap > 0 ? depths[gap - 1]! : 0;
		const next = gap + 1 < depths.length ? depths[gap + 1]! : 0;
		const isPeak = depth >= previous && depth >= next;
		if (depth > 0 && depth > cutoff && isPeak) {
			peaks.push(gap);
		}

		if (gap % gapsPerStep === 0) {
			yield 0.94;
		}
	}

	const deepestPeaks = new DeepestFirst(depths, Uint32Array.from(peaks));
	yield* within(0.95, 0.97, deepestPeaks.build());
	for (let gap = deepestPeaks.next(); gap !== undefined; gap = deepestPeaks.next()) {
		if (sections >= maximumSections) {
			break;
		}

		take(gap);
	}

	if (sections < minimumSections) {
		const deepest = new DeepestFirst(depths, allGaps(depths.length));
		yield* within(0.97, 0.99, deepest.build());
		for (let gap = deepest.next(); gap !== undefined; gap = deepest.next()) {
			if (sections >= minimumSections) {
				break;
			}

			take(gap);
		}
	}

	const boundaries: number[] = [];
	for (let gap = 0; gap < taken.length; gap++) {
		if (taken[gap] === 1) {
			boundaries.push(gap);
		}
	}

	return boundaries;
}

/**
 * The gaps, deepest first, equal depths in text order: a heap, so finding the few deepest of a
 * million gaps does not sort them all. `build` the heap (in steps) before taking gaps.
 */
class DeepestFirst {
	private size: number;

	constructor(
		private readonly depths: Float64Array,
		private readonly heap: Uint32Array,
	) {
		this.size = heap.length;
	}

	*build(): Steps<void> {
		const last = (this.size >> 1) - 1;
		for (let index = last; index >= 0; index--) {
			this.siftDown(index);
			if (index % gapsPerStep === 0) {
				yield 1 - index / (last + 1);
			}
		}
	}

	/** The deepest gap not yet taken, or undefined when none is left. */
	next(): number | undefined {
		if (this.size === 0) {
			return undefined;
		}

		const {heap} = this;
		const top = heap[0];
		this.size--;
		heap[0] = heap[this.size]!;
		this.siftDown(0);
		return top;
	}

	private before(a: number, b: number): boolean {
		const {depths} = this;
		return depths[a]! > depths[b]! || (depths[a] === depths[b] && a < b);
	}

	private siftDown(from: number): void {
		const {heap, size} = this;
		let parent = from;
		for (;;) {
			const left = 2 * parent + 1;
			let first = parent;
			if (left < size && this.before(heap[left]!, heap[first]!)) {
				first = left;
			}

			if (left + 1 < size && this.before(heap[left + 1]!, heap[first]!)) {
				first = left + 1;
			}

			if (first === parent) {
				return;
			}

			[heap[parent], heap[first]] = [heap[first]!, heap[parent]!];
			parent = first;
		}
	}
}

function allGaps(count: number): Uint32Array {
	const gaps = new Uint32Array(count);
	for (let gap = 0; gap < count; gap++) {
		gaps[gap] = gap;
	}

	return gaps;
}

/** Would a boundary at `gap` leave every section with at least `size` paragraphs? */
function fits(taken: Uint8Array, gap: number, size: number): boolean {
	if (gap < size - 1 || gap > taken.length - size) {
		return false;
	}

	for (
		let other = Math.max(0, gap - size + 1);
		other < Math.min(taken.length, gap + size);
		other++
	) {
		if (taken[other] === 1) {
			return false;
		}
	}

	return true;
}

/** The index of the section holding body paragraph `paragraph` (sections are in order). */
export function sectionOf(sections: readonly Section[], paragraph: number): number {
	let low = 0;
	let high = sections.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (sections[middle]!.start <= paragraph) low = middle;
		else high = middle - 1;
	}
	return low;
}
