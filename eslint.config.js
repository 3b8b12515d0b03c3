import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const TESTING = 'src/testing holds test and bench kits: product code never imports them';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'reports/',
			'test-results/',
			'bench/',
			'src/lib/paraglide/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// User text must never reach the DOM as markup.
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Links are built with resolve() plus a query string, which this rule cannot see through.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	// Test and bench kits live in src/testing; nothing under src/lib imports them, its tests
	// included (a test that needs a kit lives in src/testing too).
	{
		files: ['src/lib/**/*.{ts,svelte}'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['$testing', '$testing/*', '**/testing/*'], message: TESTING }] }
			]
		}
	},
	// State sits below the live room's transport: nothing in it imports `$lib/live`.
	{
		files: ['src/lib/state/**/*.ts'],
		ignores: ['src/lib/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['$testing', '$testing/*', '**/testing/*'], message: TESTING },
						{
							group: ['$lib/live', '$lib/live/*', '../live/*'],
							message: 'state/ never imports live/'
						}
					]
				}
			]
		}
	}
);
