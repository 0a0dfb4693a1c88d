// A long article's paragraphs kept as compressed UTF-8 rather than as JavaScript strings. A
// string holding a single character above U+00FF (a curly quote, a dash) takes two bytes for
// every character, so a 100 MB article would take 200 MB as text before any model is built;
// compressed, it takes a fraction of its size on disk. Paragraphs are decoded again when they
// are read, a few at a time.

import type * as zlib from 'node:zlib';

/**
 * What a store compresses its blocks with: node:zlib, passed in so that only a long article's
 * reading pays for loading it.
 */
export type Compression = Pick<typeof zlib, 'deflateRawSync' | 'inflateRawSync'>;

/** Bytes in each block of a store: a paragraph longer than this gets a block of its own. */
const blockBytes = 64 * 1024;

/** A growable column of unsigned 32-bit integers. */
export class Column {
	private values: Uint32Array;
	length = 0;

	constructor(capacity = 1024) {
		this.values = new Uint32Array(capacity);
	}

	push(value: number): void {
		if (this.length === this.values.length) {
			const grown = new Uint32Array(this.values.length * 2);
			grown.set(this.values);
			this.values = grown;
		}
		this.values[this.length++] = value;
	}

	at(index: number): number {
		return this.values[index]!;
	}

	/** Gives back the room kept for growth. */
	trim(): void {
		if (this.values.length > this.length) this.values = this.values.slice(0, this.length);
	}
}

/**
 * Strings appended one after another and read back by index, kept as UTF-8 in blocks of about
 * 64 KB. With `compression`, each block is compressed (raw deflate, fastest level) once it is
 * full: text takes a third of its size or less, and a block is inflated in a fraction of a
 * millisecond when read.
 */
export class TextStore {
	/** The full blocks, compressed. */
	private readonly sealed: Buffer[] = [];
	/** The block being filled, number `sealed.length`. */
	private open: Buffer = Buffer.allocUnsafe(0);
	private used = 0;
	private readonly blockOf = new Column();
	private readonly startOf = new Column();
	private readonly endOf = new Column();
	/** The last few blocks inflated and strings read: reading is mostly local. */
	private readonly inflated = new Map<number, Buffer>();
	private readonly recent = new Map<number, string>();

	constructor(private readonly compression?: Compression) {}

	get length(): number {
		return this.blockOf.length;
	}

	/** Bytes held for the strings' text, the block being filled counted whole. */
	get bytes(): number {
		return this.sealed.reduce((sum, block) => sum + block.length, this.open.length);
	}

	/** Appends `text`; its index is the length before. */
	add(text: string): void {
		const bytes = Buffer.byteLength(text);
		if (this.used + bytes > this.open.length) {
			this.seal();
			this.open = Buffer.allocUnsafe(Math.max(blockBytes, bytes));
		}
		this.open.write(text, this.used);
		this.blockOf.push(this.sealed.length);
		this.startOf.push(this.used);
		this.used += bytes;
		this.endOf.push(this.used);
	}

	/** The string at `index`, or undefined out of range. */
	get(index: number): string | undefined {
		if (!(index >= 0 && index < this.length)) return undefined;
		const cached = this.recent.get(index);
		if (cached !== undefined) return cached;
		const text = this.bytesOf(this.blockOf.at(index)).toString(
			'utf8',
			this.startOf.at(index),
			this.endOf.at(index),
		);
		remember(this.recent, index, text, recentStrings);
		return text;
	}

	/** Forgets every string from `length` on. */
	truncate(length: number): void {
		while (this.length > length) {
			this.blockOf.length--;
			this.startOf.length--;
			this.endOf.length--;
		}
		this.recent.clear();
		const last = this.length - 1;
		if (last < 0) return;
		// The block of the last string left is opened again, to be filled from its end.
		while (this.blockOf.at(last) < this.sealed.length) {
			this.open = this.inflate(this.sealed.pop()!);
			this.inflated.clear();
		}
		this.used = this.endOf.at(last);
	}

	private seal(): void {
		if (this.used === 0) return;
		const block = this.open.subarray(0, this.used);
		this.sealed.push(this.compression ? this.compression.deflateRawSync(block, {level: 1}) : block);
		this.used = 0;
	}

	private bytesOf(block: number): Buffer {
		if (block === this.sealed.length) return this.open;
		let bytes = this.inflated.get(block);
		if (!bytes) {
			bytes = this.inflate(this.sealed[block]!);
			remember(this.inflated, block, bytes, inflatedBlocks);
		}
		return bytes;
	}

	private inflate(block: Buffer): Buffer {
		return this.compression ? this.compression.inflateRawSync(block) : block;
	}
}

/** Sets `key` in `map`, forgetting the oldest entry when it holds `size` already. */
function remember<Key, Value>(map: Map<Key, Value>, key: Key, value: Value, size: number): void {
	if (map.size >= size) map.delete(map.keys().next().value!);
	map.set(key, value);
}

/** How many inflated blocks a store keeps at hand: a screen of quotes or events from apart. */
const inflatedBlocks = 8;

/** How many decoded strings a store keeps at hand. */
const recentStrings = 64;

const lazyArrays = new WeakSet<object>();

const isIndex = (key: string | symbol): key is string =>
	typeof key === 'string' && /^(?:0|[1-9]\d*)$/.test(key);

/**
 * A read-only array whose items are made when read: `item(index)` for each index below
 * `length()`. It is a real array to `Array.isArray`, and the array methods (`map`, `entries`,
 * `slice`, iteration…) work on it, each read making the item anew. With `push`, pushing
 * appends through it, and setting `length` lower goes to `truncate`.
 */
export function lazyArray<Item>(
	length: () => number,
	item: (index: number) => Item,
	{push, truncate}: {push?: (item: Item) => void; truncate?: (length: number) => void} = {},
): Item[] {
	const target: Item[] = [];
	const array = new Proxy(target, {
		get(_, key, receiver) {
			if (key === 'length') return length();
			if (isIndex(key)) {
				const index = Number(key);
				return index < length() ? item(index) : undefined;
			}
			return Reflect.get(target, key, receiver) as unknown;
		},
		set(_, key, value) {
			if (key === 'length' && truncate && typeof value === 'number' && value <= length()) {
				truncate(value);
				return true;
			}
			if (isIndex(key) && push && Number(key) === length()) {
				push(value as Item);
				return true;
			}
			return false;
		},
		has(_, key) {
			return isIndex(key) ? Number(key) < length() : Reflect.has(target, key);
		},
		ownKeys() {
			return [...Array.from({length: length()}, (_, index) => String(index)), 'length'];
		},
		getOwnPropertyDescriptor(_, key) {
			if (key === 'length') {
				return {value: length(), writable: true, enumerable: false, configurable: false};
			}
			if (isIndex(key) && Number(key) < length()) {
				return {value: item(Number(key)), writable: false, enumerable: true, configurable: true};
			}
			return undefined;
		},
		defineProperty() {
			return false;
		},
		deleteProperty() {
			return false;
		},
	});
	lazyArrays.add(array);
	return array;
}

/**
 * Paragraphs kept in one `TextStore`, handed out as arrays each holding a run of them. Runs
 * follow one another in the store, as the parts of a document do, so only the run that ends the
 * store may grow (`push`) or shrink (`length`); the others throw.
 */
export class ParagraphStore {
	readonly text: TextStore;

	constructor(compression?: Compression) {
		this.text = new TextStore(compression);
	}

	/** A new, empty run of paragraphs, after every run handed out before. */
	run(): string[] {
		const start = this.text.length;
		let end = start;
		return lazyArray(
			() => end - start,
			(index) => this.text.get(start + index)!,
			{
				push: (paragraph) => {
					if (end !== this.text.length) throw new Error('only the last run of paragraphs grows');
					this.text.add(paragraph);
					end++;
				},
				truncate: (length) => {
					if (end !== this.text.length) throw new Error('only the last run of paragraphs shrinks');
					end = start + length;
					this.text.truncate(end);
				},
			},
		);
	}
}

/** `items.slice(start, end)`, reading none of the items of a lazy array (see `lazyArray`). */
export function sliceLazily<Item>(items: readonly Item[], start: number, end: number): Item[] {
	if (!lazyArrays.has(items)) return items.slice(start, end);
	return lazyArray(
		() => end - start,
		(index) => items[start + index]!,
	);
}
