import type {Article, Quote, Section, TimelineEvent} from '../../source/article/types.js';

type SectionSpec = {title: string; paragraphs: string[]};

/** An article built by hand, with quotes and events located by their text. */
export function makeArticle(
	specs: SectionSpec[],
	quotes: Array<{text: string; speaker: string | null}> = [],
	events: Array<Omit<TimelineEvent, 'section' | 'paragraph' | 'offset'>> = [],
): Article {
	let start = 0;
	const sections: Section[] = specs.map((spec) => {
		const section = {title: spec.title, paragraphs: spec.paragraphs, start};
		start += spec.paragraphs.length;
		return section;
	});
	const locate = (needle: string) => {
		for (const [sectionIndex, section] of sections.entries()) {
			for (const [index, paragraph] of section.paragraphs.entries()) {
				const offset = paragraph.indexOf(needle);
				if (offset >= 0) return {section: sectionIndex, paragraph: section.start + index, offset};
			}
		}
		throw new Error(`not in the article: ${needle}`);
	};
	const words = sections
		.flatMap((section) => section.paragraphs)
		.join(' ')
		.split(/\s+/).length;
	return {
		title: 'Leaders talk on the phone',
		source: 'The Daily',
		author: null,
		published: '2016-11-14',
		url: null,
		copyright: null,
		words,
		readingMinutes: Math.max(1, Math.ceil(words / 230)),
		sections,
		quotes: quotes.map((quote): Quote => ({...quote, ...locate(quote.text)})),
		timeline: events.map((event): TimelineEvent => ({...event, ...locate(event.phrase)})),
	};
}

const filler = (topic: string, count: number) =>
	Array.from(
		{length: count},
		(_, index) =>
			`Paragraph ${index + 1} about ${topic} goes on for a while so that it wraps over more than one line in a narrow pane.`,
	);

/** A small article: three sections, quotes in two of them, dated and undated events. */
export function sampleArticle(): Article {
	return makeArticle(
		[
			{
				title: 'The call',
				paragraphs: [
					'The president accepted congratulations on Monday and spoke of a “strong and enduring” relationship.',
					...filler('the call', 6),
				],
			},
			{
				title: 'The statement',
				paragraphs: [
					'The Kremlin said the leaders “agreed to assess the current very poor state of relations” in 2014 terms.',
					...filler('the statement', 6),
				],
			},
			{
				title: 'What comes next',
				paragraphs: [
					...filler('the future', 6),
					'Both sides hope to meet soon, said the aide, with zebrafinch hopes.',
				],
			},
		],
		[
			{text: 'strong and enduring', speaker: 'Donald Trump'},
			{text: 'agreed to assess the current very poor state of relations', speaker: 'Kremlin'},
		],
		[
			{
				date: '2016-11-14',
				phrase: 'on Monday',
				approximate: false,
				summary: 'The president accepted congratulations',
			},
			{
				date: '2014',
				phrase: 'in 2014',
				approximate: false,
				summary: 'Relations soured over Crimea',
			},
			{date: null, phrase: 'soon', approximate: false, summary: 'Both sides hope to meet'},
		],
	);
}
