import { expect, test, type Page } from '@playwright/test';
import { importGrownDemo, loadDemo } from './helpers';

const sections = (page: Page) => page.getByRole('navigation', { name: /^Sections of/ });
/** How many layouts the page asked of the layout worker (each leaves a performance mark). */
const layoutsAsked = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('convene:map-layout').length);

test('opening a 1,000-partner map a second time shows the drawn map without laying it out again', async ({
	page
}) => {
	// Measured 7.6 s on a 2-core machine at load 9 (import, then one worker layout): the default 60 s holds.
	await loadDemo(page);
	await importGrownDemo(page, 1000, (i, partners) => ({
		connection: {
			id: `bulk-c-${i}`,
			sourceId: `bulk-${i}`,
			targetId: partners[(i * 7) % i].id,
			type: 'works with',
			strength: 1 + (i % 3)
		}
	}));

	await sections(page).getByRole('link', { name: 'Stakeholder map' }).click();
	await expect(page.getByTestId('map-node')).toHaveCount(1000, { timeout: 20_000 });
	await expect(page.getByTestId('laying-out')).toHaveCount(0);
	// One layout for the first opening (not one for a guessed label size and another for the real one).
	expect(await layoutsAsked(page)).toBe(1);
	const drawn = await page
		.locator('[data-testid="map-node"][data-id="bulk-500"]')
		.getAttribute('transform');

	await sections(page).getByRole('link', { name: 'Overview' }).click();
	await expect(page.getByTestId('workshop-title')).toBeVisible({ timeout: 20_000 });
	await sections(page).getByRole('link', { name: 'Stakeholder map' }).click();
	await expect(page.getByTestId('map-node')).toHaveCount(1000, { timeout: 20_000 });
	await expect(page.locator('[data-testid="map-node"][data-id="bulk-500"]')).toHaveAttribute(
		'transform',
		drawn!
	);
	await expect(page.getByTestId('laying-out')).toHaveCount(0);
	expect(await layoutsAsked(page)).toBe(1);
});
