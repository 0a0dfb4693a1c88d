import * as zlib from 'node:zlib';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {
	Column,
	lazyArray,
	ParagraphStore,
	sliceLazily,
	TextStore,
} from '../../source/article/stored-text.js';

describe.each([
	['raw', undefined],
	['compressed', zlib],
])('TextStore, %s', (_name, compression) => {
	test('gives back every string added, across blocks, and nothing else', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({unit: 'grapheme', maxLength: 40_000}), {maxLength: 12}),
				(texts) => {
					const store = new TextStore(compression);
					for (const text of texts) store.add(text);
					expect(store.length).toBe(texts.length);
					expect(Array.from({length: texts.length}, (_, index) => store.get(index))).toEqual(texts);
					expect(store.get(texts.length)).toBeUndefined();
					expect(store.get(-1)).toBeUndefined();
				},
			),
			{numRuns: 30},
		);
	});

	test('truncated, even into a full block, it is filled again from there', () => {
		const store = new TextStore(compression);
		const texts = Array.from({length: 300}, (_, index) => `${'é’'.repeat(200)} ${index}`);
		for (const text of texts) store.add(text);
		store.truncate(100);
		expect(store.length).toBe(100);
		expect(store.get(99)).toBe(texts[99]);
		expect(store.get(100)).toBeUndefined();
		store.add('after');
		expect(store.get(100)).toBe('after');
		expect(Array.from({length: 100}, (_, index) => store.get(index))).toEqual(texts.slice(0, 100));
	});
});

test('compression keeps long English text in a fraction of its size', () => {
	const compressed = new TextStore(zlib);
	const raw = new TextStore();
	for (let index = 0; index < 4000; index++) {
		const text = `The council met on Monday ${index} to discuss the harbour plan, “again”.`;
		compressed.add(text);
		raw.add(text);
	}
	expect(compressed.get(1234)).toContain('Monday 1234 ');
	// 4000 strings of about 75 bytes: 300 KB of text, held as such when not compressed.
	expect(raw.bytes).toBeGreaterThan(300_000);
	expect(compressed.bytes).toBeLessThan(raw.bytes / 2);
});

test('a Column grows and trims', () => {
	const column = new Column(2);
	for (let index = 0; index < 1000; index++) column.push(index * 3);
	column.trim();
	expect(column.length).toBe(1000);
	expect(column.at(999)).toBe(2997);
});

describe('lazyArray', () => {
	const squares = () =>
		lazyArray(
			() => 5,
			(index) => index * index,
		);

	test('reads like a read-only array', () => {
		const array = squares();
		expect(Array.isArray(array)).toBe(true);
		expect(array.length).toBe(5);
		expect([...array]).toEqual([0, 1, 4, 9, 16]);
		expect(array.map((value) => value + 1)).toEqual([1, 2, 5, 10, 17]);
		expect([...array.entries()].at(-1)).toEqual([4, 16]);
		expect(array.slice(1, 3)).toEqual([1, 4]);
		expect(array.findIndex((value) => value === 9)).toBe(3);
		expect(array[5]).toBeUndefined();
		expect(Object.keys(array)).toEqual(['0', '1', '2', '3', '4']);
		expect(JSON.stringify(array)).toBe('[0,1,4,9,16]');
		expect(array).toEqual([0, 1, 4, 9, 16]);
		expect(() => {
			'use strict';
			array[1] = 7;
		}).toThrow(TypeError);
	});

	test('sliceLazily reads no item of a lazy array', () => {
		let reads = 0;
		const array = lazyArray(
			() => 1000,
			(index) => {
				reads++;
				return index;
			},
		);
		const slice = sliceLazily(array, 10, 20);
		expect(reads).toBe(0);
		expect(slice.length).toBe(10);
		expect(slice[0]).toBe(10);
		expect(sliceLazily([1, 2, 3], 1, 2)).toEqual([2]);
	});
});

test('ParagraphStore runs grow and shrink as arrays do; only the last run grows', () => {
	const store = new ParagraphStore(zlib);
	const first = store.run();
	first.push('one', 'two');
	const second = store.run();
	second.push('three');
	expect(() => first.push('late')).toThrow();
	second.push('four', 'five');
	second.length -= 1;
	expect([...first]).toEqual(['one', 'two']);
	expect([...second]).toEqual(['three', 'four']);
	second.push('six');
	expect([...second]).toEqual(['three', 'four', 'six']);
});
