import { expect, test } from '@playwright/test';
import { E2E_PORT, serveStatic, waitForServiceWorker } from './helpers';

// The normal build/ (relative paths) served under a sub-path by a plain static server with no
// rewrite rules: what a facilitator gets on GitHub Pages or an intranet folder.
const BASE = '/convene';
let server: Awaited<ReturnType<typeof serveStatic>>;

// One server on one port: these tests share it, so they run in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	server = await serveStatic({ dir: 'build', port: E2E_PORT + 10, base: BASE });
});
test.afterAll(async () => {
	await server?.close();
});

test('under a sub-path: home, reload of a workshop, about, and deep links all work', async ({
	page,
	context
}) => {
	const outside: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin === server.origin && !url.pathname.startsWith(`${BASE}/`))
			outside.push(url.pathname);
	});
	const failed: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});

	await page.goto(`${server.url}/`);
	await expect(page.getByRole('heading', { name: 'Workshops', level: 1 })).toBeVisible();
	await page.getByLabel('Title').fill('Sub-path convening');
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Sub-path convening');
	const workshopUrl = new URL(page.url());
	expect(workshopUrl.pathname).toBe(`${BASE}/workshop/`);
	expect(workshopUrl.searchParams.get('id')).toBeTruthy();

	// Reloading a screen: the host serves workshop/index.html, the page reads the id from the query.
	await page.reload();
	await expect(page.getByTestId('workshop-title')).toHaveText('Sub-path convening');

	// The app's own links stay under the base.
	await page.getByRole('link', { name: 'About & sources' }).click();
	await expect(page.getByRole('heading', { name: 'About Convene' })).toBeVisible();
	expect(new URL(page.url()).pathname).toBe(`${BASE}/about/`);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'About Convene' })).toBeVisible();

	// A deep link opened in a new tab, and one typed without the trailing slash (the host redirects).
	const tab = await context.newPage();
	await tab.goto(workshopUrl.href);
	await expect(tab.getByTestId('workshop-title')).toHaveText('Sub-path convening');
	await tab.goto(`${server.url}/workshop?id=${workshopUrl.searchParams.get('id')}`);
	await expect(tab.getByTestId('workshop-title')).toHaveText('Sub-path convening');
	await tab.goto(`${server.url}/about`);
	await expect(tab.getByRole('heading', { name: 'About Convene' })).toBeVisible();

	// The service worker is scoped to the sub-path and precached the pages under it.
	await waitForServiceWorker(page);
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(scope).toBe(`${server.url}/`);
	const cached = await page.evaluate(async () => {
		const keys = await caches.keys();
		const cache = await caches.open(keys[0]);
		return (await cache.keys()).map((r) => new URL(r.url).pathname);
	});
	expect(cached).toEqual(
		expect.arrayContaining([`${BASE}/`, `${BASE}/workshop/`, `${BASE}/about/`])
	);
	expect(cached.every((p) => p.startsWith(`${BASE}/`))).toBe(true);

	expect(outside).toEqual([]);
	expect(failed).toEqual([]);
});

test('a workshop link opened in a browser that does not have it says so, under the sub-path too', async ({
	page
}) => {
	await page.goto(`${server.url}/workshop/?id=not-in-this-browser`);
	await expect(page.getByTestId('not-found')).toBeVisible();
	await page.getByRole('link', { name: 'All workshops' }).click();
	await expect(page.getByRole('heading', { name: 'Workshops', level: 1 })).toBeVisible();
	expect(new URL(page.url()).pathname).toBe(`${BASE}/`);
});
