import {Box, Text} from 'ink';
import {piecesOf, type Highlights} from '../highlight.js';
import type {Line} from '../document.js';
import type {Size} from '../layout.js';
import type {Theme} from '../theme.js';
import {Pane} from './pane.js';

type Props = {
	readonly title: string;
	readonly lines: readonly Line[];
	readonly highlights: Highlights;
	readonly focused: boolean;
	readonly size: Size;
	readonly theme: Theme;
};

/** The article pane: only the lines in view, already wrapped to the pane's width. */
export function ArticleView({title, lines, highlights, focused, size, theme}: Props) {
	return (
		<Pane title={title} focused={focused} size={size} theme={theme}>
			{lines.map((line, index) => (
				<Box key={index} height={1} flexShrink={0}>
					{line.kind === 'blank' ? (
						<Text> </Text>
					) : (
						<Text bold={line.kind === 'heading' && theme.heading.bold} wrap="truncate">
							{piecesOf(line, highlights).map((piece, pieceIndex) => {
								const style = theme.emphasis[piece.emphasis];
								return (
									<Text
										key={pieceIndex}
										color={style.color}
										bold={style.bold}
										inverse={style.inverse}
										underline={style.underline}
									>
										{piece.text}
									</Text>
								);
							})}
						</Text>
					)}
				</Box>
			))}
		</Pane>
	);
}
