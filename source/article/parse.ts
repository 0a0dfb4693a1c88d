import type {Metadata, Section} from './types.js';

export type InputFormat = 'markdown' | 'text';

export type ParsedDocument = {
	readonly metadata: Metadata;
	readonly sections: readonly Section[];
};

/** Placeholder parse: a headline and one section of blank-line-separated paragraphs. */
export function parse(text: string, _format: InputFormat | 'auto'): ParsedDocument {
	const lines = text.split('\n');
	const titleIndex = lines.findIndex((line) => line.trim() !== '');
	const title = titleIndex === -1 ? '' : (lines[titleIndex] ?? '').replace(/^#\s*/, '').trim();
	const paragraphs = lines
		.slice(titleIndex + 1)
		.join('\n')
		.split(/\n\s*\n/)
		.map((block) => block.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	return {
		metadata: {title, source: null, author: null, published: null, url: null, copyright: null},
		sections: [{title: title || 'Article', paragraphs, start: 0}],
	};
}
