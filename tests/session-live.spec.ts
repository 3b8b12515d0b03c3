import { expect, test } from '@playwright/test';
import { openLiveRoom, startServer } from './live-helpers';

/**
 * The facilitator's session screen at 1280×720: the live room's state above the fold, a relay
 * restart of seconds told as "reconnecting" (never "hand in a file"), a relay gone for good told as
 * unavailable; served on loopback, a plain word that other devices cannot join.
 */
test('at 1280×720 the live room is in sight; 2 s without the relay is "reconnecting" only, 30 s is "unavailable"', async ({
	browser
}) => {
	// Two relay stops (2 s and 30 s) and their recoveries: about 50 s here; 2× margin and more.
	test.setTimeout(150_000);
	let server = await startServer(26);
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await context.newPage();
	try {
		const { code } = await openLiveRoom(page, server.origin);
		await page.evaluate(() => window.scrollTo(0, 0));
		const strip = page.getByTestId('live-strip');
		await expect(strip).toBeInViewport({ ratio: 1 });
		await expect(page.getByTestId('live-strip-code')).toHaveText(code);
		await expect(page.getByTestId('live-state')).toHaveText('Live');
		await expect(strip).toContainText('0 joined');
		await expect(page.getByTestId('live-strip-refusals')).toHaveText('Nothing refused');
		await expect(page.getByTestId('live-count')).toBeInViewport();
		// Served on 127.0.0.1 (loopback): other devices cannot join, and the screen says how to fix it.
		await expect(page.getByTestId('live-loopback')).toContainText('npm start -- --host');

		// Every state the live room shows from now on, as it shows it.
		await page.evaluate(() => {
			const seen: string[] = [];
			(window as unknown as { seen: string[] }).seen = seen;
			const status = document.querySelector('[data-testid="live-status"]')!;
			new MutationObserver(() => seen.push(status.getAttribute('data-status') ?? '')).observe(
				status,
				{ attributes: true }
			);
		});
		await server.close();
		await expect(page.getByTestId('live-state')).toHaveText('Reconnecting…');
		await page.waitForTimeout(2000); // the outage itself: two seconds without a relay
		server = await startServer(26);
		await expect(page.getByTestId('live-state')).toHaveText('Live', { timeout: 15_000 });
		const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
		expect(seen).toContain('reconnecting');
		expect(seen).not.toContain('unreachable');
		await expect(page.getByTestId('live-status')).not.toContainText('response file or link');

		await server.close();
		await expect(page.getByTestId('live-state')).toHaveText('Reconnecting…');
		await expect(page.getByTestId('live-state')).toHaveText('Unavailable', { timeout: 30_000 });
		await expect(page.getByTestId('live-status')).toContainText('response file or link');
		await page.screenshot({ path: 'reports/screens/session-unavailable-en-1280.png' });
	} finally {
		await context.close();
		await server.close();
	}
});
