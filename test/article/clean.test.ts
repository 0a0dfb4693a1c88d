import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {
	cleanLine,
	decodeEntities,
	removeScrapingTokens,
	sanitizeTerminal,
	splitCopyrightFooter,
} from '../../source/article/clean.js';

import {anyControl, escapePieces, unsafeCharacter as unsafe} from './_unsafe.js';

const esc = '\u001b';

describe('sanitizeTerminal', () => {
	test.each([
		['clear screen', `a${esc}[2Jb`, 'ab'],
		['cursor moves', `a${esc}[10;5H${esc}[3Ab`, 'ab'],
		['alternate screen', `a${esc}[?1049hb`, 'ab'],
		['mouse tracking', `a${esc}[?1000hb`, 'ab'],
		['bracketed paste', `a${esc}[?2004hb`, 'ab'],
		['focus events', `a${esc}[?1004hb`, 'ab'],
		['device attributes', `a${esc}[cb`, 'ab'],
		['colour', `a${esc}[31;1mb${esc}[0m`, 'ab'],
		['OSC 0 title with BEL', `a${esc}]0;evil\u0007b`, 'ab'],
		['OSC 2 title with ST', `a${esc}]2;evil${esc}\\b`, 'ab'],
		['OSC 52 clipboard', `a${esc}]52;c;ZWNobw==\u0007b`, 'ab'],
		[
			'OSC 8 hyperlink keeps its text',
			`a${esc}]8;;http://x/${esc}\\link${esc}]8;;${esc}\\b`,
			'alinkb',
		],
		['unterminated OSC keeps what follows', `a ${esc}]0;rest of the text`, 'a 0;rest of the text'],
		['OSC cut by a newline', `a${esc}]0;one\ntwo\u0007`, 'a0;one\ntwo'],
		['DCS', `a${esc}P1$qm${esc}\\b`, 'ab'],
		['APC', `a${esc}_Gf=100;AAAA${esc}\\b`, 'ab'],
		['PM', `a${esc}^private${esc}\\b`, 'ab'],
		['SOS', `a${esc}Xstring${esc}\\b`, 'ab'],
		['ESC c reset', `a${esc}cb`, 'ab'],
		['two-character escapes', `a${esc}7${esc}8${esc}=b`, 'ab'],
		['charset designation', `a${esc}(0b`, 'ab'],
		['lone ESC at the end', `ab${esc}`, 'ab'],
		['a stray ESC before a word keeps the word', `a${esc} word`, 'a word'],
		['8-bit CSI', 'a\u009b2Jb', 'ab'],
		['8-bit OSC with 8-bit ST', 'a\u009d0;evil\u009cb', 'ab'],
		['other C1 controls', 'a\u0085\u0084\u008db', 'ab'],
		['BEL', 'a\u0007\u0007b', 'ab'],
		['backspace', 'abc\b\b\bd', 'abcd'],
		['DEL and C0', 'a\u007f\u0000\u0001\u000b\u000c\u001ab', 'ab'],
		['tab becomes a space', 'a\tb', 'a b'],
		['lone CR becomes a newline', 'AAAA\rBB', 'AAAA\nBB'],
		['CRLF becomes a newline', 'a\r\nb', 'a\nb'],
		['bidi overrides and isolates', 'a\u202eb\u202c\u2066c\u2069\u200f\u200e\u061cd', 'abcd'],
		['emoji with ZWJ stay whole', 'a 👩‍👩‍👧 b', 'a 👩‍👩‍👧 b'],
		['newline is kept', 'a\nb', 'a\nb'],
		['plain text is untouched', 'Trump’s “strong” ties — 2014', 'Trump’s “strong” ties — 2014'],
	])('%s', (_name, input, expected) => {
		expect(sanitizeTerminal(input)).toBe(expected);
	});

	test('output never holds a control character but newline (any string)', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
				expect(sanitizeTerminal(text)).not.toMatch(unsafe);
			}),
		);
	});

	test('output never holds a control character but newline (escape-heavy strings)', () => {
		const pieces = fc.constantFrom(...escapePieces, '\u009c', 'P', '0;', 'a', ' ', '\n', '\r');
		fc.assert(
			fc.property(fc.array(pieces, {maxLength: 60}), (parts) => {
				expect(sanitizeTerminal(parts.join(''))).not.toMatch(unsafe);
			}),
		);
	});

	test('is idempotent', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
				const once = sanitizeTerminal(text);
				expect(sanitizeTerminal(once)).toBe(once);
			}),
		);
	});

	test('is linear on 100 000 unterminated string introducers', () => {
		const text = `${esc}]0;`.repeat(100_000) + 'tail';
		const started = performance.now();
		const clean = sanitizeTerminal(text);
		expect(clean.length).toBe(200_004);
		expect(clean.endsWith('0;0;tail')).toBe(true);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});

describe('decodeEntities', () => {
	test.each([
		['&amp; &lt; &gt; &quot; &apos;', '& < > " \''],
		['Trump&#8217;s &#x201C;deal&#x201d;', 'Trump’s “deal”'],
		['&hellip;&mdash;&nbsp;', '…—\u00a0'],
		['&#146; is a Windows-1252 quote', '’ is a Windows-1252 quote'],
		['&#27;[31m', `${esc}[31m`],
		['&#0; &#xD800; &#99999999;', '\ufffd \ufffd \ufffd'],
		['AT&T and &unknown; stay', 'AT&T and &unknown; stay'],
		['&toString; is not a name', '&toString; is not a name'],
		['&amp;amp; decodes once', '&amp; decodes once'],
	])('%s', (input, expected) => {
		expect(decodeEntities(input)).toBe(expected);
	});
});

describe('cleanLine', () => {
	test.each([
		['entities are decoded before sanitising', 'red &#27;[31mtext&#x1b;[0m', 'red text'],
		['an encoded OSC is removed', 'a &#x1b;]0;title&#7; b', 'a b'],
		['scraping tokens go', '{mosads}The Kremlin said{/mosads} so', 'The Kremlin said so'],
		['white space collapses', '  one\n two\t three  ', 'one two three'],
		['capitalised braces stay', 'a {Note} b', 'a {Note} b'],
	])('%s', (_name, input, expected) => {
		expect(cleanLine(input)).toBe(expected);
	});

	test('never throws and leaves no control character at all', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
				expect(cleanLine(text)).not.toMatch(anyControl);
			}),
		);
	});
});

describe('removeScrapingTokens', () => {
	test.each([
		['{mosads}text', ' text'],
		['text{/mosads}', 'text '],
		['{ad_slot-2} x', '  x'],
		['{Mosads} {} {1ad}', '{Mosads} {} {1ad}'],
	])('%s', (input, expected) => {
		expect(removeScrapingTokens(input)).toBe(expected);
	});
});

describe('splitCopyrightFooter', () => {
	const footer =
		'Copyright 2025 Nexstar Media, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.';
	test.each([
		['a footer is taken out', ['One.', footer], ['One.'], footer],
		['a one-word trailer is dropped', ['One.', `${footer} regular`], ['One.'], footer],
		['a trailer paragraph goes with it', ['One.', footer, 'regular'], ['One.'], footer],
		[
			'© works too',
			['One.', '© 2016 The Hill. All rights reserved.'],
			['One.'],
			'© 2016 The Hill. All rights reserved.',
		],
		['no footer, nothing moves', ['One.', 'Two.'], ['One.', 'Two.'], null],
		['a footer not at the end stays', [footer, 'One.'], [footer, 'One.'], null],
		[
			'a two-word tail is kept',
			['One.', 'Copyright 2020 X. All rights reserved. Read more'],
			['One.'],
			'Copyright 2020 X. All rights reserved. Read more',
		],
	])('%s', (_name, paragraphs, body, copyright) => {
		const split = splitCopyrightFooter(paragraphs);
		expect(split.paragraphs).toEqual(body);
		expect(split.copyright).toBe(copyright);
	});
});
