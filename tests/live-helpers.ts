/** Shared steps for the live-room journeys: a relay the test controls, a facilitator's room, participants joining by code. */
import { expect, type Browser, type Page } from '@playwright/test';
import { E2E_PORT, serveStatic } from './helpers';

/**
 * Starts `scripts/serve.mjs` over build/ on its own port (E2E_PORT + offset, 20..29), so a test can
 * stop and restart the relay (it runs inside that server) while the pages stay loaded.
 */
export async function startServer(offset: number) {
	return serveStatic({ dir: 'build', port: E2E_PORT + offset });
}

/** Creates a workshop from the convening template at `origin` and opens its live room; returns its id and code. */
export async function openLiveRoom(page: Page, origin: string) {
	await page.goto(`${origin}/`);
	await expect(page.getByRole('heading', { name: 'Workshops', level: 1 })).toBeVisible();
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Partnership Design convening');
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto(`${origin}/workshop/session/?id=${id}`);
	await page.getByRole('button', { name: 'Open live room' }).click();
	await expect(page.getByTestId('live-status')).toHaveAttribute('data-status', 'live');
	const code = (await page.getByTestId('live-code').textContent())!.trim();
	expect(code).toMatch(/^[34679ACDEFGHJKMNPQRTWXY]{3} [34679ACDEFGHJKMNPQRTWXY]{3}$/);
	return { id, code };
}

/** A participant in their own browser context who types the address and the code on /join/. */
export async function joinByCode(browser: Browser, origin: string, code: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}/join/`);
	await page.getByLabel('Address').fill(new URL(origin).host);
	await page.getByLabel('Code').fill(code.toLowerCase());
	await page.getByRole('button', { name: 'Join', exact: true }).click();
	await expect(page.getByTestId('live-join-status')).toHaveAttribute('data-status', 'live');
	return { context, page };
}

/** Moves the facilitator to step `n` (1-based) of the agenda. */
export async function goToStep(page: Page, n: number, total = 10) {
	for (;;) {
		const text = (await page.getByTestId('progress').textContent()) ?? '';
		const current = Number(/Step (\d+)/.exec(text)?.[1]);
		if (current === n) return;
		await page.getByRole('button', { name: current < n ? 'Next →' : '← Previous' }).click();
		await expect(page.getByTestId('progress')).toHaveText(
			`Step ${current + (current < n ? 1 : -1)} of ${total}`
		);
	}
}
