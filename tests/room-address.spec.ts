/**
 * Issue 28, point 3: `npm start` (scripts/serve.mjs) prints every address the room can use, and a
 * facilitator who opened Convene on localhost while it also listens on the network (`--host`) gives
 * the room a network address: the session screen's "Go to", the projector's join screen and its QR
 * code, and the join link. A participant joins at that address. Served on loopback only, the
 * server says plainly that other devices cannot join (the session screen too: session-live.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { networkInterfaces } from 'node:os';
import { E2E_PORT, serveStatic } from './helpers';

/** This machine's first network IPv4 address, as serve.mjs finds it (none on an offline machine). */
const LAN = Object.values(networkInterfaces())
	.flatMap((list) => list ?? [])
	.find((a) => !a.internal && a.family === 'IPv4')?.address;

test('served with --host and opened on localhost, the room is given a network address that a participant can join at', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const port = E2E_PORT + 31;
	const server = await serveStatic({ dir: 'build', port, host: true });
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await context.newPage();
	try {
		// What `npm start -- --host` prints: every address, the network ones to share.
		await expect.poll(() => server.output()).toContain(`http://localhost:${port}/`);
		if (LAN)
			expect(server.output()).toContain(`on the network (share this): http://${LAN}:${port}/`);
		else expect(server.output()).toContain('No network address found');

		await page.goto(`http://localhost:${port}/`);
		await page.getByRole('button', { name: 'Create workshop' }).click();
		await expect(page.getByTestId('workshop-title')).toBeVisible();
		const id = new URL(page.url()).searchParams.get('id')!;
		await page.goto(`http://localhost:${port}/workshop/session/?id=${id}`);
		await page.getByRole('button', { name: 'Open live room' }).click();
		await expect(page.getByTestId('live-status')).toHaveAttribute('data-status', 'live');
		const code = (await page.getByTestId('live-code').textContent())!.trim();
		if (!LAN) {
			// No network: the address stays local, and the screen says other devices cannot join.
			await expect(page.getByTestId('live-loopback')).toBeVisible();
			return;
		}
		const shown = `${LAN}:${port}/join`;
		await expect(page.getByTestId('live-go-to')).toContainText(`Go to ${shown}`);
		await expect(page.getByTestId('live-loopback')).toHaveCount(0);
		await expect(page.getByTestId('join-link')).toHaveValue(
			new RegExp(`^http://${LAN.replace(/\./g, '\\.')}:${port}/join/#j=`)
		);

		// The projector's join screen shows the same network address.
		const projector = await context.newPage();
		await projector.goto(`http://localhost:${port}/present/?id=${id}`);
		await page.bringToFront();
		await page.getByLabel('Show join screen').check();
		await expect(projector.getByTestId('projector-go-to')).toContainText(`Go to ${shown}`);
		await projector.screenshot({ path: 'reports/screens/projector-join-network-1280.png' });

		// A participant types the address as projected, and joins.
		const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const phone = await other.newPage();
		await phone.goto(`http://${shown}/`);
		await phone.getByLabel('Code').fill(code);
		await phone.getByRole('button', { name: 'Join', exact: true }).click();
		await expect(phone.getByTestId('live-join-status')).toHaveAttribute('data-status', 'live');
		await other.close();
	} finally {
		await context.close();
		await server.close();
	}
});

test('served on loopback only, serve.mjs says no other device can join, and how to allow them', async () => {
	const server = await serveStatic({ dir: 'build', port: E2E_PORT + 32 });
	try {
		await expect
			.poll(() => server.output())
			.toContain('Only this computer can open it: phones and laptops in the room cannot join.');
		expect(server.output()).toContain('npm start -- --host');
		const served = await fetch(`${server.origin}/_convene/served.json`);
		expect(served.headers.get('cache-control')).toBe('no-store');
		expect(await served.json()).toEqual({ network: [] });
	} finally {
		await server.close();
	}
});
