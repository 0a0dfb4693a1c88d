/** What the article says about itself: front matter, or what the text shows. */
export type Metadata = {
	readonly title: string;
	readonly source: string | null;
	readonly author: string | null;
	/** `YYYY-MM-DD`: the date relative phrases resolve against. */
	readonly published: string | null;
	readonly url: string | null;
	/** The copyright footer, moved out of the body. */
	readonly copyright: string | null;
};

/** A run of consecutive paragraphs under one title. */
export type Section = {
	readonly title: string;
	readonly paragraphs: readonly string[];
	/** Index in the whole body of this section's first paragraph. */
	readonly start: number;
};

/** A direct quotation and who the article says spoke it. */
export type Quote = {
	/** The words between the marks, as written. */
	readonly text: string;
	/** The fullest name the article gives the speaker, or null when it does not say. */
	readonly speaker: string | null;
	/** 0-based section index. */
	readonly section: number;
	/** 0-based paragraph index across the whole body. */
	readonly paragraph: number;
	/** Offset of `text` in its paragraph (UTF-16 code units). */
	readonly offset: number;
};

/** A dated event the article mentions. */
export type TimelineEvent = {
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when a relative phrase has nothing to resolve against. */
	readonly date: string | null;
	/** The date phrase as written, e.g. `on Monday`. */
	readonly phrase: string;
	/** True for vague spans such as `over the last decade`. */
	readonly approximate: boolean;
	/** The clause around the date, at most 80 columns. */
	readonly summary: string;
	readonly section: number;
	readonly paragraph: number;
	/** Offset of `phrase` in its paragraph (UTF-16 code units). */
	readonly offset: number;
};

/** The article model every output is drawn from. */
export type Article = Metadata & {
	readonly words: number;
	readonly readingMinutes: number;
	readonly sections: readonly Section[];
	readonly quotes: readonly Quote[];
	readonly timeline: readonly TimelineEvent[];
};

/** Where a paragraph sits: its section and its index across the body. */
export type ParagraphLocation = {
	readonly section: number;
	readonly paragraph: number;
	readonly text: string;
};
