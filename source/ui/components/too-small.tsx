import {Text} from 'ink';
import {minimumColumns, minimumRows} from '../layout.js';
import {truncate} from '../../render/truncate.js';

/** The one line shown when the terminal is smaller than any layout. */
export function TooSmall({columns}: {readonly columns: number}) {
	return (
		<Text wrap="truncate">
			{truncate(`Terminal too small (${minimumColumns}×${minimumRows} needed) · q quits`, columns)}
		</Text>
	);
}
