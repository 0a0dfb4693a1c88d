import {Text} from 'ink';
import {useCallback} from 'react';
import type {Article} from '../../article/types.js';
import {displayText} from '../document.js';
import {innerSize} from '../layout.js';
import {fit, truncate} from '../../render/truncate.js';
import {displayWidth, wrapRanges} from '../../render/wrap.js';
import {ListPane, type PaneProps} from './list-pane.js';
import {loadingNote, withLoading} from './loading-note.js';
import {StyledText} from './styled-text.js';

type Props = PaneProps;

/** Most lines a selected quote expands to. */
const expandedLimit = 8;

function expandedLines(article: Article, index: number, width: number): string[] {
	const quote = article.quotes[index];
	if (!quote) return [];
	const text = `“${displayText(quote.text)}”`;
	return wrapRanges(text, width - 2)
		.slice(0, expandedLimit)
		.map((range) => text.slice(range.start, range.end));
}

/** Every quote with its speaker and section; the selected one shown in full while focused. */
export function QuotePanel({article, size, theme, loading = null, ...props}: Props) {
	const width = innerSize(size).width;
	const renderItem = useCallback(
		(index: number, isSelected: boolean) => {
			const quote = article.quotes[index]!;
			const text = `“${displayText(quote.text)}”`;
			const lines = isSelected && props.focused ? expandedLines(article, index, width) : [text];
			const section = `§${quote.section + 1}`;
			const speaker = truncate(
				`— ${quote.speaker ? displayText(quote.speaker) : 'unattributed'}`,
				width - 2 - displayWidth(section) - 1,
			);
			return (
				<>
					{lines.map((line, lineIndex) => (
						<StyledText key={lineIndex} style={isSelected ? theme.selected : theme.emphasis.quote}>
							{fit((isSelected && lineIndex === 0 ? '▸ ' : '  ') + line, width)}
						</StyledText>
					))}
					<Text wrap="truncate">
						{'  '}
						<StyledText style={theme.speaker}>{speaker}</StyledText>
						{' '.repeat(Math.max(1, width - 2 - displayWidth(speaker) - displayWidth(section)))}
						{section}
					</Text>
				</>
			);
		},
		[article, theme, width, props.focused],
	);
	const extraRows = props.focused
		? Math.max(0, expandedLines(article, props.selected, width).length - 1)
		: 0;
	return (
		<ListPane
			{...props}
			title={withLoading(`Quotes ${article.quotes.length}`, loading)}
			count={article.quotes.length}
			empty={loading === null ? 'no quotes found' : loadingNote(loading)}
			size={size}
			theme={theme}
			rowsPerItem={2}
			extraRows={extraRows}
			renderItem={renderItem}
		/>
	);
}
