import {articleSteps, storedArticleSteps, type BuildOptions} from './article.js';
import type {TextParts} from './parse-parts.js';
import {runSteps, runStepsInSlices, type Steps} from './steps.js';
import type {Article} from './types.js';

/** The preview reads this much of the body: several screens of text, read in milliseconds. */
export const previewCharacters = 65_536;

/**
 * A first look at an article, cheap whatever its length: the metadata (front matter and
 * headline), and the paragraphs and sections of the body's first 64 KB or so (cut at a
 * paragraph, line or word end), or of all of a text short enough to read whole. Whether plain
 * text is hard-wrapped is judged from that opening, a copyright footer is not looked for (it is
 * at the end), and `words` and `readingMinutes` are estimated from the share of the body read.
 * When `text` is only the opening of a file, `share` is the share of the file it holds. Quotes
 * and events are looked for only with `extract` (the slowest part of a build, and slowest of all
 * the first time in a process): without it the preview has none. A text short enough to be read
 * whole, with `extract`, gives exactly `buildArticle`'s model. Show a preview while
 * `loadArticle` builds the whole.
 */
export function previewArticle(
	text: string,
	options: BuildOptions = {},
	share = 1,
	{extract = true}: {readonly extract?: boolean} = {},
): Article {
	const whole = share >= 1 && text.length <= previewCharacters * 2;
	return runSteps(
		articleSteps(
			text,
			options,
			whole ? Number.POSITIVE_INFINITY : previewCharacters,
			share,
			extract,
		),
	);
}

export type LoadControl = {
	/** Stops the build: the promise rejects with the signal's reason, promptly. */
	readonly signal?: AbortSignal;
	/** Called with the share of the work done, 0 to 1, rising, ending with exactly 1. */
	readonly onProgress?: (progress: number) => void;
};

/**
 * Builds the same model as `buildArticle`, a slice of about 8 ms at a time (see
 * `runStepsInSlices`), so that keys, resizes and signals are answered while a long article
 * loads. Progress is reported after each slice. When `signal` aborts, the work stops at the next
 * slice boundary and the promise rejects with the signal's reason.
 */
export async function loadArticle(
	text: string,
	options: BuildOptions = {},
	control: LoadControl = {},
): Promise<Article> {
	return loadFromSteps(articleSteps(text, options), control);
}

async function loadFromSteps(
	steps: Steps<Article>,
	{signal, onProgress}: LoadControl,
): Promise<Article> {
	let reported = 0;
	const article = await runStepsInSlices(steps, signal, (share) => {
		// Only the end reports 1, and every report is above the one before.
		const progress = Math.min(share, 0.999);
		if (progress > reported) {
			reported = progress;
			onProgress?.(progress);
		}
	});
	onProgress?.(1);
	return article;
}

/**
 * `loadArticle` for a text read a part at a time (see `storedArticleSteps`): the same model,
 * built without ever holding the whole text, its paragraphs compressed, its quotes and events
 * kept as columns.
 */
export async function loadStoredArticle(
	source: TextParts,
	options: BuildOptions = {},
	control: LoadControl = {},
): Promise<Article> {
	return loadFromSteps(storedArticleSteps(source, options, await import('node:zlib')), control);
}

/** `loadStoredArticle` at once, for printing: no keys wait on it. */
export async function buildStoredArticle(
	source: TextParts,
	options: BuildOptions = {},
): Promise<Article> {
	return runSteps(storedArticleSteps(source, options, await import('node:zlib')));
}
