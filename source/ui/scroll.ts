import {documentAfter, documentFor, lineAt, positionOf} from './document.js';
import {computeLayout, innerSize} from './layout.js';
import type {Span} from './search.js';
import type {ReaderState} from './state.js';

// Where the article pane is and how it moves: the scrolling half of the reducer.

/** Rows of article text in view. */
export function viewHeight(state: ReaderState): number {
	return innerSize(state.layout.article).height;
}

/** The section whose text is at the top of the article pane. */
export function sectionInView(state: ReaderState): number {
	return state.document.line(state.top)?.section ?? 0;
}

/** `{...state, ...changes}`, or `state` itself when every change is already in place. */
export function same(state: ReaderState, changes: Partial<ReaderState>): ReaderState {
	const keys = Object.keys(changes) as Array<keyof ReaderState>;
	if (keys.every((key) => Object.is(state[key], changes[key]))) {
		return state;
	}
	return {...state, ...changes};
}

/** The last line that can be at the top: the end of the article fills the pane. */
export function maxTop(state: ReaderState): number {
	return Math.max(0, state.document.length - viewHeight(state));
}

/** Scrolls to `top` (clamped); the section list follows the section in view. */
export function scrollTo(state: ReaderState, top: number): ReaderState {
	const clamped = Math.max(0, Math.min(maxTop(state), top));
	const section = state.document.line(clamped)?.section ?? 0;
	const selected =
		state.focus === 'sections' || state.selected.sections === section
			? state.selected
			: {...state.selected, sections: section};
	return same(state, {top: clamped, selected});
}

/** Jumps to a line, remembering where the reader was. */
export function jumpTo(state: ReaderState, line: number, context: number): ReaderState {
	const moved = scrollTo(state, line - context);
	if (moved.top === state.top) {
		return moved;
	}
	return {...moved, history: [...state.history, positionOf(state.document, state.top)]};
}

/** Brings a quote, event or match into view, a third of the way down the pane. */
export function jumpToSpan(state: ReaderState, span: Span): ReaderState {
	const line = lineAt(state.document, {
		section: span.section,
		paragraph: span.paragraph,
		start: span.offset,
	});
	return jumpTo(state, line, Math.floor(viewHeight(state) / 3));
}

/** Puts section `section`'s heading at the top (a no-op for a section that does not exist). */
export function jumpToSection(state: ReaderState, section: number): ReaderState {
	const line = state.document.sectionLines[section];
	return line === undefined ? state : jumpTo(state, line, 0);
}

/** A new terminal size: a new layout, the article re-wrapped, the reading place kept. */
export function resize(state: ReaderState, columns: number, rows: number): ReaderState {
	if (columns === state.layout.columns && rows === state.layout.rows) {
		return state;
	}
	const layout = computeLayout(columns, rows);
	const place = positionOf(state.document, state.top);
	const width = innerSize(layout.article).width;
	const document = documentAfter(state.document, state.article, width, place);
	const resized = {...state, layout, document};
	if (document === state.document) {
		return scrollTo(resized, state.top);
	}
	return scrollTo(resized, lineAt(document, place));
}

/** A provisional document (see `documentAfter`) replaced by the exact one, the place kept. */
export function rewrapped(state: ReaderState): ReaderState {
	if (!state.document.provisional) return state;
	const document = documentFor(state.article, state.document.width);
	return scrollTo({...state, document}, lineAt(document, positionOf(state.document, state.top)));
}

/** Returns to where the reader was before the last jump. */
export function back(state: ReaderState): ReaderState {
	const previous = state.history.at(-1);
	if (!previous) return state;
	const restored = scrollTo(state, lineAt(state.document, previous));
	return {...restored, history: state.history.slice(0, -1)};
}

/** `]` and `[`: the next section's heading, or this section's heading first when inside it. */
export function nextSection(state: ReaderState, step: 1 | -1): ReaderState {
	const current = sectionInView(state);
	const heading = state.document.sectionLines[current] ?? 0;
	if (step === -1 && state.top > heading) {
		return jumpToSection(state, current);
	}
	return jumpToSection(state, current + step);
}
