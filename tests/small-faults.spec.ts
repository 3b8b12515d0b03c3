/** Issue 14's small faults, each with the journey that showed it. */
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, loadDemo } from './helpers';

const workshopId = (page: Page) => new URL(page.url()).searchParams.get('id')!;

test('a renamed custom agenda step is headed by its new title on the Agenda page', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto(`/workshop/agenda/?id=${workshopId(page)}`);
	const steps = page.getByTestId('agenda-step');
	await expect(steps.first()).toBeVisible();
	const before = await steps.count();
	await page.getByLabel('Module').selectOption({ label: 'Custom step (10′)' });
	await page.getByRole('button', { name: 'Add step' }).click();
	await expect(steps).toHaveCount(before + 1);
	const added = steps.last();
	await expect(added.locator('.head')).toContainText('Custom step');
	await added.getByLabel('Title').fill('Lunch and a walk');
	await expectSaved(page);
	await expect(added.locator('.head')).toContainText('Lunch and a walk');
	await expect(added.locator('.head')).not.toContainText('Custom step');
});

async function snapshot(page: Page, label: string) {
	await page.getByLabel('Snapshot label').fill(label);
	await page.getByRole('button', { name: 'Save a snapshot' }).click();
	await expect(page.getByText(`Saved the snapshot “${label}”.`)).toBeVisible();
}

test('right after saving a snapshot, the comparison says why nothing changed, or compares the two latest', async ({
	page
}) => {
	await loadDemo(page);
	const id = workshopId(page);
	await page.goto(`/workshop/progress/?id=${id}`);
	await snapshot(page, 'March convening');
	// One snapshot, nothing changed since: the panel says why the comparison is empty.
	await expect(page.getByTestId('change-count')).toHaveText('Nothing changed between these two.');
	await expect(page.getByTestId('unchanged-note')).toContainText(
		'Nothing has changed since the snapshot “March convening” was saved.'
	);

	// A partner is added, then a second snapshot: the default compares March → April, not April → now.
	await page.goto(`/workshop/map/?id=${id}`);
	const form = page.getByTestId('add-partner');
	await form.getByLabel('Name').fill('Alder Valley Adult School');
	await form.getByRole('button', { name: 'Add partner' }).click();
	await expectSaved(page);
	await page.goto(`/workshop/progress/?id=${id}`);
	await snapshot(page, 'April convening');
	await expect(page.getByLabel('To', { exact: true }).locator('option:checked')).toHaveText(
		/^April convening/
	);
	await expect(page.getByLabel('From', { exact: true }).locator('option:checked')).toHaveText(
		/^March convening/
	);
	await expect(page.getByTestId('change-count')).toHaveText(/^1 changes?$/);
	await expect(page.getByTestId('change-summary')).toContainText('Alder Valley Adult School');
	await expect(page.getByTestId('unchanged-note')).toHaveCount(0);
});
