/** The named references scraped news text actually carries; others are left as written. */
const named: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	ldquo: '“',
	rdquo: '”',
	bdquo: '„',
	laquo: '«',
	raquo: '»',
	lsaquo: '‹',
	rsaquo: '›',
	prime: '′',
	middot: '·',
	bull: '•',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	sect: '§',
	para: '¶',
	times: '×',
	divide: '÷',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	eacute: 'é',
	egrave: 'è',
	aacute: 'á',
	agrave: 'à',
	iacute: 'í',
	oacute: 'ó',
	uacute: 'ú',
	ntilde: 'ñ',
	ccedil: 'ç',
	auml: 'ä',
	ouml: 'ö',
	uuml: 'ü',
	szlig: 'ß',
	shy: '\u00ad',
	zwj: '\u200d',
	zwnj: '\u200c',
	thinsp: '\u2009',
	ensp: '\u2002',
	emsp: '\u2003',
};

/** HTML maps numeric references 0x80–0x9F to Windows-1252, as browsers do: `&#146;` is ’. */
const windows1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const reference = /&(?:#(\d{1,8})|#[xX]([\da-fA-F]{1,7})|([a-zA-Z][a-zA-Z\d]{1,31}));/g;

/**
 * Decodes HTML character references once: `&amp;` → `&`, `&#8217;` → ’, `&#x1b;` → ESC. A
 * reference must end with `;`; unknown names stay as written; code points that are not
 * characters (0, surrogates, beyond U+10FFFF) become U+FFFD. Run this before the terminal
 * sanitiser, so an encoded escape (`&#27;[31m`) is removed like a raw one.
 */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) {
		return text;
	}

	return text.replace(
		reference,
		(whole, decimal?: string, hexadecimal?: string, name?: string): string => {
			if (name !== undefined) {
				return Object.hasOwn(named, name) ? (named[name] ?? whole) : whole;
			}

			const code = decimal === undefined ? Number.parseInt(hexadecimal ?? '', 16) : Number(decimal);
			return fromCodePoint(code);
		},
	);
}

function fromCodePoint(code: number): string {
	if (code >= 0x80 && code <= 0x9f) {
		return windows1252[code - 0x80] ?? '\ufffd';
	}

	const isCharacter = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
	return isCharacter ? String.fromCodePoint(code) : '\ufffd';
}
