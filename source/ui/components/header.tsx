import {Text} from 'ink';
import type {Article} from '../../article/types.js';
import {displayText} from '../document.js';
import {truncate} from '../../render/truncate.js';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2016-11-14` → `14 Nov 2016`; anything else as given. */
export function formatDate(date: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const month = match ? months[Number(match[2]) - 1] : undefined;
	return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

/** The meta line: source · date · reading time. */
export function metaLine(article: Article): string {
	return [
		article.source,
		article.published && formatDate(article.published),
		`${article.readingMinutes} min`,
	]
		.filter(Boolean)
		.map((part) => displayText(String(part)))
		.join(' · ');
}

/** The top line: program, title and the article's meta line, cut to the terminal width. */
export function Header({article, columns}: {readonly article: Article; readonly columns: number}) {
	const text = truncate(`readout ─ ${displayText(article.title)} ─ ${metaLine(article)}`, columns);
	return (
		<Text bold wrap="truncate">
			{text}
		</Text>
	);
}
