import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './scripts/i18n/paraglide-options.js';

export default defineConfig({
	plugins: [paraglideVitePlugin(paraglideOptions), sveltekit()],
	resolve: {
		// Dexie's own ES2018 module build rather than its package entry, which wraps the ES5 UMD
		// build (for CommonJS consumers, which this app has none of): ~2 kB gzip less on every page.
		alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }]
	},
	test: {
		setupFiles: ['src/test-setup.ts'],
		// A test that asserts nothing is a defect: it fails.
		expect: { requireAssertions: true },
		// The property tests (hundreds of generated files each) take ~1 s alone and up to ~3 s on a
		// shared 2-core machine running other suites; 5 s (the default) left too little margin.
		testTimeout: 15_000,
		projects: [
			{
				// Pure logic and the data layer, in Node (fake-indexeddb; `ws` for relay clients).
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					// The relay (relay/) is Node code beside src/, with its tests beside it.
					include: ['src/**/*.{test,spec}.ts', 'relay/**/*.test.ts'],
					exclude: ['src/**/*.component.test.ts']
				}
			},
			{
				// Components in jsdom: svelteTesting resolves Svelte's browser build and cleans the DOM
				// after each test. Kept apart so Node-only packages never resolve to browser builds.
				extends: true,
				plugins: [svelteTesting()],
				test: { name: 'components', environment: 'jsdom', include: ['src/**/*.component.test.ts'] }
			}
		]
	}
});
