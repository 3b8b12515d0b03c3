import { expect, test, type Page } from '@playwright/test';
import { downloadText, importFiles, jsonFile, loadDemo } from './helpers';

const sections = (page: Page) => page.getByRole('navigation', { name: /^Sections of/ });
/** How many layouts the page asked of the layout worker (each leaves a performance mark). */
const layoutsAsked = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('convene:map-layout').length);

test('opening a 1,000-partner map a second time shows the drawn map without laying it out again', async ({
	page
}) => {
	// Measured 7.6 s on a 2-core machine at load 9 (import, then one worker layout): the default 30 s holds.
	await loadDemo(page);
	const exported = await downloadText(page, () =>
		page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
	);
	const file = JSON.parse(exported.text);
	const template = file.workshop.partners.find((p: { home: boolean }) => !p.home);
	for (let i = file.workshop.partners.length; i < 1000; i++) {
		file.workshop.partners.push({
			...template,
			id: `bulk-${i}`,
			name: `Bulk partner ${i}`,
			phase: i % 7,
			influence: (i % 5) + 1,
			interest: ((i * 3) % 5) + 1,
			x: null,
			y: null,
			pinned: false,
			home: false
		});
		file.workshop.connections.push({
			id: `bulk-c-${i}`,
			sourceId: `bulk-${i}`,
			targetId: file.workshop.partners[(i * 7) % i].id,
			type: 'works with',
			strength: 1 + (i % 3)
		});
	}
	await page.getByRole('link', { name: 'All workshops' }).click();
	await importFiles(page, [jsonFile('thousand.json', JSON.stringify(file))]);
	await page.getByRole('button', { name: 'Replace the existing one' }).click();
	await page.getByRole('link', { name: 'ROOTS Partnership Design convening' }).click();
	await expect(page.getByTestId('count-partners')).toHaveText('1000');

	await sections(page).getByRole('link', { name: 'Stakeholder map' }).click();
	await expect(page.getByTestId('map-node')).toHaveCount(1000, { timeout: 20_000 });
	await expect(page.getByTestId('laying-out')).toHaveCount(0);
	// One layout for the first opening (not one for a guessed label size and another for the real one).
	expect(await layoutsAsked(page)).toBe(1);
	const drawn = await page
		.locator('[data-testid="map-node"][data-id="bulk-500"]')
		.getAttribute('transform');

	await sections(page).getByRole('link', { name: 'Overview' }).click();
	await expect(page.getByTestId('workshop-title')).toBeVisible();
	await sections(page).getByRole('link', { name: 'Stakeholder map' }).click();
	await expect(page.getByTestId('map-node')).toHaveCount(1000);
	await expect(page.locator('[data-testid="map-node"][data-id="bulk-500"]')).toHaveAttribute(
		'transform',
		drawn!
	);
	await expect(page.getByTestId('laying-out')).toHaveCount(0);
	expect(await layoutsAsked(page)).toBe(1);
});
