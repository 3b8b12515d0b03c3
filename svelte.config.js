import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to path/index.html and reads its ids from the query string,
		// so the build works on any static host, under any sub-path, with no rewrite rules.
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: undefined,
			strict: true,
			precompress: true
		}),
		// The relay (relay/: Node, JSDoc-typed JavaScript and its TypeScript tests) is type-checked
		// with the app.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../relay/**/*.js', '../relay/**/*.ts');
			}
		},
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		// Test and bench kits (synthetic data, measures): only tests and scripts import them.
		alias: { $testing: 'src/testing' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
