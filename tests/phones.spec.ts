import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './helpers';
import { goToStep, openLiveRoom, startServer } from './live-helpers';

// How long a live change may take to reach the other side here (a busy shared machine).
const LIVE = { timeout: 10_000 };
const PHONES = [
	{ width: 360, height: 740 },
	{ width: 390, height: 844 }
];
const SCREENS = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 720 },
	{ width: 1440, height: 900 }
];

/** Nothing slides sideways, and the language switch is on screen. */
async function expectFits(page: Page) {
	const { scrollWidth, width } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		width: window.innerWidth
	}));
	expect(scrollWidth).toBeLessThanOrEqual(width);
	await expect(page.getByTestId('language-switch')).toBeInViewport({ ratio: 1 });
}

test('the join page fits a phone from 360 px, with no facilitator navigation and device-neutral words', async ({
	page
}) => {
	for (const size of PHONES) {
		await page.setViewportSize(size);
		await page.goto('/join/');
		await expect(page.getByLabel('Address')).toBeVisible();
		await expectFits(page);
		await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Workshops' })).toHaveCount(0);
		await expect(page.getByText(/laptop/i)).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Join', exact: true })).toBeInViewport();
	}
	await expectAccessible(page);
	for (const size of SCREENS) {
		await page.setViewportSize(size);
		await page.screenshot({ path: `reports/screens/join-en-${size.width}.png` });
	}
	await page.getByRole('button', { name: 'Español' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unirse a un taller');
	for (const size of SCREENS) {
		await page.setViewportSize(size);
		await expectFits(page);
		await page.screenshot({ path: `reports/screens/join-es-${size.width}.png` });
	}
});

test('on a phone a participant joins with the address as the projector shows it, sees the question first, and keeps every character when the facilitator moves on', async ({
	browser
}) => {
	// Two browsers, a relay, a language switch with a rejoin: measured at 35–50 s here; 2× margin and more.
	test.setTimeout(120_000);
	const server = await startServer(27);
	const facilitator = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
	try {
		const page = await facilitator.newPage();
		const { code } = await openLiveRoom(page, server.origin);
		const p = await phone.newPage();
		await p.goto(`${server.origin}/join/`);
		// As the projector shows it, with the scheme and the join page's path.
		await p.getByLabel('Address').fill(`http://${new URL(server.origin).host}/join/`);
		await p.getByLabel('Code').fill(code);
		await p.getByRole('button', { name: 'Join', exact: true }).click();
		await expect(p.getByTestId('live-join-status')).toHaveAttribute('data-status', 'live', LIVE);
		await expect(p.getByTestId('handed-in')).toHaveCount(0);
		await expect(p.getByRole('button', { name: 'Hand in again' })).toHaveCount(0);

		await page.bringToFront();
		await goToStep(page, 6);
		const question = p.getByLabel('Who are your most appropriate partners and why?');
		for (const size of PHONES) {
			await p.setViewportSize(size);
			await expect(question).toBeInViewport(LIVE);
			await expect(p.getByTestId('live-step-title')).toBeInViewport();
			await expectFits(p);
		}
		await p.setViewportSize({ width: 390, height: 844 });
		await expectAccessible(p);

		// Typing when the facilitator presses Next: the box stays, every character is kept.
		await question.click();
		await question.pressSequentially('Talk to th');
		await page.bringToFront();
		await page.getByRole('button', { name: 'Next →' }).click();
		await expect(page.getByTestId('progress')).toHaveText('Step 7 of 10');
		await expect(p.getByTestId('live-moved')).toContainText('moved on to step 7', LIVE);
		await expect(p.getByTestId('live-moved')).toContainText('counts as finished once you leave');
		await question.pressSequentially('e partners first');
		await expect(question).toHaveValue('Talk to the partners first');
		await expectAccessible(p);
		await p.screenshot({ path: 'reports/screens/live-moved-en-390.png' });
		await p.getByRole('button', { name: 'Go to step 7' }).click();
		await expect(p.getByTestId('live-step')).toHaveAttribute('data-step', '6');
		await expect(p.getByTestId('live-moved')).toHaveCount(0);
		await expect(page.getByTestId('live-count')).toContainText('joined 1', LIVE);

		// Back at the step with a question, for the screenshots.
		await goToStep(page, 6);
		await expect(p.getByTestId('live-step')).toHaveAttribute('data-step', '5', LIVE);
		for (const size of SCREENS) {
			await p.setViewportSize(size);
			await p.screenshot({ path: `reports/screens/live-step-en-${size.width}.png` });
			await page.setViewportSize(size);
			await page.screenshot({ path: `reports/screens/session-en-${size.width}.png` });
		}
		await p.getByRole('button', { name: 'Español' }).click();
		await expect(p.getByTestId('live-join-status')).toHaveAttribute('data-status', 'live', LIVE);
		await expect(p.getByTestId('live-step')).toHaveAttribute('data-step', '5', LIVE);
		for (const size of SCREENS) {
			await p.setViewportSize(size);
			await expectFits(p);
			await p.screenshot({ path: `reports/screens/live-step-es-${size.width}.png` });
		}
	} finally {
		await phone.close();
		await facilitator.close();
		await server.close();
	}
});
