import {Text} from 'ink';
import type {ReactNode} from 'react';
import type {Style} from '../theme.js';

/** `<Text>` with a theme style; never wraps (rows are fitted to their pane beforehand). */
export function StyledText({
	style,
	children,
}: {
	readonly style: Style;
	readonly children?: ReactNode;
}) {
	return (
		<Text
			color={style.color}
			bold={style.bold}
			inverse={style.inverse}
			underline={style.underline}
			wrap="truncate"
		>
			{children}
		</Text>
	);
}
