import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {Size} from '../layout.js';
import type {Theme} from '../theme.js';
import {innerSize} from '../layout.js';
import {truncate} from '../../render/truncate.js';

type Props = {
	readonly title: string;
	/** The focused pane has `▸` before its title and a coloured border. */
	readonly focused: boolean;
	readonly size: Size;
	readonly theme: Theme;
	readonly children?: ReactNode;
};

/** A bordered pane of a fixed size; whatever does not fit is cut off. */
export function Pane({title, focused, size, theme, children}: Props) {
	const {width} = innerSize(size);
	return (
		<Box
			flexDirection="column"
			width={size.width}
			height={size.height}
			borderStyle={focused ? 'bold' : 'round'}
			borderColor={focused ? theme.focusedBorder : undefined}
			paddingX={1}
			overflow="hidden"
			flexShrink={0}
		>
			<Text bold={focused} wrap="truncate">
				{truncate((focused ? '▸ ' : '  ') + title, width)}
			</Text>
			{children}
		</Box>
	);
}
