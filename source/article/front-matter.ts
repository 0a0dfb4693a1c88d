import {CORE_SCHEMA, load} from 'js-yaml';
import {cleanLine} from './clean.js';

/** The metadata fields front matter may give; absent or unusable fields are null. */
export type FrontMatterFields = {
	readonly title: string | null;
	readonly source: string | null;
	readonly author: string | null;
	readonly published: string | null;
	readonly url: string | null;
	readonly copyright: string | null;
};

export type FrontMatter = {
	/** False when the text does not open with a `---` block closed by `---` or `...`. */
	readonly present: boolean;
	readonly fields: FrontMatterFields;
	/** The text after the closing line (all of it when there is no front matter). */
	readonly body: string;
};

const noFields: FrontMatterFields = {
	title: null,
	source: null,
	author: null,
	published: null,
	url: null,
	copyright: null,
};

/**
 * Splits YAML front matter off the start of the text. The YAML 1.2 core schema keeps dates as
 * strings; aliases are refused and nesting is capped, so hostile YAML stays cheap. YAML that does
 * not parse, or is not a mapping, still counts as front matter (it is not article text) but gives
 * no fields. Each field must be a scalar; it is cleaned like any printed text. `published` must
 * be a real calendar date `YYYY-MM-DD` (a time after it is ignored), else it is null. Never throws.
 */
export function splitFrontMatter(text: string): FrontMatter {
	const opening = /^---[ \t]*\n/.exec(text);
	if (!opening) {
		return {present: false, fields: noFields, body: text};
	}

	const closing = /^(?:---|\.\.\.)[ \t]*$/m;
	const rest = text.slice(opening[0].length);
	const close = closing.exec(rest);
	if (!close) {
		return {present: false, fields: noFields, body: text};
	}

	const yaml = rest.slice(0, close.index);
	const body = rest.slice(close.index + close[0].length).replace(/^\n/, '');
	return {present: true, fields: readFields(yaml), body};
}

function readFields(yaml: string): FrontMatterFields {
	let data: unknown;
	try {
		data = load(yaml, {schema: CORE_SCHEMA, maxAliases: 0, maxDepth: 20});
	} catch {
		return noFields;
	}

	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return noFields;
	}

	const record = data as Record<string, unknown>;
	const field = (name: string): string | null =>
		scalar(Object.hasOwn(record, name) ? record[name] : null);
	return {
		title: field('title'),
		source: field('source'),
		author: field('author'),
		published: calendarDate(field('published')),
		url: field('url'),
		copyright: field('copyright'),
	};
}

function scalar(value: unknown): string | null {
	if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
		return null;
	}

	const text = cleanLine(String(value));
	return text === '' ? null : text;
}

/** `2016-11-14` (optionally followed by a time) if that day exists, else null. */
export function calendarDate(value: string | null): string | null {
	const match = value === null ? null : /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
	if (!match) {
		return null;
	}

	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	const real =
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return real && year > 0 ? `${match[1]}-${match[2]}-${match[3]}` : null;
}
