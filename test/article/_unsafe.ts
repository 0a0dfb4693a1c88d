/* eslint-disable no-control-regex -- matching control characters is what these are for */

/**
 * Characters a terminal could act on: every C0 control but newline, DEL, the C1 range and the
 * bidirectional controls. Nothing the article model outputs may contain one.
 */
export const unsafeCharacter =
	/[\0-\t\v-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Like `unsafeCharacter`, and newline too: for text that must stay on one line. */
export const anyControl = /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Pieces of escape sequences, for property tests that build hostile text out of them. */
export const escapePieces = ['\u001b', '[', ']', '\u0007', '\\', '\u009b', '\u009d'] as const;
