import {describe, expect, test} from 'vitest';
import {extractTimeline} from '../../source/article/timeline.js';
import {toParagraphs} from './timeline-helpers.js';

type Case = [text: string, phrase: string, summary: string];

function summaryOf(text: string, phrase: string): string | undefined {
	return extractTimeline(toParagraphs(text), '2022-01-06').find((event) => event.phrase === phrase)
		?.summary;
}

describe('summaries keep a short parenthetical inside its clause', () => {
	test.each<Case>([
		// Short enough as written: kept whole, parenthetical and all.
		[
			'Rep. Jane Moss (D-N.Y.) voted against the bill on Tuesday.',
			'on Tuesday',
			'Rep. Jane Moss (D-N.Y.) voted against the bill on Tuesday',
		],
		// A clause ending at `(` used to leave `… Moss (D-N.Y.`: the aside goes, the clause stays.
		[
			'The chairman of the budget committee, Rep. Jane Moss (D-N.Y.) of the Hudson Valley, told reporters on Tuesday that she would not back the spending bill this year.',
			'on Tuesday',
			'told reporters on Tuesday that she would not back the spending bill this year',
		],
		[
			'Transit committee Chairman Carl Benton Ruiz (R-Texas) testified before the House Rules Committee on Dec. 14 about the rail contracts.',
			'on Dec. 14',
			'testified before the House Rules Committee on Dec. 14 about the rail contracts',
		],
		[
			'“We have the records,” Rep. Carl Benton Ruiz (R-Texas) said during an interview Thursday at a public forum in the capital.',
			'Thursday',
			'“We have the records,” Rep. Carl Benton Ruiz said during an interview Thursday…',
		],
		// A long parenthetical is a clause of its own, taken whole or left out, never cut inside.
		[
			'The council closed the old bridge (which had carried traffic across the river for almost a century before the cracks were found) on Monday after an inspection.',
			'on Monday',
			'on Monday after an inspection',
		],
		[
			'Jan. 6 panel Chairman Bennie Q. Thompson (D-Miss.) testified before the House Rules Committee on Dec. 14.',
			'on Dec. 14',
			'Bennie Q. Thompson testified before the House Rules Committee on Dec. 14',
		],
	])('%s', (text, phrase, summary) => {
		expect(summaryOf(text, phrase)).toBe(summary);
	});
});
