/** Shared steps for the end-to-end journeys. */
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export async function openHome(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Workshops', level: 1 })).toBeVisible();
}

export async function loadDemo(page: Page) {
	await openHome(page);
	await page.getByRole('button', { name: 'Try the demo' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('ROOTS Partnership Design convening');
}

/** Waits until every write has landed (the header says "Saved"). */
export async function expectSaved(page: Page) {
	await expect(page.getByTestId('save-status')).toHaveText(/Saved/);
}

/** Downloads what `trigger` produces and returns its text. */
export async function downloadText(page: Page, trigger: () => Promise<void>) {
	const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
	const path = await download.path();
	return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Chooses files in the home page's import picker. */
export async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
	await page.getByLabel('Import a workshop file').setInputFiles(files);
}

export const jsonFile = (name: string, content: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(content) });

/** No serious or critical accessibility findings on the current page. */
export async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The port of the main e2e server; side servers (sub-path hosting, update tests) use offsets from it. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * Serves a directory with scripts/serve.mjs (a plain static host, no rewrites) in a child process.
 * Call `close()` when done (in `afterAll`/`finally`).
 */
export async function serveStatic(options: { dir: string; port: number; base?: string }) {
	const args = ['scripts/serve.mjs', '--dir', options.dir, '--port', String(options.port)];
	if (options.base) args.push('--base', options.base);
	const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const origin = `http://127.0.0.1:${options.port}`;
	const deadline = Date.now() + 10_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`serve.mjs exited: ${output}`);
		try {
			await fetch(`${origin}${options.base ?? ''}/`);
			break;
		} catch {
			if (Date.now() > deadline) throw new Error(`serve.mjs did not start: ${output}`);
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return {
		origin,
		url: `${origin}${options.base ?? ''}`,
		close: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill();
			})
	};
}

/** Resolves once the page's service worker is active (it precaches the app while installing). */
export async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
}
