import {stepCharacters, type Steps} from './steps.js';
import {forEachContentTerm} from './words.js';

/** The content terms of one paragraph: term ids and how often each occurs. */
export type TermVector = {
	readonly ids: readonly number[];
	readonly counts: readonly number[];
};

/**
 * Two adjacent blocks of paragraphs, left and right of a gap, and the cosine similarity of
 * their summed term counts. Terms are numbered while some paragraph in the window holds them,
 * and the numbers are reused once none does, so memory follows the window, not the article.
 * The dot product and the sums of squares are kept up to date as paragraphs enter and leave,
 * so a step costs the size of the paragraph that moves, never the size of the blocks. Every
 * count is a whole number, so the sums are exact and the cosine does not depend on the order
 * the paragraphs came in.
 */
export class CohesionWindow {
	private readonly ids = new Map<string, number>();
	private readonly terms: string[] = [];
	private readonly free: number[] = [];
	private references = new Int32Array(256);
	private scratch = new Int32Array(256);
	private left = new Float64Array(256);
	private right = new Float64Array(256);
	private dot = 0;
	private leftSquares = 0;
	private rightSquares = 0;

	/** The term vector of a paragraph; it holds its terms' numbers until `release`. */
	vector(text: string): TermVector {
		const touched: number[] = [];
		forEachContentTerm(text, (term) => {
			const id = this.ids.get(term) ?? this.number(term);
			if (this.scratch[id] === 0) {
				touched.push(id);
			}

			this.scratch[id]!++;
		});
		// Plain arrays: a typed array per paragraph would mean a small allocation outside the heap.
		const ids = touched;
		const counts: number[] = [];
		for (let index = 0; index < ids.length; index++) {
			const id = ids[index]!;
			counts.push(this.scratch[id]!);
			this.scratch[id] = 0;
			this.references[id]!++;
		}

		return {ids, counts};
	}

	/** Gives back a vector's term numbers; it must be in neither block. */
	release(vector: TermVector): void {
		for (const id of vector.ids) {
			if (--this.references[id]! === 0) {
				this.ids.delete(this.terms[id]!);
				this.free.push(id);
			}
		}
	}

	/** Adds a paragraph's counts to (sign 1) or takes them from (sign -1) one block. */
	add(side: 'left' | 'right', vector: TermVector, sign: 1 | -1): void {
		const [own, other] = side === 'left' ? [this.left, this.right] : [this.right, this.left];
		let squares = 0;
		let dot = 0;
		const {ids, counts} = vector;
		for (let index = 0; index < ids.length; index++) {
			const id = ids[index]!;
			const count = sign * counts[index]!;
			const old = own[id]!;
			const updated = old + count;
			squares += updated * updated - old * old;
			dot += count * other[id]!;
			own[id] = updated;
		}

		this.dot += dot;
		if (side === 'left') {
			this.leftSquares += squares;
		} else {
			this.rightSquares += squares;
		}
	}

	/** Cosine similarity of the two blocks; 0 when either is empty. */
	cosine(): number {
		const denominator = Math.sqrt(this.leftSquares * this.rightSquares);
		return denominator === 0 ? 0 : this.dot / denominator;
	}

	private number(term: string): number {
		const id = this.free.pop() ?? this.terms.length;
		this.terms[id] = term;
		this.ids.set(term, id);
		if (id >= this.scratch.length) {
			const size = this.scratch.length * 2;
			this.references = grown(this.references, new Int32Array(size));
			this.scratch = grown(this.scratch, new Int32Array(size));
			this.left = grown(this.left, new Float64Array(size));
			this.right = grown(this.right, new Float64Array(size));
		}

		return id;
	}
}

function grown<T extends Int32Array | Float64Array>(old: T, larger: T): T {
	larger.set(old);
	return larger;
}

/**
 * Similarity at each gap of the `blockSize` paragraphs before it and after it. The two blocks
 * slide along the text, each step adding one paragraph's counts and taking one away, so only a
 * window of paragraph vectors is ever alive and the cost is linear.
 */
export function* similaritySteps(
	paragraphs: readonly string[],
	blockSize: number,
): Steps<Float64Array> {
	const count = paragraphs.length;
	const window = new CohesionWindow();
	const vectors = new Map<number, TermVector>();
	let characters = 0;
	const vectorAt = (index: number): TermVector => {
		let vector = vectors.get(index);
		if (!vector) {
			const text = paragraphs[index] ?? '';
			characters += text.length;
			vector = window.vector(text);
			vectors.set(index, vector);
		}

		return vector;
	};

	window.add('left', vectorAt(0), 1);
	for (let index = 1; index <= blockSize && index < count; index++) {
		window.add('right', vectorAt(index), 1);
	}

	const similarities = new Float64Array(count - 1);
	similarities[0] = window.cosine();
	for (let gap = 1; gap < count - 1; gap++) {
		const leaving = gap - blockSize;
		if (leaving >= 0) {
			const vector = vectorAt(leaving);
			window.add('left', vector, -1);
			window.release(vector);
			vectors.delete(leaving);
		}

		window.add('left', vectorAt(gap), 1);
		window.add('right', vectorAt(gap), -1);
		if (gap + blockSize < count) {
			window.add('right', vectorAt(gap + blockSize), 1);
		}

		similarities[gap] = window.cosine();
		if (characters >= stepCharacters) {
			characters = 0;
			yield gap / count;
		}
	}

	return similarities;
}

/** Loops over a million gaps pause this often. */
export const gapsPerStep = 1 << 16;

/** Hearst's depth: the climb to the nearest peak on the left plus the one on the right. */
export function* depthSteps(similarities: Float64Array): Steps<Float64Array> {
	const count = similarities.length;
	const leftPeaks = new Float64Array(count);
	for (let gap = 0; gap < count; gap++) {
		const similarity = similarities[gap]!;
		leftPeaks[gap] =
			gap > 0 && similarities[gap - 1]! >= similarity ? leftPeaks[gap - 1]! : similarity;
		if (gap % gapsPerStep === gapsPerStep - 1) {
			yield gap / count / 2;
		}
	}

	const depths = new Float64Array(count);
	let rightPeak = 0;
	for (let gap = count - 1; gap >= 0; gap--) {
		const similarity = similarities[gap]!;
		rightPeak = gap + 1 < count && similarities[gap + 1]! >= similarity ? rightPeak : similarity;
		depths[gap] = leftPeaks[gap]! - similarity + (rightPeak - similarity);
		if (gap % gapsPerStep === 0) {
			yield 1 - gap / count / 2;
		}
	}

	return depths;
}
