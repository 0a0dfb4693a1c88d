import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const uiPackages = ['ink', 'ink-*', 'react', 'react/*', 'chalk', '**/ui/**'];

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
		// The model and the printed output never depend on the interactive UI.
		files: ['source/article/**', 'source/render/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{patterns: [{group: uiPackages, message: 'article/ and render/ stay free of UI code.'}]},
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
							group: uiPackages.filter((p) => p !== '**/ui/**'),
							message: 'cli.ts loads the UI with a dynamic import().',
						},
					],
				},
			],
		},
	},
);
