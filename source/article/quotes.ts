import type {ParagraphLocation, Quote} from './types.js';

/** Every direct quotation in the body, in reading order, each with its speaker. */
export function extractQuotes(_paragraphs: readonly ParagraphLocation[]): Quote[] {
	return [];
}
