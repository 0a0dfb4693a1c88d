/** Whom `he` or `she` can stand for. */
export type Gender = 'male' | 'female';

const set = (words: string) => new Set(words.trim().split(/\s+/));

// Common given names, for `she said` after a paragraph that named a man and a woman. A name on
// neither list says nothing; what the article itself shows (`Mr`, `his wife`, `said she`) wins.
const femaleNames = set(`
	abigail ada agnes aisha alice alison allison amanda amara amelia amy ana andrea angela anna
	anne annie beatrice betty beverly brenda carol caroline catherine charlotte chloe christina
	christine claire clara claudia cynthia daniela deborah denise diana donna dorothy edith elena
	eleanor elizabeth ellen emily emma esther eva fatima fiona florence frances gabriela grace
	hannah heather helen ines irene isabel jacqueline jane janet jennifer jessica joan joanna
	josephine joyce judith julia julie karen kate katherine kathleen kavita kelly laura lauren
	leah lena linda lisa louise lucy lydia margaret maria marie marion martha mary megan melissa
	michelle monica nadia nancy natalie nicole olga olivia pamela patricia paula priya rachel
	rebecca renee rosa ruth samantha sandra sarah sharon sophie stephanie susan teresa theresa
	valerie victoria wendy yvonne zoe`);
const maleNames = set(`
	aaron adam ahmed alan albert alexander andrew anthony antonio arthur ben benjamin bill brian
	bruce carl carlos charles chris christopher daniel david dennis donald douglas edward emeka
	eric frank gary geoffrey george gerald graham gregory harold harry henry hugh ian jack jacob
	james jamal jason jeffrey jerry jim joe john jonathan jorge jose joseph juan justin keith kenji
	kenneth kevin larry lawrence luca luis marcus mark martin matthew michael mohammed muhammad
	nathan neil nicholas oliver patrick paul peter philip raymond richard robert roger ronald
	ryan samuel scott sean simon stephen steven thomas timothy tom tomas tomasz victor vladimir
	walter wayne william`);

const maleWords = set(`mr mr. sir lord king prince duke spokesman chairman congressman
	councilman assemblyman alderman businessman son husband father brother widower grandson
	grandfather nephew stepson fiancé fiance`);
const femaleWords = set(`mrs mrs. ms ms. miss dame lady queen princess duchess spokeswoman
	chairwoman congresswoman councilwoman assemblywoman alderwoman businesswoman actress daughter
	wife mother sister widow granddaughter grandmother niece stepdaughter fiancée fiancee`);

/** The gender a title or noun shows: `Mr`, `spokeswoman`, `daughter`; undefined for `Dr`. */
export function genderOfWord(word: string): Gender | undefined {
	const key = word.toLowerCase();
	if (maleWords.has(key)) return 'male';
	if (femaleWords.has(key)) return 'female';
	return undefined;
}

/** What the article shows of each person's gender, falling back on the given name. */
export class Genders {
	private readonly known = new Map<string, Gender>();

	/** Records `gender` for `name` unless the article already showed one. */
	learn(name: string, gender: Gender | undefined): void {
		if (gender && !this.known.has(name)) this.known.set(name, gender);
	}

	/** Whether the article has shown `name`'s gender itself (not by the given name). */
	shown(name: string): boolean {
		return this.known.has(name);
	}

	/** The gender of a person's fullest name, or undefined when nothing shows it. */
	of(name: string): Gender | undefined {
		const known = this.known.get(name);
		if (known) return known;
		const first = name.split(' ')[0]!.toLowerCase();
		if (femaleNames.has(first)) return 'female';
		if (maleNames.has(first)) return 'male';
		return undefined;
	}
}

/**
 * What the words around a person's name show of their gender, surest first: a title in the
 * name (`Mr`, `Congresswoman`), a noun just before it (`spokeswoman Ann Cole`, `His wife, Ann
 * Cole,`), a kin noun after it (`Ann Cole, his wife,`), then, for a sentence's subject, the
 * first `he` or `she` (`his`, `her`) after it before anyone else is named (`Cole said she …`).
 */
export function genderCue(
	text: string,
	tokens: readonly string[],
	span: {readonly start: number; readonly end: number},
	until: number,
	subject: boolean,
): Gender | undefined {
	for (const token of tokens) {
		const gender = genderOfWord(token);
		if (gender) return gender;
	}
	const before = /([A-Za-z]+)[\s,]*$/.exec(text.slice(Math.max(0, span.start - 24), span.start));
	const after = /^,\s+(?:his|her|their)\s+([a-z]+)/.exec(text.slice(span.end, span.end + 30));
	for (const word of [before?.[1], after?.[1]]) {
		const gender = word === undefined ? undefined : genderOfWord(word);
		if (gender) return gender;
	}
	if (!subject) return undefined;
	const pronoun = /\b(he|his|him|she|her)\b/i.exec(text.slice(span.end, until));
	if (!pronoun) return undefined;
	return /^(?:he|his|him)$/i.test(pronoun[1]!) ? 'male' : 'female';
}
