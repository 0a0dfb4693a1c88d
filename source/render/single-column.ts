/**
 * Text made only of characters one column wide that never join a neighbour: printable ASCII,
 * Latin, Greek, Cyrillic, the common punctuation of news text (curly quotes, dashes, ellipsis),
 * box drawing, block elements and the narrow geometric shapes. Its width is its length, and each
 * character is a grapheme of its own. The bundle also gives this test to string-width and Ink
 * (see build.js), so that common text skips grapheme segmentation there too.
 */
const singleColumn =
	/^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u0370-\u0482\u048A-\u04FF\u2010-\u2027\u2030-\u205E\u2500-\u25FC]*$/;

/** True when every character is one column wide and a grapheme of its own (see above). */
export function isSingleColumn(text: string): boolean {
	return singleColumn.test(text);
}
