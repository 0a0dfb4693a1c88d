/** How printed text is emphasised: ANSI styles when colour is on, plain text when it is off. */
export type Style = {
	readonly heading: (text: string) => string;
	readonly muted: (text: string) => string;
	readonly accent: (text: string) => string;
};

const plain = (text: string): string => text;

function sgr(open: number, close: number): (text: string) => string {
	return (text) => (text === '' ? text : `\x1b[${open}m${text}\x1b[${close}m`);
}

/** Bold headings, dim metadata, cyan speakers and dates; or no escape codes at all. */
export function style(color: boolean): Style {
	return color
		? {heading: sgr(1, 22), muted: sgr(2, 22), accent: sgr(36, 39)}
		: {heading: plain, muted: plain, accent: plain};
}
