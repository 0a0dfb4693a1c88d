import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/**
 * Global setup: the tests, and the programs they run, make their temporary files in one fresh
 * folder (TMPDIR), removed with everything in it when the run ends, so that a run leaves
 * nothing behind in the system's temporary folder, whichever test made what.
 */
export default function setup(): () => void {
	const folder = mkdtempSync(path.join(tmpdir(), 'readout-tests-'));
	process.env['TMPDIR'] = folder;
	return () => {
		rmSync(folder, {recursive: true, force: true});
	};
}
