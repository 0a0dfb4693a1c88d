// C0 controls except tab and newline, DEL, C1 controls, and the bidi marks, embeddings,
// overrides and isolates that could reorder what the reader sees.
/* eslint-disable no-control-regex -- control characters are what gets removed */
const unsafe = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const escapeSequence = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_])/g;
/* eslint-enable no-control-regex */

/**
 * Text made safe to print: escape sequences and control characters removed, so article text can
 * never move the cursor or change the terminal. The article model is cleaned already; the
 * renderers apply this again because they are the last step before the terminal.
 */
export function printable(text: string): string {
	return text.replace(escapeSequence, '').replace(unsafe, '');
}
