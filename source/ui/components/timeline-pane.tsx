import {Text} from 'ink';
import {useCallback} from 'react';
import type {TimelineEvent} from '../../article/types.js';
import {displayText} from '../document.js';
import {innerSize} from '../layout.js';
import {timelineOrder} from '../timeline-order.js';
import {fit, truncate} from '../../render/truncate.js';
import {wrapRanges} from '../../render/wrap.js';
import {ListPane, type PaneProps} from './list-pane.js';
import {loadingNote, withLoading} from './loading-note.js';
import {StyledText} from './styled-text.js';

type Props = PaneProps;

const dateWidth = 10;

/** How an event's date is shown: the date, `~` for approximate, `undated` without one. */
export function dateLabel(event: TimelineEvent): string {
	if (event.date === null) return 'undated';
	return event.approximate ? `~${event.date}` : event.date;
}

/**
 * The events in date order as a vertical line: date column, a marker on the line (`●` dated,
 * `○` undated), the summary and the section. The selected event shows its whole summary.
 */
export function TimelinePane({article, size, theme, loading = null, ...props}: Props) {
	const width = innerSize(size).width;
	const order = timelineOrder(article);
	const summaryWidth = Math.max(1, width - 2 - dateWidth - 3 - 5);
	const renderItem = useCallback(
		(index: number, isSelected: boolean) => {
			const event = article.timeline[order[index]!]!;
			const section = fit(`§${event.section + 1}`, 4);
			const marker = event.date === null ? '○' : '●';
			const lines = summaryLines(
				displayText(event.summary),
				summaryWidth,
				isSelected && props.focused,
			);
			const date = fit(dateLabel(event), dateWidth);
			return (
				<>
					<Text wrap="truncate" inverse={isSelected}>
						{isSelected ? '▸ ' : '  '}
						<StyledText style={event.date === null ? {} : theme.date}>{date}</StyledText>{' '}
						<StyledText style={theme.marker}>{marker}</StyledText>{' '}
						{fit(lines[0] ?? '', summaryWidth)} {section}
					</Text>
					{lines.slice(1).map((line, lineIndex) => (
						<Text key={lineIndex} wrap="truncate" inverse={isSelected}>
							{' '.repeat(2 + dateWidth + 1)}
							<StyledText style={theme.marker}>│</StyledText> {fit(line, summaryWidth)}
							{'     '}
						</Text>
					))}
				</>
			);
		},
		[article, order, theme, summaryWidth, props.focused],
	);
	const selected = article.timeline[order[props.selected] ?? -1];
	const extraRows =
		selected && props.focused
			? summaryLines(displayText(selected.summary), summaryWidth, true).length - 1
			: 0;
	return (
		<ListPane
			{...props}
			title={withLoading(`Timeline ${article.timeline.length}`, loading)}
			count={article.timeline.length}
			empty={loading === null ? 'no dated events found' : loadingNote(loading)}
			size={size}
			theme={theme}
			rowsPerItem={1}
			extraRows={extraRows}
			renderItem={renderItem}
		/>
	);
}

/** The summary on one line, or wrapped in full (at most four lines) for the selected event. */
function summaryLines(summary: string, width: number, full: boolean): string[] {
	if (!full) return [truncate(summary, width)];
	return wrapRanges(summary, width)
		.slice(0, 4)
		.map((range) => summary.slice(range.start, range.end));
}
