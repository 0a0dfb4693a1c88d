import {forEachContentTerm} from './words.js';

/** The content terms of one paragraph: term ids and how often each occurs. */
export type TermVector = {
	readonly ids: Int32Array;
	readonly counts: Int32Array;
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
		const ids = Int32Array.from(touched);
		const counts = new Int32Array(ids.length);
		for (let index = 0; index < ids.length; index++) {
			const id = ids[index]!;
			counts[index] = this.scratch[id]!;
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
