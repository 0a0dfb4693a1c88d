/** Lines this long may be the wrapped lines of a longer paragraph. */
const wrapWidths = {minimum: 30, maximum: 100};

/**
 * Decides whether a plain-text body is hard-wrapped, one line at a time, before it is read.
 * The first non-blank line is the headline and is not looked at. Hard-wrapped text has
 * blank-line-separated blocks, at least two, and nearly all (80 %) of the lines followed by
 * another line in their block (the lines that would have wrapped) are of a wrapping width, 30
 * to 100 characters once white space is collapsed. Blocks of long lines, or of short ones like
 * `One.\nTwo.`, are one paragraph per line, as scraped text usually is.
 */
export class HardWrapScan {
	private seenTitle = false;
	private blocks = 0;
	private wrapped = 0;
	private short = 0;
	/** Bounds of the previous line when it was not blank. */
	private previous: {start: number; end: number} | null = null;

	/** Looks at the line `text[start…end)`. */
	line(text: string, start: number, end: number): void {
		if (isBlank(text, start, end)) {
			this.previous = null;
			return;
		}

		if (!this.seenTitle) {
			this.seenTitle = true;
			return;
		}

		if (this.previous === null) {
			this.blocks++;
		} else {
			this.wrapped++;
			if (hasWrappingWidth(text, this.previous.start, this.previous.end)) {
				this.short++;
			}
		}

		this.previous = {start, end};
	}

	get hardWrapped(): boolean {
		return this.blocks >= 2 && this.wrapped > 0 && this.short >= this.wrapped * 0.8;
	}
}

/**
 * Reads a plain-text body one line at a time: the first non-blank line is the headline; each
 * further non-blank line is a paragraph or, when the text is hard-wrapped, each block of them
 * (joined by a space). Paragraphs pass through `clean`; those it leaves empty are dropped.
 */
export class TextReader {
	/** The headline as written, or null before the first non-blank line. */
	title: string | null = null;
	readonly paragraphs: string[];
	private block: string[] = [];

	/** Paragraphs are pushed to `paragraphs`, made by `newList`. */
	constructor(
		private readonly hardWrapped: boolean,
		private readonly clean: (paragraph: string) => string,
		newList: () => string[] = () => [],
	) {
		this.paragraphs = newList();
	}

	/** Reads the line `text[start…end)`. */
	line(text: string, start: number, end: number): void {
		const blank = isBlank(text, start, end);
		if (this.title === null) {
			if (!blank) {
				this.title = detached(text.slice(start, end));
			}
		} else if (!this.hardWrapped) {
			if (!blank) {
				this.add(text.slice(start, end));
			}
		} else if (blank) {
			this.finish();
		} else {
			this.block.push(text.slice(start, end));
		}
	}

	/** Ends the block in progress; call after the last line. */
	finish(): void {
		if (this.block.length > 0) {
			this.add(this.block.join(' '));
			this.block = [];
		}
	}

	private add(paragraph: string): void {
		const clean = this.clean(paragraph);
		if (clean !== '') {
			this.paragraphs.push(clean);
		}
	}
}

/**
 * A copy of `text` that shares no memory with the string it was cut from. A title or heading
 * cut from a part of a long text would otherwise keep the whole part, megabytes, alive for as
 * long as the article lives.
 */
export function detached(text: string): string {
	// Joined to a space, the text is copied whole (in one byte a character when it can be) the
	// moment it is cut again; the cut refers to that copy, not to the original.
	return ` ${text}`.slice(1);
}

/** Is `text[start…end)` nothing but white space (what `trim` removes)? */
export function isBlank(text: string, start: number, end: number): boolean {
	for (let index = start; index < end; index++) {
		if (!isWhiteSpace(text.charCodeAt(index))) {
			return false;
		}
	}

	return true;
}

/**
 * Is the length `collapseSpace` would give `text[start…end)` within the wrapping widths? Found
 * without building the line, and without reading more of it than the widths need: collapsing
 * only shortens a line.
 */
function hasWrappingWidth(text: string, start: number, end: number): boolean {
	if (end - start < wrapWidths.minimum) {
		return false;
	}

	let length = 0;
	let inSpace = false;
	for (let index = start; index < end && length <= wrapWidths.maximum; index++) {
		if (isWhiteSpace(text.charCodeAt(index))) {
			inSpace = true;
		} else {
			length += inSpace && length > 0 ? 2 : 1;
			inSpace = false;
		}
	}

	return length >= wrapWidths.minimum && length <= wrapWidths.maximum;
}

/** The characters of the regular expression class `\s`, which are those `trim` removes. */
export function isWhiteSpace(code: number): boolean {
	if (code <= 0x20) {
		return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	}

	if (code < 0xa0) {
		return false;
	}

	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}
