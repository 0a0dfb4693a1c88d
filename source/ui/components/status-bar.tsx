import {Text} from 'ink';
import {keyHints} from '../keymap.js';
import type {SearchState} from '../state.js';
import {fit, truncate} from '../../render/truncate.js';
import {displayWidth} from '../../render/wrap.js';
import {displayText} from '../document.js';
import {loadingNote} from './loading-note.js';

type Props = {
	readonly section: number;
	readonly sections: number;
	readonly percent: number;
	readonly search: SearchState;
	readonly pending: readonly string[];
	readonly columns: number;
	/** The share of the whole article built, while a preview is shown; null once it is whole. */
	readonly loading?: number | null;
	/** Why the whole article could not be built, when the preview stays for that reason. */
	readonly failed?: string | null;
};

/** What the search found, for the status line: `match 2/5 'word'`, or nothing. */
export function searchSummary(search: SearchState): string {
	if (search.query === '') return '';
	if (search.searching) {
		return search.current < 0
			? `searching '${search.query}'…`
			: `match ${search.current + 1}/${search.matches.length}… '${search.query}'`;
	}
	if (search.matches.length === 0) return `no match for '${search.query}'`;
	return `match ${search.current + 1}/${search.matches.length} '${search.query}'`;
}

/** The bottom line: place in the article, search state and key hints; or the search prompt. */
export function StatusBar({
	section,
	sections,
	percent,
	search,
	pending,
	columns,
	loading = null,
	failed = null,
}: Props) {
	if (search.prompt !== null) {
		const hint = '  Enter search · Esc cancel';
		const room = Math.max(1, columns - displayWidth(hint) - 2);
		// Keep the end of a long query in view, where the typing happens.
		let prompt = search.prompt;
		while (displayWidth(prompt) > room - 1) prompt = Array.from(prompt).slice(1).join('');
		return (
			<Text wrap="truncate">
				{'/' + prompt}
				<Text inverse> </Text>
				{truncate(hint, Math.max(0, columns - displayWidth(prompt) - 2))}
			</Text>
		);
	}
	const place = [
		`§${section + 1}/${sections}`,
		`${percent}%`,
		loading === null ? '' : loadingNote(loading),
		failed === null ? '' : `only the opening: ${displayText(failed)}`,
		searchSummary(search),
		pending.join(''),
	]
		.filter(Boolean)
		.join(' · ');
	// As many key hints as fit, most important first.
	const all = keyHints();
	let hints = '';
	for (const hint of all) {
		const joined = hints === '' ? hint : `${hints} · ${hint}`;
		if (displayWidth(place) + displayWidth(joined) + 3 > columns) break;
		hints = joined;
	}
	const gap = columns - displayWidth(place) - displayWidth(hints) - 2;
	const text = hints !== '' && gap >= 1 ? ` ${place}${' '.repeat(gap)}${hints} ` : ` ${place}`;
	return (
		<Text inverse wrap="truncate">
			{fit(text, columns)}
		</Text>
	);
}
