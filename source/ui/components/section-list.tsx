import {useCallback} from 'react';
import {headingText} from '../document.js';
import {innerSize} from '../layout.js';
import {fit} from '../../render/truncate.js';
import {ListPane, type PaneProps} from './list-pane.js';
import {StyledText} from './styled-text.js';

type Props = PaneProps;

/** The numbered section titles; the selected one is the section in view unless focused. */
export function SectionList({article, size, theme, ...props}: Props) {
	const width = innerSize(size).width;
	const renderItem = useCallback(
		(index: number, isSelected: boolean) => (
			<StyledText style={isSelected ? theme.selected : {}}>
				{fit((isSelected ? '▸ ' : '  ') + headingText(article, index), width)}
			</StyledText>
		),
		[article, theme, width],
	);
	return (
		<ListPane
			{...props}
			title="Sections"
			count={article.sections.length}
			empty="no sections"
			size={size}
			theme={theme}
			rowsPerItem={1}
			renderItem={renderItem}
		/>
	);
}
