import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useMemo, type ReactNode} from 'react';
import {innerSize, type Size} from '../layout.js';
import type {Theme} from '../theme.js';
import {Pane} from './pane.js';

type Props = {
	readonly title: string;
	readonly count: number;
	readonly empty: string;
	readonly selected: number;
	/** Marked as the focused pane. */
	readonly focused: boolean;
	/** Reads keys (focused, and no overlay or prompt open). */
	readonly active: boolean;
	readonly size: Size;
	readonly theme: Theme;
	/** Rows taken by the items before the selected one is counted (the selected may take more). */
	readonly rowsPerItem: number;
	/** Extra rows the selected item takes beyond `rowsPerItem`. */
	readonly extraRows?: number;
	readonly renderItem: (index: number, isSelected: boolean) => ReactNode;
	readonly onHighlight: (index: number) => void;
	readonly onSelect: (index: number) => void;
};

type Item = {key: string; label: string; value: number};

const noIndicator = () => null;

/** How many items fit, and the first one in view, as ink-select-input windows them. */
export function listWindow(selected: number, limit: number): number {
	return selected > limit - 1 ? selected - limit + 1 : 0;
}

/**
 * A list pane. While it reads keys, ink-select-input moves the selection (`j`/`k`/arrows),
 * opens an item (Enter, digits) and draws the rows in view; the reader's state remounts it at
 * the selected item, so the selection lives in one place.
 */
export function ListPane(props: Props) {
	const {count, selected, size, rowsPerItem, renderItem} = props;
	const inner = innerSize(size);
	const limit = Math.max(1, Math.floor((inner.height - (props.extraRows ?? 0)) / rowsPerItem));
	const items = useMemo<Item[]>(
		() =>
			Array.from({length: count}, (_, index) => ({
				key: String(index),
				label: String(index),
				value: index,
			})),
		[count],
	);
	const Row = useMemo(
		() =>
			function Row({label, isSelected}: {readonly label: string; readonly isSelected?: boolean}) {
				return <Box flexDirection="column">{renderItem(Number(label), Boolean(isSelected))}</Box>;
			},
		[renderItem],
	);
	let body: ReactNode;
	if (count === 0) {
		body = <Text wrap="truncate">{props.empty}</Text>;
	} else if (props.active) {
		body = (
			<SelectInput
				key={selected}
				items={items}
				initialIndex={selected}
				limit={limit}
				isFocused
				indicatorComponent={noIndicator}
				itemComponent={Row}
				onHighlight={(item) => props.onHighlight(item.value)}
				onSelect={(item) => props.onSelect(item.value)}
			/>
		);
	} else {
		const start = listWindow(selected, limit);
		const visible = items.slice(start, start + limit);
		body = (
			<Box flexDirection="column">
				{visible.map((item) => (
					<Row key={item.key} label={item.label} isSelected={item.value === selected} />
				))}
			</Box>
		);
	}
	return (
		<Pane title={props.title} focused={props.focused} size={size} theme={props.theme}>
			{body}
		</Pane>
	);
}
