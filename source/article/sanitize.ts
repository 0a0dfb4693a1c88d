const escape = 0x1b;

/** Any character the sanitiser must look at: C0 but newline, DEL, C1, bidi, BOM, line separators. */
// Matching control characters is the point of this module.
// eslint-disable-next-line no-control-regex
const unsafe = /[\0-\t\v-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;

/**
 * Makes text safe to print on a terminal. Every escape sequence is removed whole: CSI
 * (`ESC [ … final`), OSC/DCS/SOS/PM/APC strings up to their BEL or ST terminator, nF and
 * two-character escapes (`ESC c`, `ESC 7`, `ESC ( B`), and their 8-bit C1 forms (U+009B CSI,
 * U+009D OSC …). A string introducer with no terminator on its line loses only the introducer,
 * so the printable text after it survives. Every other C0 control but newline, DEL, the C1
 * range, bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and
 * U+FEFF are dropped; tab becomes a space; CR, U+2028 and U+2029 become a newline (CRLF one).
 *
 * The output holds no control character but newline, and sanitising it again changes nothing.
 * Linear in the length of the text. HTML entities must be decoded before, not after.
 */
export function sanitizeTerminal(text: string): string {
	if (!unsafe.test(text)) {
		return text;
	}

	const pieces: string[] = [];
	let copied = 0;
	let index = 0;
	while (index < text.length) {
		const code = text.charCodeAt(index);
		if (!isUnsafe(code)) {
			index++;
			continue;
		}

		if (copied < index) {
			pieces.push(text.slice(copied, index));
		}

		const replacement = replacementFor(code, text.charCodeAt(index + 1));
		if (replacement !== '') {
			pieces.push(replacement);
		}

		index = controlEnd(text, index);
		copied = index;
	}

	pieces.push(text.slice(copied));
	return pieces.join('');
}

/** The same set as `unsafe`, as a test on one UTF-16 code unit. */
function isUnsafe(code: number): boolean {
	if (code < 0x20) {
		return code !== 0x0a;
	}

	if (code < 0x7f) {
		return false;
	}

	return (
		code <= 0x9f ||
		code === 0x061c ||
		code === 0x200e ||
		code === 0x200f ||
		(code >= 0x2028 && code <= 0x202e) ||
		(code >= 0x2066 && code <= 0x2069) ||
		code === 0xfeff
	);
}

function replacementFor(code: number, next: number): string {
	if (code === 0x09) {
		return ' ';
	}

	if (code === 0x0d) {
		return next === 0x0a ? '' : '\n';
	}

	return code === 0x2028 || code === 0x2029 ? '\n' : '';
}

/** Index just after the control (or whole escape sequence) that starts at `start`. */
function controlEnd(text: string, start: number): number {
	const code = text.charCodeAt(start);
	if (code === escape) {
		return escapeEnd(text, start);
	}

	if (code === 0x9b) {
		return csiEnd(text, start + 1);
	}

	if (isStringIntroducer(code)) {
		return stringEnd(text, start + 1);
	}

	return start + 1;
}

function escapeEnd(text: string, start: number): number {
	const next = text.charCodeAt(start + 1);
	if (next === 0x5b) {
		return csiEnd(text, start + 2);
	}

	// ESC ] OSC, ESC P DCS, ESC X SOS, ESC ^ PM, ESC _ APC
	if (next === 0x5d || next === 0x50 || next === 0x58 || next === 0x5e || next === 0x5f) {
		return stringEnd(text, start + 2);
	}

	// nF escapes: one or two intermediates 0x21–0x2F, then a final 0x30–0x7E (ESC ( B, ESC # 8);
	// else a two-character escape (ESC c, ESC 7). Anything else loses only the ESC. A space is
	// not taken as an intermediate, so a stray ESC before a word cannot eat the word's first letter.
	let index = start + 1;
	while (index < start + 3 && isBetween(text.charCodeAt(index), 0x21, 0x2f)) {
		index++;
	}

	return isBetween(text.charCodeAt(index), 0x30, 0x7e) ? index + 1 : start + 1;
}

/** CSI: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, then a final byte 0x40–0x7E. */
function csiEnd(text: string, from: number): number {
	let index = from;
	while (isBetween(text.charCodeAt(index), 0x30, 0x3f)) {
		index++;
	}

	while (isBetween(text.charCodeAt(index), 0x20, 0x2f)) {
		index++;
	}

	return isBetween(text.charCodeAt(index), 0x40, 0x7e) ? index + 1 : index;
}

/**
 * A control string runs to BEL, ST (ESC \ or U+009C). It stops being one at a newline, another
 * escape or C1 control, or the end of the text: then only the introducer is dropped. Because the
 * scan stops at the next introducer, no character is scanned twice as part of a string.
 */
function stringEnd(text: string, bodyStart: number): number {
	for (let index = bodyStart; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x07 || code === 0x9c) {
			return index + 1;
		}

		if (code === escape) {
			return text.charCodeAt(index + 1) === 0x5c ? index + 2 : bodyStart;
		}

		if (code === 0x0a || code === 0x0d || code === 0x18 || code === 0x1a || isC1(code)) {
			return bodyStart;
		}
	}

	return bodyStart;
}

function isStringIntroducer(code: number): boolean {
	// DCS, SOS, OSC, PM, APC
	return code === 0x90 || code === 0x98 || code === 0x9d || code === 0x9e || code === 0x9f;
}

function isC1(code: number): boolean {
	return isBetween(code, 0x80, 0x9f);
}

function isBetween(code: number, low: number, high: number): boolean {
	return code >= low && code <= high;
}
