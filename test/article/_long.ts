import {topics} from './_topics.js';

/**
 * A headingless plain-text article of at least `characters` characters: a headline, then the
 * topics' paragraphs over and over, a few paragraphs of one topic at a time, one per line, each
 * numbered so that no two are alike. With `blankLines`, paragraphs are separated by blank lines.
 */
export function longArticle(characters: number, blankLines = false): string {
	const lines = ['A long day of news'];
	let length = 0;
	for (let index = 0; length < characters; index++) {
		const topic = topics[Math.floor(index / 3) % topics.length] ?? [];
		const paragraph = `${topic[index % topic.length] ?? ''} Report ${index}.`;
		lines.push(paragraph);
		length += paragraph.length + 1;
	}

	return lines.join(blankLines ? '\n\n' : '\n');
}
