const units: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	'a hundred': 100,
	'one hundred': 100,
	'a dozen': 12,
	'a couple of': 2,
	'a couple': 2,
	'couple of': 2,
	dozen: 12,
	'half a': 0.5,
};

/** The value of a count written in digits or English words (`60`, `sixty`, `twenty-five`), or null. */
export function parseCount(text: string): number | null {
	const words = text.toLowerCase().trim();
	if (/^\d+$/.test(words)) return Number(words);
	const direct = units[words];
	if (direct !== undefined) return direct;
	const [tens, ones] = words.split(/[- ]/);
	const value = (units[tens ?? ''] ?? Number.NaN) + (units[ones ?? ''] ?? Number.NaN);
	return Number.isFinite(value) ? value : null;
}
