/**
 * A custom sector label is stored trimmed: typed with a space at its end, its field still follows
 * the stored label after a blur (here: another tab renames it, and this tab shows the new label,
 * with no conflict notice).
 */
import { expect, test } from '@playwright/test';
import { expectSaved, loadDemo } from './helpers';

test('a custom sector label typed with a trailing space follows the other tab’s rename', async ({
	page,
	context
}) => {
	await loadDemo(page);
	// A health-check warning links to one partner on the map.
	const fix = page
		.locator('[data-testid="health-warning"][data-rule="no-decision-maker"]')
		.getByRole('link', { name: 'Fix this' });
	const url = (await fix.getAttribute('href'))!;
	await page.goto(url);
	const panel = page.getByTestId('partner-panel');
	await panel
		.getByLabel('Sector', { exact: true })
		.selectOption({ label: 'Other (type a label)…' });
	await panel.getByLabel('Custom sector label').click();
	await page.keyboard.type('Library ', { delay: 10 });
	await page.keyboard.press('Tab');
	await expectSaved(page);

	const other = await context.newPage();
	await other.goto(url);
	const theirs = other.getByTestId('partner-panel').getByLabel('Custom sector label');
	await expect(theirs).toHaveValue('Library');
	await theirs.fill('Archive');
	await theirs.press('Tab');
	await expectSaved(other);

	await expect(panel.getByLabel('Custom sector label')).toHaveValue('Archive');
	await expect(page.getByTestId('field-conflict')).toHaveCount(0);
});
