import { expect, test } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { E2E_PORT, expectSaved, openHome, serveStatic, waitForServiceWorker } from './helpers';

test('after one visit, Convene loads and works with the network off', async ({ page, context }) => {
	await openHome(page);
	await waitForServiceWorker(page);
	await page.getByLabel('Title').fill('Offline convening');
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Offline convening');
	const workshopUrl = page.url();

	await context.setOffline(true);
	try {
		// A full reload of a deep link: the page shell, its scripts and styles all come from the cache.
		await page.reload();
		await expect(page.getByTestId('workshop-title')).toHaveText('Offline convening');
		await page.getByLabel('Facilitator').fill('Written offline');
		await expectSaved(page);

		await page.goto('/about/');
		await expect(page.getByRole('heading', { name: 'About Convene' })).toBeVisible();
		await page.goto('/');
		await page.getByRole('link', { name: 'Offline convening' }).click();
		await expect(page.getByLabel('Facilitator')).toHaveValue('Written offline');
		expect(page.url()).toBe(workshopUrl);
	} finally {
		await context.setOffline(false);
	}
});

test('a new version is announced, and takes over only when the user reloads', async ({ page }) => {
	// A copy of the build on its own port, so the test can publish a "new version" of it.
	const dir = mkdtempSync(path.join(tmpdir(), 'convene-update-'));
	cpSync('build', dir, { recursive: true });
	const server = await serveStatic({ dir, port: E2E_PORT + 11 });
	try {
		await page.goto(`${server.url}/`);
		await waitForServiceWorker(page);
		// Only a page the current version controls makes a new version wait.
		await page.reload();
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
			.toBe(true);
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

		const workerFile = path.join(dir, 'service-worker.js');
		const { version } = JSON.parse(readFileSync(path.join(dir, '_app/version.json'), 'utf8')) as {
			version: string;
		};
		const oldWorker = readFileSync(workerFile, 'utf8');
		expect(oldWorker).toContain(version);
		writeFileSync(workerFile, oldWorker.replaceAll(version, `${version}9`));
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

		const notice = page.getByTestId('update-notice');
		// The new version announces itself once it has installed: that is, fetched and cached every
		// file of the app (seconds on a busy machine).
		await expect(notice).toContainText('A new version of Convene is ready.', { timeout: 30_000 });
		// Announced, not forced: this is still the same page, not reloaded behind the user's back.
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
		mkdirSync('reports/screens', { recursive: true });
		for (const [width, height] of [
			[1280, 720],
			[1440, 900]
		]) {
			await page.setViewportSize({ width, height });
			await page.screenshot({ path: `reports/screens/update-notice-${width}x${height}.png` });
		}

		await Promise.all([
			page.waitForEvent('load'),
			notice.getByRole('button', { name: 'Reload' }).click()
		]);
		await expect(page.getByRole('heading', { name: 'Workshops', level: 1 })).toBeVisible();
		expect(
			await page.evaluate(() => (window as unknown as { marker?: number }).marker)
		).toBeUndefined();
		await expect(page.getByTestId('update-notice')).toHaveCount(0);
		// The new version's cache replaced the old one.
		expect(await page.evaluate(() => caches.keys())).toEqual([`convene-${version}9`]);
	} finally {
		await server.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
