/**
 * Issue 14: the facilitator's screens at projector and laptop sizes. At 1280×720 the session page
 * shows the current step, timer, Reveal (with "handed in n of expected" beside it) and Next without
 * scrolling; the section tabs fit one row; table headers never break inside a word; the map canvas
 * starts above the fold. Screenshots land in reports/room-screens/.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectSaved, loadDemo } from './helpers';
import { brokenHeaderWords } from './room-helpers';

test.use({ viewport: { width: 1280, height: 720 } });

const workshopId = (page: Page) => new URL(page.url()).searchParams.get('id')!;

/** The element is entirely inside the window, with the page scrolled to the top. */
async function expectInView(page: Page, locator: Locator, what: string) {
	const box = await locator.boundingBox();
	expect(box, what).not.toBeNull();
	expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(0);
	expect(box!.y + box!.height, `${what} bottom`).toBeLessThanOrEqual(720);
	expect(box!.x + box!.width, `${what} right`).toBeLessThanOrEqual(1280);
}

test('the session page at 1280×720: step, timer, Reveal with handed in, Next, all without scrolling', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto(`/workshop/session/?id=${workshopId(page)}`);
	await expect(page.getByTestId('step-title')).toBeVisible();
	expect(await page.evaluate(() => scrollY)).toBe(0);
	await expectInView(page, page.getByTestId('step-title'), 'current step');
	await expectInView(page, page.getByTestId('timer'), 'timer');
	await expectInView(page, page.getByLabel('Reveal results'), 'Reveal');
	await expectInView(page, page.getByRole('button', { name: 'Next →' }), 'Next');
	const handedIn = page.getByTestId('handed-in');
	await expect(handedIn).toHaveText('Handed in: 4 of 8');
	await expectInView(page, handedIn, 'handed in');
	// Beside Reveal: on the same line.
	const reveal = (await page.getByText('Reveal results', { exact: true }).boundingBox())!;
	const count = (await handedIn.boundingBox())!;
	expect(Math.abs(reveal.y + reveal.height / 2 - (count.y + count.height / 2))).toBeLessThan(
		reveal.height
	);
	await page.screenshot({ path: 'reports/room-screens/session-1280x720.png' });
});

test('the section tabs fit one row at 1280 px', async ({ page }) => {
	await loadDemo(page);
	const tabs = page.getByRole('navigation', { name: /^Sections of/ }).getByRole('listitem');
	await expect(tabs).toHaveCount(7);
	const tops = await tabs.evaluateAll((items) =>
		items.map((li) => Math.round(li.getBoundingClientRect().top))
	);
	expect(new Set(tops).size, `tab rows at ${tops.join(', ')}`).toBe(1);
});

test('table headers never break inside a word (map table, rubric and pitfall results, ranking)', async ({
	page
}) => {
	await loadDemo(page);
	const id = workshopId(page);
	await page.goto(`/workshop/map/?id=${id}`);
	await page.getByText('Table', { exact: true }).click();
	await expect(page.getByTestId('partner-row').first()).toBeVisible();
	expect(await brokenHeaderWords(page), 'map table').toEqual([]);

	await page.goto(`/workshop/session/?id=${id}`);
	for (const name of [/capacity rubric/, /Common pitfalls/]) {
		await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name }).click();
		// On the new step first: its Reveal starts unchecked (checking the last step's box would not).
		await expect(page.getByTestId('step-title')).toHaveText(name);
		await expect(page.getByLabel('Reveal results')).not.toBeChecked();
		await page.getByLabel('Reveal results').check();
		await expect(page.getByTestId('results').locator('table')).toBeVisible();
		expect(await brokenHeaderWords(page), `${name} results`).toEqual([]);
	}
	await page.screenshot({
		path: 'reports/room-screens/session-pitfall-results-1280x720.png',
		fullPage: true
	});

	await page.goto(`/workshop/step/?id=${id}&step=step-8`);
	await expect(page.getByTestId('module')).toHaveAttribute('data-module', 'criteria');
	await expect(page.locator('table').first()).toBeVisible();
	expect(await brokenHeaderWords(page), 'criteria tables').toEqual([]);
});

test('the map canvas starts above the fold at 1280×720', async ({ page }) => {
	await loadDemo(page);
	await page.goto(`/workshop/map/?id=${workshopId(page)}`);
	await expect(page.getByTestId('map-node')).toHaveCount(15);
	await expectSaved(page);
	const canvas = (await page.getByTestId('map-canvas').boundingBox())!;
	// At least 320 px of the map show in the first screen (before the controls collapsed: 130 px).
	expect(canvas.y).toBeLessThan(720 - 320);
	await page.screenshot({ path: 'reports/room-screens/map-1280x720.png' });
});
