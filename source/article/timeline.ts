import type {ParagraphLocation, TimelineEvent} from './types.js';

/** Every dated event in the body, sorted by date; undated ones last. */
export function extractTimeline(
	_paragraphs: readonly ParagraphLocation[],
	_published: string | null,
): TimelineEvent[] {
	return [];
}
