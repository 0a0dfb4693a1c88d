// Code point ranges as [first, last]: combining marks and zero-width characters take no
// column, wide East Asian characters and emoji take two.
const zeroWidth: readonly (readonly [number, number])[] = [
	[0x0300, 0x036f],
	[0x0483, 0x0489],
	[0x0591, 0x05bd],
	[0x064b, 0x065f],
	[0x200b, 0x200d],
	[0x20d0, 0x20ff],
	[0xfe00, 0xfe0f],
];
const wide: readonly (readonly [number, number])[] = [
	[0x1100, 0x115f],
	[0x2e80, 0xa4cf],
	[0xac00, 0xd7a3],
	[0xf900, 0xfaff],
	[0xfe30, 0xfe4f],
	[0xff00, 0xff60],
	[0xffe0, 0xffe6],
	[0x1f300, 0x1faff],
	[0x20000, 0x3fffd],
];

// Latin, Greek and Cyrillic text without combining marks: one column per code unit.
const narrowOnly = /^[\u0020-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027]*$/;

/** Terminal columns a plain string takes. */
export function columns(text: string): number {
	if (narrowOnly.test(text)) return text.length;
	let total = 0;
	for (const character of text) {
		const code = character.codePointAt(0) ?? 0;
		if (code < 0x300) total += 1;
		else if (within(zeroWidth, code)) continue;
		else total += within(wide, code) ? 2 : 1;
	}
	return total;
}

function within(ranges: readonly (readonly [number, number])[], code: number): boolean {
	return ranges.some(([first, last]) => code >= first && code <= last);
}
