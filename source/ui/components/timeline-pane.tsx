import {Text} from 'ink';
import {useCallback} from 'react';
import type {Article, TimelineEvent} from '../../article/types.js';
import {displayText} from '../document.js';
import {innerSize, type Size} from '../layout.js';
import type {Theme} from '../theme.js';
import {timelineOrder} from '../timeline-order.js';
import {displayWidth, fit, truncate} from '../wrap-lines.js';
import {ListPane} from './list-pane.js';
import {StyledText} from './styled-text.js';

type Props = {
	readonly article: Article;
	/** Index in display order (see `timelineOrder`). */
	readonly selected: number;
	readonly focused: boolean;
	readonly size: Size;
	readonly theme: Theme;
};

const dateWidth = 10;

/** How an event's date is shown: the date, `~` for approximate, `undated` without one. */
export function dateLabel(event: TimelineEvent): string {
	if (event.date === null) return 'undated';
	return event.approximate ? `~${event.date}` : event.date;
}

/** The events in date order as a vertical line: date column, marker, summary, section. */
export function TimelinePane({article, size, theme, ...props}: Props) {
	const width = innerSize(size).width;
	const order = timelineOrder(article);
	const renderItem = useCallback(
		(index: number, isSelected: boolean) => {
			const event = article.timeline[order[index]!]!;
			const section = `§${event.section + 1}`;
			const marker = event.date === null ? '○' : '●';
			const summaryWidth = width - 2 - dateWidth - 3 - displayWidth(section) - 1;
			const summary = fit(truncate(displayText(event.summary), summaryWidth), summaryWidth);
			const date = fit(dateLabel(event), dateWidth);
			return (
				<Text wrap="truncate" inverse={isSelected}>
					{isSelected ? '▸ ' : '  '}
					<StyledText style={event.date === null ? {} : theme.date}>{date}</StyledText>{' '}
					<StyledText style={theme.marker}>{marker}</StyledText> {summary} {section}
				</Text>
			);
		},
		[article, order, theme, width],
	);
	return (
		<ListPane
			{...props}
			title={`Timeline ${article.timeline.length}`}
			count={article.timeline.length}
			empty="no dated events found"
			size={size}
			theme={theme}
			rowsPerItem={1}
			renderItem={renderItem}
		/>
	);
}
