import {phraseTitles} from './titles.js';
import type {Section} from './types.js';
import {contentTermCounts} from './words.js';

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
 * in exactly one section, in order. Linear in the text, but for sorting the gaps.
 */
export function segmentParagraphs(paragraphs: readonly string[]): Section[] {
	if (paragraphs.length === 0) {
		return [];
	}

	const boundaries = findBoundaries(paragraphs);
	const groups: Array<readonly string[]> = [];
	const starts: number[] = [];
	let start = 0;
	for (const boundary of [...boundaries, paragraphs.length - 1]) {
		groups.push(paragraphs.slice(start, boundary + 1));
		starts.push(start);
		start = boundary + 1;
	}

	const titles = phraseTitles(groups);
	return groups.map((group, index) => ({
		title: titles[index] ?? '',
		paragraphs: group,
		start: starts[index] ?? 0,
	}));
}

/** Gap indices (gap g lies after paragraph g) where a new section starts, in order. */
function findBoundaries(paragraphs: readonly string[]): number[] {
	const count = paragraphs.length;
	if (count < 3) {
		return [];
	}

	const depths = depthScores(gapSimilarities(paragraphs, count < 6 ? 1 : 2));
	const minimumSize = count >= 8 ? 2 : 1;
	const maximumSections = Math.max(2, Math.floor(count / (2.4 + count / 25)));
	const minimumSections = Math.min(maximumSections, Math.ceil(count / 8));
	const mean = depths.reduce((sum, depth) => sum + depth, 0) / depths.length;
	const variance = depths.reduce((sum, depth) => sum + (depth - mean) ** 2, 0) / depths.length;
	const cutoff = mean - Math.sqrt(variance) / 2;

	const byDepth = depths.map((_, gap) => gap).sort((a, b) => (depths[b] ?? 0) - (depths[a] ?? 0));
	const taken = new Uint8Array(depths.length);
	let sections = 1;
	const take = (gap: number): void => {
		if (sections < maximumSections && fits(taken, gap, minimumSize)) {
			taken[gap] = 1;
			sections++;
		}
	};

	for (const gap of byDepth) {
		const depth = depths[gap] ?? 0;
		const isPeak = depth >= (depths[gap - 1] ?? 0) && depth >= (depths[gap + 1] ?? 0);
		if (depth > 0 && depth > cutoff && isPeak) {
			take(gap);
		}
	}

	for (const gap of byDepth) {
		if (sections >= minimumSections) {
			break;
		}

		take(gap);
	}

	return depths.map((_, gap) => gap).filter((gap) => taken[gap] === 1);
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

/**
 * Similarity at each gap of the `blockSize` paragraphs before it and after it. The two blocks
 * slide along the text, each step adding one paragraph's counts and taking one away, so only a
 * window of paragraph vectors is ever alive and the cost is linear.
 */
function gapSimilarities(paragraphs: readonly string[], blockSize: number): number[] {
	const vectors = new Map<number, Map<string, number>>();
	const vectorAt = (index: number): Map<string, number> => {
		let vector = vectors.get(index);
		if (!vector) {
			vector = contentTermCounts(paragraphs[index] ?? '');
			vectors.set(index, vector);
		}

		return vector;
	};

	const left = new Block();
	const right = new Block();
	left.add(vectorAt(0), 1);
	for (let index = 1; index <= blockSize && index < paragraphs.length; index++) {
		right.add(vectorAt(index), 1);
	}

	const similarities = [left.cosine(right)];
	for (let gap = 1; gap < paragraphs.length - 1; gap++) {
		const leaving = gap - blockSize;
		if (leaving >= 0) {
			left.add(vectorAt(leaving), -1);
			vectors.delete(leaving);
		}

		left.add(vectorAt(gap), 1);
		right.add(vectorAt(gap), -1);
		if (gap + blockSize < paragraphs.length) {
			right.add(vectorAt(gap + blockSize), 1);
		}

		similarities.push(left.cosine(right));
	}

	return similarities;
}

/** Summed term counts of a run of paragraphs, with the sum of squares kept up to date. */
class Block {
	private readonly counts = new Map<string, number>();
	private squares = 0;

	add(vector: ReadonlyMap<string, number>, sign: 1 | -1): void {
		for (const [term, count] of vector) {
			const old = this.counts.get(term) ?? 0;
			const updated = old + sign * count;
			this.squares += updated * updated - old * old;
			if (updated === 0) {
				this.counts.delete(term);
			} else {
				this.counts.set(term, updated);
			}
		}
	}

	cosine(other: Block): number {
		const [small, large] = this.counts.size <= other.counts.size ? [this, other] : [other, this];
		let dot = 0;
		for (const [term, count] of small.counts) {
			dot += count * (large.counts.get(term) ?? 0);
		}

		const denominator = Math.sqrt(this.squares * other.squares);
		return denominator === 0 ? 0 : dot / denominator;
	}
}

/** Hearst's depth: the climb to the nearest peak on the left plus the one on the right. */
function depthScores(similarities: readonly number[]): number[] {
	const leftPeaks: number[] = [];
	for (const [gap, similarity] of similarities.entries()) {
		const previous = similarities[gap - 1];
		leftPeaks.push(
			previous !== undefined && previous >= similarity ? (leftPeaks[gap - 1] ?? 0) : similarity,
		);
	}

	const depths = Array.from(similarities, () => 0);
	let rightPeak = 0;
	for (let gap = similarities.length - 1; gap >= 0; gap--) {
		const similarity = similarities[gap] ?? 0;
		const next = similarities[gap + 1];
		rightPeak = next !== undefined && next >= similarity ? rightPeak : similarity;
		depths[gap] = (leftPeaks[gap] ?? 0) - similarity + (rightPeak - similarity);
	}

	return depths;
}
