// Large plain-text articles for the load figures: realistic paragraphs with quotations,
// speakers and dates, made from a fixed seed so every run reads the same words.
import {existsSync, mkdirSync, openSync, closeSync, renameSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const version = 1;

/** The headline of every generated article; the interactive figures wait for it on screen. */
export const generatedTitle = 'Council approves harbour plan after months of debate';

/** A word that occurs in every generated article, for the search figure. */
export const generatedSearchWord = 'harbour';

const people = [
	['Maria Lopez', 'the mayor'],
	['Daniel Okafor', 'the finance minister'],
	['Helen Brandt', 'a spokeswoman for the port authority'],
	['Tomasz Nowak', 'the opposition leader'],
	['Aiko Tanaka', 'an economist at the university'],
	['Samuel Reyes', 'the union representative'],
];
const sayings = [
	'We will not back down on the harbour plan',
	'This is a strong and enduring commitment to the city',
	'The numbers simply do not add up for working families',
	'Nobody expected the council to move this quickly',
	'We have listened to every concern raised at the hearings',
	'It is a good day for the harbour and a better one for the people who work there',
	'There are still open questions about who pays for the dredging',
];
const dates = [
	'on Monday',
	'last week',
	'in 2014',
	'on March 18, 2014',
	'two years ago',
	'next month',
	'in the spring of 2019',
	'on 4 July 2021',
	'over the last decade',
	'earlier this year',
];
const facts = [
	'the council voted to extend the harbour wall and to rebuild the old ferry terminal',
	'the budget for the project rose by a third after engineers surveyed the seabed',
	'residents of the east quay gathered outside the town hall to demand a public inquiry',
	'the port authority published a report on shipping traffic and the harbour’s future',
	'a court in the capital rejected a challenge brought by a group of fishermen',
	'the ministry signed an agreement that shares the cost between the city and the state',
	'the first cargo ship in a generation docked at the rebuilt pier',
];

/** A small deterministic random number generator (mulberry32). */
function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	};
}

function paragraph(next) {
	const pick = (list) => list[Math.floor(next() * list.length)];
	const [name, role] = pick(people);
	const date = pick(dates);
	const sentences = [
		`${date[0].toUpperCase()}${date.slice(1)}, ${pick(facts)}.`,
		`“${pick(sayings)},” said ${name}, ${role}.`,
		`${name.split(' ')[1]} added that the city had “waited long enough” and that the work would begin ${pick(dates)}.`,
	];
	if (next() < 0.5)
		sentences.push(`According to ${pick(people)[0]}, ${pick(facts)} ${pick(dates)}.`);
	if (next() < 0.3) sentences.push(`“${pick(sayings)},” she told reporters.`);
	return sentences.join(' ');
}

/**
 * Writes a plain-text article of about `megabytes` MB (headline, then paragraphs separated by
 * blank lines) into the system's temporary folder, once; later calls reuse the file. Resolves
 * to its path.
 */
export function generateArticle(megabytes) {
	const folder = path.join(tmpdir(), 'readout-bench');
	const file = path.join(folder, `article-${megabytes}mb-v${version}.txt`);
	if (existsSync(file)) return file;
	mkdirSync(folder, {recursive: true});
	const partial = `${file}.${process.pid}.partial`;
	const descriptor = openSync(partial, 'w');
	const next = random(megabytes * 7919);
	const target = megabytes * 1024 * 1024;
	let written = writeSync(descriptor, `${generatedTitle}\n\n`);
	while (written < target) {
		const block = [];
		for (let index = 0; index < 200; index++) block.push(paragraph(next));
		written += writeSync(descriptor, block.join('\n\n') + '\n\n');
	}
	closeSync(descriptor);
	renameSync(partial, file);
	return file;
}

const fillerWords = ['harbour', 'council', 'plan', 'debate', 'the', 'ferry', 'quay', 'minister'];

/**
 * Writes a plain-text file of about `megabytes` MB that is one line with no line end at all,
 * opening with the generated headline as its first sentence. Resolves to its path.
 */
export function generateSingleLine(megabytes) {
	return generateOnce(`single-line-${megabytes}mb-v${version}.txt`, (write) => {
		let written = write(`${generatedTitle}.`);
		const target = megabytes * 1024 * 1024;
		for (let index = 0; written < target; index++) {
			written += write(` ${fillerWords[index % fillerWords.length]}`);
		}
	});
}

/**
 * Writes a plain-text file of the generated headline and then `count` short lines, each a
 * paragraph of its own (`Line 12 of the harbour.`). Resolves to its path.
 */
export function generateShortLines(count) {
	return generateOnce(`short-lines-${count}-v${version}.txt`, (write) => {
		write(`${generatedTitle}\n`);
		const block = [];
		for (let index = 0; index < count; index++) {
			block.push(`Line ${index} of the ${fillerWords[index % fillerWords.length]}.\n`);
			if (block.length === 10_000 || index === count - 1) {
				write(block.join(''));
				block.length = 0;
			}
		}
	});
}

/** Writes a file in the temporary folder once, through `fill(write)`; returns its path. */
function generateOnce(name, fill) {
	const folder = path.join(tmpdir(), 'readout-bench');
	const file = path.join(folder, name);
	if (existsSync(file)) return file;
	mkdirSync(folder, {recursive: true});
	const partial = `${file}.${process.pid}.partial`;
	const descriptor = openSync(partial, 'w');
	fill((text) => writeSync(descriptor, text));
	closeSync(descriptor);
	renameSync(partial, file);
	return file;
}
