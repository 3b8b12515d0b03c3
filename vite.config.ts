import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// svelteTesting: component tests (jsdom, `// @vitest-environment jsdom`) resolve Svelte's browser build
	// and clean up the DOM after each test.
	plugins: [sveltekit(), svelteTesting()],
	test: {
		include: ['src/**/*.{test,spec}.ts'],
		environment: 'node',
		setupFiles: ['src/test-setup.ts'],
		// A test that asserts nothing is a defect: it fails.
		expect: { requireAssertions: true },
		// The property tests (hundreds of generated files each) take ~1 s alone and up to ~3 s on a
		// shared 2-core machine running other suites; 5 s (the default) left too little margin.
		testTimeout: 15_000
	}
});
