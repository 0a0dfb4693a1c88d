import {Box, Text} from 'ink';
import {contextLabel, keyLabel, keymap} from '../keymap.js';
import {helpHeight, innerSize, type Layout} from '../layout.js';
import type {Theme} from '../theme.js';
import {fit} from '../../render/truncate.js';
import {Pane} from './pane.js';

type Props = {
	readonly layout: Layout;
	/** First row in view, when the help is taller than the screen. */
	readonly top: number;
	readonly theme: Theme;
};

/** The help screen, generated from the keymap: keys, what they do, where they apply. */
export function HelpOverlay({layout, top, theme}: Props) {
	const size = {width: layout.columns, height: layout.bodyHeight};
	const {width} = innerSize(size);
	const height = helpHeight(layout);
	const rows = keymap.map((binding) => ({
		keys: keyLabel(binding),
		text: `${binding.description} (${contextLabel(binding)})`,
	}));
	const keysWidth = Math.min(18, Math.max(...rows.map((row) => row.keys.length)) + 1);
	const scrolls = rows.length > height;
	const title = scrolls
		? `Help ${top + 1}–${Math.min(rows.length, top + height)}/${rows.length} · j/k scroll · ? or Esc closes`
		: 'Help · ? or Esc closes';
	return (
		<Pane title={title} focused size={size} theme={theme}>
			{rows.slice(top, top + height).map((row) => (
				<Box key={row.keys + row.text} height={1} flexShrink={0}>
					<Text wrap="truncate">
						<Text bold>{fit(row.keys, keysWidth)}</Text>
						{fit(row.text, width - keysWidth)}
					</Text>
				</Box>
			))}
		</Pane>
	);
}
