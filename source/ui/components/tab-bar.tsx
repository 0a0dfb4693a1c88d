import {Text} from 'ink';
import type {Pane} from '../state.js';
import {truncate} from '../../render/truncate.js';

type Props = {
	readonly focus: Pane;
	readonly labels: Readonly<Record<Pane, string>>;
	readonly order: readonly Pane[];
	readonly columns: number;
};

/** Narrow layout: the panes as tabs, the shown one marked by `▸` and inverse. */
export function TabBar({focus, labels, order, columns}: Props) {
	let used = 0;
	return (
		<Text wrap="truncate">
			{order.map((pane) => {
				const label = truncate(
					` ${pane === focus ? '▸' : ' '}${labels[pane]} `,
					Math.max(0, columns - used),
				);
				used += label.length + 1;
				return (
					<Text key={pane}>
						<Text inverse={pane === focus} bold={pane === focus}>
							{label}
						</Text>{' '}
					</Text>
				);
			})}
		</Text>
	);
}
