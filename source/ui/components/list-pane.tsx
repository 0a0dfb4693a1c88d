import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useMemo, type ReactNode} from 'react';
import type {Article} from '../../article/types.js';
import {innerSize, type Size} from '../layout.js';
import type {Theme} from '../theme.js';
import {Pane} from './pane.js';

/** What each list pane (sections, quotes, timeline) is drawn from. */
export type PaneProps = {
	readonly article: Article;
	/** The selected item's index in the pane's order. */
	readonly selected: number;
	readonly focused: boolean;
	readonly size: Size;
	readonly theme: Theme;
	/** The share of the whole article built, while a preview is shown; null once it is whole. */
	readonly loading?: number | null;
};

type Props = {
	readonly title: string;
	readonly count: number;
	readonly empty: string;
	readonly selected: number;
	/** Marked as the focused pane. */
	readonly focused: boolean;
	readonly size: Size;
	readonly theme: Theme;
	/** Rows each item takes (the selected one may take more). */
	readonly rowsPerItem: number;
	/** Extra rows the selected item takes beyond `rowsPerItem`. */
	readonly extraRows?: number;
	readonly renderItem: (index: number, isSelected: boolean) => ReactNode;
};

type Item = {key: string; label: string; value: number};

const noIndicator = () => null;

/**
 * A list pane drawn by ink-select-input, which windows the items (`limit`) around the selected
 * one. The selection lives in the reader's state and the list keys go through the keymap: the
 * select input is remounted at the selection and never reads keys itself (`isFocused` false),
 * because its key handler is replaced only after React's deferred effects run, and keys typed
 * quickly would reach a stale handler.
 */
export function ListPane(props: Props) {
	const {count, selected, size, rowsPerItem, renderItem} = props;
	const inner = innerSize(size);
	const limit = Math.max(1, Math.floor((inner.height - (props.extraRows ?? 0)) / rowsPerItem));
	// Only the items in view go to the select input, which copies and compares all it is given
	// on every frame: a long article has tens of thousands of quotes. The window is the one it
	// would show: from the top, or with the selected item on its last row.
	const first = Math.max(0, selected - (limit - 1));
	const shown = Math.min(count - first, limit);
	const items = useMemo<Item[]>(
		() =>
			Array.from({length: shown}, (_, offset) => ({
				key: String(first + offset),
				label: String(first + offset),
				value: first + offset,
			})),
		[first, shown],
	);
	const Row = useMemo(
		() =>
			function Row({label, isSelected}: {readonly label: string; readonly isSelected?: boolean}) {
				return <Box flexDirection="column">{renderItem(Number(label), Boolean(isSelected))}</Box>;
			},
		[renderItem],
	);
	return (
		<Pane title={props.title} focused={props.focused} size={size} theme={props.theme}>
			{count === 0 ? (
				<Text wrap="truncate">{props.empty}</Text>
			) : (
				<SelectInput
					key={selected}
					items={items}
					initialIndex={selected - first}
					limit={limit}
					isFocused={false}
					indicatorComponent={noIndicator}
					itemComponent={Row}
				/>
			)}
		</Pane>
	);
}
