import {tmpdir} from 'node:os';
import path from 'node:path';
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		globalSetup: ['test/_helpers/temporary-folder.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Ink draws only its last frame when it thinks it runs in CI. The reader draws only on a
		// terminal (the bundle switches that check off), so in-process tests of it must not
		// inherit CI from the environment; tests that need CI set pass it to the CLI explicitly.
		// The programs the tests run keep their compile cache (source/launch.ts) apart from the
		// user's.
		env: {
			CI: 'false',
			CONTINUOUS_INTEGRATION: 'false',
			XDG_CACHE_HOME: path.join(tmpdir(), 'readout-test-cache'),
		},
	},
});
