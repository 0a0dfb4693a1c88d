import {Box, Text} from 'ink';
import {contextLabel, keyLabel, keymap} from '../keymap.js';
import {innerSize, type Size} from '../layout.js';
import type {Theme} from '../theme.js';
import {fit} from '../wrap-lines.js';
import {Pane} from './pane.js';

/** The help screen, generated from the keymap: keys, what they do, where they apply. */
export function HelpOverlay({size, theme}: {readonly size: Size; readonly theme: Theme}) {
	const {width, height} = innerSize(size);
	const rows = keymap.map((binding) => ({
		keys: keyLabel(binding),
		text: `${binding.description} (${contextLabel(binding)})`,
	}));
	const keysWidth = Math.min(18, Math.max(...rows.map((row) => row.keys.length)) + 1);
	// Two columns when one is not tall enough and the pane is wide enough.
	const columns = rows.length > height && width >= 90 ? 2 : 1;
	const perColumn = Math.ceil(rows.length / columns);
	const columnWidth = Math.floor(width / columns);
	return (
		<Pane title="Help · ? or Esc closes" focused size={size} theme={theme}>
			<Box flexDirection="row">
				{Array.from({length: columns}, (_, column) => (
					<Box key={column} flexDirection="column" width={columnWidth}>
						{rows.slice(column * perColumn, (column + 1) * perColumn).map((row) => (
							<Text key={row.keys + row.text} wrap="truncate">
								<Text bold>{fit(row.keys, keysWidth)}</Text>
								{fit(row.text, columnWidth - keysWidth - 1)}
							</Text>
						))}
					</Box>
				))}
			</Box>
		</Pane>
	);
}
