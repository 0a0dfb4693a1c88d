import {splitFrontMatter, type FrontMatter} from './front-matter.js';
import {
	detectFormat,
	documentSteps,
	lineSteps,
	readSteps,
	type InputFormat,
	type ParsedDocument,
} from './parse.js';
import {within, type Steps} from './steps.js';

/** A long text read a part at a time, from its start, as often as needed. */
export type TextParts = {
	/**
	 * The text's parts in order, decoded as `decode` does: each but the last ends with a line
	 * end, and the first has lost any byte order mark. Each call reads from the start again.
	 */
	parts(): Iterable<string>;
	/** The share of the whole text up to the end of the part given last, 0 to 1. */
	readonly share: number;
};

/**
 * `parseSteps` of the whole text of `source`, read a part at a time and never held whole:
 * each paragraph is pushed to an array made by `newList` (see `ParagraphStore`) as it is read.
 * Front matter is looked for in the first part.
 */
export function* parsePartsSteps(
	source: TextParts,
	format: InputFormat | 'auto' = 'auto',
	newList: () => string[] = () => [],
): Steps<ParsedDocument> {
	let frontMatter: Pick<FrontMatter, 'present' | 'body'> & {fields: FrontMatter['fields'] | null} =
		{present: false, fields: null, body: ''};
	function* bodyParts(): Generator<string, void, void> {
		// Front matter is looked for in an opening of at least `frontMatterCharacters`.
		let opening: string | null = format === 'text' ? null : '';
		for (const part of source.parts()) {
			if (opening === null) {
				yield part;
				continue;
			}
			opening += part;
			if (opening.length >= frontMatterCharacters) {
				frontMatter = splitFrontMatter(opening);
				opening = null;
				yield frontMatter.body;
			}
		}
		if (opening !== null) {
			frontMatter = splitFrontMatter(opening);
			yield frontMatter.body;
		}
	}
	let resolved: InputFormat = format === 'auto' ? 'text' : format;
	if (format === 'auto') {
		let first = true;
		for (const part of bodyParts()) {
			if (detectFormat(part, first && frontMatter.present) === 'markdown') {
				resolved = 'markdown';
				break;
			}
			first = false;
			yield source.share * 0.1;
		}
	}
	const lines = function* (line: (text: string, start: number, stop: number) => void) {
		for (const part of bodyParts()) {
			// A part ends with a line end: its last line is the one before it.
			const end = part.endsWith('\n') ? part.length - 1 : part.length;
			// Progress is the share of the whole text read, not of the part.
			const steps = lineSteps(part, end, line);
			while (!steps.next().done) yield source.share;
		}
	};
	const raw = yield* within(0.1, 0.6, readSteps(resolved, lines, newList));
	return yield* within(0.6, 1, documentSteps(raw, frontMatter.fields, resolved, true));
}

/** Front matter longer than this, at the start of a text read in parts, is not looked for. */
const frontMatterCharacters = 65_536;
