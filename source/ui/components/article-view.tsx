import {Text} from 'ink';
import {Fragment} from 'react';
import {piecesOf, type Highlights} from '../highlight.js';
import type {Line} from '../document.js';
import type {Size} from '../layout.js';
import type {Style, Theme} from '../theme.js';
import {Pane} from './pane.js';

type Props = {
	readonly title: string;
	readonly lines: readonly Line[];
	readonly highlights: Highlights;
	readonly focused: boolean;
	readonly size: Size;
	readonly theme: Theme;
};

const isPlain = (style: Style) => !style.color && !style.bold && !style.inverse && !style.underline;

/**
 * The article pane: only the lines in view, already wrapped to the pane's width, as one block of
 * text. A single `<Text>` for the pane, with a nested one only for a run that is styled, keeps a
 * frame to a few layout nodes however many lines it shows: a node per line made the first frame
 * noticeably slower.
 */
export function ArticleView({title, lines, highlights, focused, size, theme}: Props) {
	return (
		<Pane title={title} focused={focused} size={size} theme={theme}>
			<Text>
				{lines.map((line, index) => (
					<Fragment key={index}>
						{index > 0 && '\n'}
						{line.kind !== 'blank' && (
							<Text bold={line.kind === 'heading' && theme.heading.bold}>
								{piecesOf(line, highlights).map((piece, pieceIndex) => {
									const style = theme.emphasis[piece.emphasis];
									return isPlain(style) ? (
										piece.text
									) : (
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
					</Fragment>
				))}
			</Text>
		</Pane>
	);
}
