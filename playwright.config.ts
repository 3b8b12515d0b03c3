import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// End-to-end tests run against the static build served by scripts/serve.mjs, i.e. exactly what a
// facilitator would host. scripts/test.sh builds the site before Playwright starts.
// E2E_PORT lets two checkouts run their suites side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	// Generous limits: these machines are shared 2-core boxes running two workers, where a page
	// that takes 2 s when quiet can take 12 s under load. A limit only costs time when a test fails;
	// every wait is for a state, never a fixed sleep.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	// reports/ lives outside test-results/, which Playwright empties at the start of every run.
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 1440, height: 900 },
		// Debian's Chromium: browser downloads are not possible on these machines.
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
		acceptDownloads: true,
		trace: 'off',
		screenshot: 'only-on-failure'
	},
	// Every test gets a fresh browser context, i.e. an empty profile with no IndexedDB data.
	projects: [{ name: 'chromium' }],
	webServer: {
		command: `node scripts/serve.mjs --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
