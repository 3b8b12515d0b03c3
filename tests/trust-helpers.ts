/** Steps shared by the trust-at-the-edges journeys (issue 13): a workshop's join link, a participant's form, a browser that can be killed. */
import { expect, test, chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

/** Creates a workshop from the default template and returns its id and join link. */
export async function workshopWithJoinLink(page: Page, options: { named?: boolean } = {}) {
	// Absolute URLs: a browser driven over CDP has no baseURL.
	await page.goto(`${baseURL()}/`);
	await expect(page.getByRole('heading', { name: 'Workshops', level: 1 })).toBeVisible();
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Partnership Design convening');
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto(`${baseURL()}/workshop/session/?id=${id}`);
	if (options.named) {
		const before = await page.getByTestId('join-link').inputValue();
		await page.getByRole('switch', { name: /Anonymous responses/ }).uncheck();
		await expect.poll(() => page.getByTestId('join-link').inputValue()).not.toBe(before);
	}
	const link = await page.getByTestId('join-link').inputValue();
	expect(link).toMatch(/\/join\/#j=/);
	return { id, link };
}

/** The first free-text answer of the aspiration form on a participant's page. */
export const aspirationField = (page: Page) =>
	page.getByTestId('form-aspiration').getByRole('textbox').first();

/** Text with accents, emoji, right-to-left script and markup: every character must survive. */
export const TYPED = 'Clínica Sierra 🤝 عيادة <b>x</b> — ok';

/**
 * A Chromium whose process this test owns, on a profile directory of its own, driven over CDP, so
 * that it can be killed outright (SIGKILL, no shutdown: what a crash or a power cut does).
 */
export async function killableBrowser(
	port: number,
	dir = mkdtempSync(join(tmpdir(), 'convene-kill-'))
) {
	const child: ChildProcess = spawn(
		CHROMIUM_PATH,
		[
			'--headless=new',
			'--no-sandbox',
			`--remote-debugging-port=${port}`,
			`--user-data-dir=${dir}`,
			...CHROMIUM_ARGS,
			'about:blank'
		],
		{ detached: true, stdio: 'ignore' }
	);
	let browser: Browser | null = null;
	const deadline = Date.now() + 15_000;
	while (!browser) {
		try {
			browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
		} catch (e) {
			if (Date.now() > deadline) throw e;
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return {
		dir,
		context: browser.contexts()[0],
		/** Kills the whole browser (its process group) at once, and waits until it is gone. */
		async kill() {
			process.kill(-child.pid!, 'SIGKILL');
			await exited;
			// Its helper processes go with the group; give the profile's lock a moment to be released.
			await expect.poll(() => browser!.isConnected()).toBe(false);
		},
		async close() {
			if (child.exitCode === null && child.signalCode === null) {
				await browser!.close().catch(() => undefined);
				try {
					process.kill(-child.pid!, 'SIGKILL');
				} catch {
					// Already gone.
				}
				await exited;
			}
		},
		removeProfile: () => rmSync(dir, { recursive: true, force: true })
	};
}

export const baseURL = () => test.info().project.use.baseURL!;
