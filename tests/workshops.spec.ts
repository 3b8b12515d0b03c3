import { expect, test } from '@playwright/test';
import { expectSaved, loadDemo, openHome } from './helpers';

test('create a workshop, edit its title, reload: it is still there', async ({ page }) => {
	await openHome(page);
	await expect(page.getByText('No workshops yet')).toBeVisible();
	await page.getByLabel('Strengthening partnerships').check();
	await page.getByLabel('Title').fill('Autumn convening');
	await page.getByLabel('Organisation or team').fill('Clínica Sierra Vista');
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Autumn convening');
	await expect(page.getByTestId('agenda').getByRole('listitem')).toHaveCount(6);

	await page.getByLabel('Title').fill('Autumn convening — Valle Verde 🤝');
	await expect(page.getByTestId('workshop-title')).toHaveText('Autumn convening — Valle Verde 🤝');
	await expectSaved(page);
	await page.reload();
	await expect(page.getByTestId('workshop-title')).toHaveText('Autumn convening — Valle Verde 🤝');
	await expect(page.getByLabel('Organisation or team')).toHaveValue('Clínica Sierra Vista');

	await page.getByRole('link', { name: 'All workshops' }).click();
	await expect(page.getByTestId('workshop-row')).toHaveCount(1);
	await expect(page.getByTestId('workshop-row')).toContainText('Autumn convening — Valle Verde 🤝');
});

test('the last keystrokes survive an immediate reload', async ({ page }) => {
	await openHome(page);
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Partnership Design convening');
	await page.getByLabel('Facilitator').fill('Dr. Ana Ruiz');
	// No wait for the debounce: the page-hide flush must write it.
	await page.reload();
	await expect(page.getByLabel('Facilitator')).toHaveValue('Dr. Ana Ruiz');
});

test('try the demo: a full workshop at once', async ({ page }) => {
	await loadDemo(page);
	await expect(page.getByTestId('count-partners')).toHaveText('15');
	await expect(page.getByTestId('count-actions')).toHaveText('12');
	await expect(page.getByTestId('agenda').getByRole('listitem')).toHaveCount(10);
	await expect(page.getByLabel('Organisation or team')).toHaveValue(
		'Valle Verde Community Health Center'
	);
});

test('rename, duplicate, archive, delete with undo', async ({ page }) => {
	await loadDemo(page);
	await page.getByRole('link', { name: 'All workshops' }).click();
	const rows = page.getByTestId('workshop-row');
	await expect(rows).toHaveCount(1);

	await page.getByRole('button', { name: 'Rename: ROOTS Partnership Design convening' }).click();
	await page
		.getByLabel('New title for ROOTS Partnership Design convening')
		.fill('Spring convening');
	await page.keyboard.press('Enter');
	await expect(rows.first()).toContainText('Spring convening');

	await page.getByRole('button', { name: 'Duplicate: Spring convening' }).click();
	await expect(rows).toHaveCount(2);
	await expect(page.getByRole('link', { name: 'Spring convening (copy)' })).toBeVisible();

	await page.getByRole('button', { name: 'Archive: Spring convening (copy)' }).click();
	await expect(rows).toHaveCount(1);
	await page.getByLabel('Show archived (1)').check();
	await expect(rows).toHaveCount(2);
	await expect(page.getByText('Archived', { exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Delete: Spring convening', exact: true }).click();
	await expect(page.getByText('Deleted “Spring convening”.')).toBeVisible();
	await expect(rows).toHaveCount(1);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(rows).toHaveCount(2);
	await page.getByRole('link', { name: 'Spring convening', exact: true }).click();
	await expect(page.getByTestId('count-partners')).toHaveText('15');
});

test('a title with markup renders as text', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await openHome(page);
	const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
	await page.getByLabel('Title').fill(hostile);
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText(hostile);
	await page.getByRole('link', { name: 'All workshops' }).click();
	await expect(page.getByRole('link', { name: hostile })).toBeVisible();
	await expect(page.locator('main img')).toHaveCount(0);
	expect(dialogs).toBe(0);
});

test('a workshop id this browser does not have says so', async ({ page }) => {
	await page.goto('/workshop/?id=does-not-exist');
	await expect(page.getByTestId('not-found')).toBeVisible();
});

test('the about page credits both source documents', async ({ page }) => {
	await page.goto('/about/');
	await expect(page.getByRole('heading', { name: 'About Convene' })).toBeVisible();
	await expect(page.getByTestId('source')).toHaveCount(2);
	await expect(page.getByText('Center for Care Innovations, ROOTS Program')).toBeVisible();
});

test('the overview reminds to back up until the workshop is exported, and again after a change', async ({
	page
}) => {
	await loadDemo(page);
	await expect(page.getByTestId('backup-state')).toContainText('Not backed up yet');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export workshop file (.json)' }).click();
	await download;
	await expect(page.getByTestId('backup-state')).toContainText('nothing has changed since');
	await page.getByLabel('Facilitator').fill('Dr. Ana Ruiz');
	await expect(page.getByTestId('backup-state')).toContainText('Changed since the last backup');
	await page.reload();
	await expect(page.getByTestId('backup-state')).toContainText('Changed since the last backup');
});
