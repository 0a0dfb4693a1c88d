import {ESLint} from 'eslint';
import {expect, test} from 'vitest';

// The lint rule that keeps the layers apart (eslint.config.js), tried on one import at a time.
const eslint = new ESLint();

async function allowed(file: string, module: string): Promise<boolean> {
	const [result] = await eslint.lintText(`import '${module}';\n`, {filePath: file});
	return !result?.messages.some((message) => message.ruleId === 'no-restricted-imports');
}

test.each([
	['source/article/quotes.ts', 'chalk', false],
	['source/article/quotes.ts', 'ink', false],
	['source/article/quotes.ts', '../ui/keymap.js', false],
	['source/article/quotes.ts', 'chrono-node', true],
	['source/render/style.ts', 'chalk', true],
	['source/render/style.ts', 'ink', false],
	['source/render/style.ts', 'react', false],
	['source/render/style.ts', 'ink-select-input', false],
	['source/render/style.ts', '../ui/theme.js', false],
	['source/cli.ts', 'ink', false],
	['source/cli.ts', 'chalk', false],
	['source/cli.ts', './render/text.js', true],
	['source/ui/app.tsx', 'ink', true],
])('%s importing %s is allowed: %s', async (file, module, expected) => {
	expect(await allowed(file, module)).toBe(expected);
});
