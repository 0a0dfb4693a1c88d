/**
 * Finds the outermost quotations in one paragraph. A mark's role comes from its neighbours:
 * a letter on both sides makes an apostrophe (`Trump’s`, `don't`), a space before and a digit
 * or a known elision after makes one too (`’90s`, `'em`, `rock ’n’ roll`), and a straight `'`
 * after `s` is a possessive unless nothing else can close the open quote. Quotes nested inside
 * the outer one belong to it.
 */
export type QuoteSpan = {
	/** Index of the opening mark. */
	readonly open: number;
	/** Index of the closing mark, or -1 when the quote runs on past the paragraph's end. */
	readonly close: number;
	readonly kind: 'double' | 'single';
};

type Role = 'open' | 'close' | 'either' | 'possessive';
type Mark = {readonly index: number; readonly kind: 'double' | 'single'; readonly role: Role};

const markPattern = /["“”„«»'‘’]/g;
const wordCharacter = /[A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ0-9]/u;
const space = /\s/;
const beforeOpening = /[([{—–\-/“‘"'«]/;
const afterClosing = /[.,;:!?)\]}—–\-…’”'"»]/;
const elision =
	/^(?:em|n|til|tis|twas|cause|bout|nuff|cos|ere)(?![A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ])|^\d\d?s?(?![A-Za-zªµºÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ0-9])/u;

function isWord(character: string): boolean {
	return character !== '' && wordCharacter.test(character);
}

function isSpace(character: string): boolean {
	return character === '' || space.test(character);
}

function classify(text: string, index: number): Role | undefined {
	const mark = text[index] ?? '';
	const previous = text[index - 1] ?? '';
	const next = text[index + 1] ?? '';
	switch (mark) {
		case '“':
		case '„':
		case '«': {
			return 'open';
		}
		case '”':
		case '»': {
			return isSpace(previous) && isWord(next) ? 'either' : 'close';
		}
		case '"': {
			if (isSpace(previous) || beforeOpening.test(previous))
				return isSpace(next) ? 'either' : 'open';
			if (isSpace(next) || afterClosing.test(next)) return 'close';
			return 'either';
		}
		default: {
			return classifySingle(text, index, mark, previous, next);
		}
	}
}

function classifySingle(
	text: string,
	index: number,
	mark: string,
	previous: string,
	next: string,
): Role | undefined {
	if (isWord(previous) && isWord(next)) return undefined;
	const rest = text.slice(index + 1, index + 8).toLowerCase();
	if (!isWord(previous) && elision.test(rest)) return undefined;
	if (mark === '‘') return isWord(previous) ? undefined : 'open';
	if ((isSpace(previous) || beforeOpening.test(previous)) && !isSpace(next)) return 'open';
	if (isWord(previous)) return previous === 's' || previous === 'S' ? 'possessive' : 'close';
	if (afterClosing.test(previous) && !isWord(next)) return 'close';
	return undefined;
}

function collectMarks(text: string): Mark[] {
	const marks: Mark[] = [];
	for (const match of text.matchAll(markPattern)) {
		const index = match.index;
		const role = classify(text, index);
		if (role === undefined) continue;
		const kind = match[0] === '"' || '“”„«»'.includes(match[0]) ? 'double' : 'single';
		marks.push({index, kind, role});
	}
	return marks;
}

/** Index in `marks` of the mark closing the double quote opened at `from`, or -1. */
function closeDouble(text: string, marks: readonly Mark[], from: number): number {
	for (let index = from + 1; index < marks.length; index++) {
		const mark = marks[index]!;
		if (mark.kind !== 'double') continue;
		if (mark.role === 'close' || mark.role === 'either') return index;
		// A misplaced “ typed as a closing mark: text before it, nothing after it.
		const next = text[mark.index + 1] ?? '';
		if (!isSpace(text[mark.index - 1] ?? '') && (isSpace(next) || afterClosing.test(next))) {
			return index;
		}
	}
	return -1;
}

/** For each mark, the index of the next single mark with `role` at or after it (-1: none). */
function nextSingle(marks: readonly Mark[], role: Role): Int32Array {
	const next = new Int32Array(marks.length + 1).fill(-1);
	for (let index = marks.length - 1; index >= 0; index--) {
		const mark = marks[index]!;
		next[index] = mark.kind === 'single' && mark.role === role ? index : next[index + 1]!;
	}
	return next;
}

type SingleIndex = {
	readonly close: Int32Array;
	readonly possessive: Int32Array;
	readonly open: Int32Array;
};

/**
 * Index in `marks` of the mark closing the single quote opened at `from`, or -1. A possessive
 * `s'` closes it only when no true closing mark comes before the next opening one.
 */
function closeSingle(next: SingleIndex, from: number): number {
	const close = next.close[from + 1]!;
	const possessive = next.possessive[from + 1]!;
	if (possessive === -1 || (close !== -1 && close < possessive)) return close;
	const open = next.open[possessive + 1]!;
	return close !== -1 && (open === -1 || close < open) ? close : possessive;
}

/** The outermost quotations of `text` in order; at most the last one is unclosed. */
export function findQuoteSpans(text: string): QuoteSpan[] {
	const marks = collectMarks(text);
	const spans: QuoteSpan[] = [];
	const next: SingleIndex = {
		close: nextSingle(marks, 'close'),
		possessive: nextSingle(marks, 'possessive'),
		open: nextSingle(marks, 'open'),
	};
	const lastDouble = marks.findLastIndex((mark) => mark.kind === 'double');
	let index = 0;
	while (index < marks.length) {
		const mark = marks[index]!;
		if (mark.role === 'close' || mark.role === 'possessive') {
			index++;
			continue;
		}
		if (mark.kind === 'double') {
			const closing = closeDouble(text, marks, index);
			if (closing === -1) {
				spans.push({open: mark.index, close: -1, kind: 'double'});
				break;
			}
			spans.push({open: mark.index, close: marks[closing]!.index, kind: 'double'});
			index = closing + 1;
			continue;
		}
		const closing = closeSingle(next, index);
		if (closing !== -1) {
			spans.push({open: mark.index, close: marks[closing]!.index, kind: 'single'});
			index = closing + 1;
			continue;
		}
		// An unmatched single mark is most often a stray apostrophe; it only counts as an open
		// quote running on past the paragraph when no other quotation follows it.
		if (lastDouble < index) {
			spans.push({open: mark.index, close: -1, kind: 'single'});
			break;
		}
		index++;
	}
	return spans;
}
