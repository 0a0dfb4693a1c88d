import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const uiPackages = ['ink', 'ink-*', 'react', 'react/*', '**/ui/**'];

export default tseslint.config(
	{ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'test/fixtures/**']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		languageOptions: {
			globals: globals.node,
		},
		rules: {
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
		},
	},
	{
		// The model is pure text processing: no UI and no colour.
		files: ['source/article/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{group: [...uiPackages, 'chalk'], message: 'article/ stays free of UI and colour.'},
					],
				},
			],
		},
	},
	{
		// The printed output never depends on the interactive UI; it may colour with chalk.
		files: ['source/render/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{patterns: [{group: uiPackages, message: 'render/ stays free of UI code.'}]},
			],
		},
	},
	{
		// The printed path must not load React or Ink; the UI is imported lazily.
		files: ['source/cli.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [...uiPackages.filter((p) => p !== '**/ui/**'), 'chalk'],
							message: 'cli.ts loads the UI with a dynamic import(); render/ does the colour.',
						},
					],
				},
			],
		},
	},
);
