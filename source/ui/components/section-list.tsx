import {useCallback} from 'react';
import type {Article} from '../../article/types.js';
import {headingText} from '../document.js';
import {innerSize, type Size} from '../layout.js';
import type {Theme} from '../theme.js';
import {fit} from '../../render/truncate.js';
import {ListPane} from './list-pane.js';
import {StyledText} from './styled-text.js';

type Props = {
	readonly article: Article;
	readonly selected: number;
	readonly focused: boolean;
	readonly size: Size;
	readonly theme: Theme;
};

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
