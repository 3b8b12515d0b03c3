/**
 * The home page reads the workshop list with plain IndexedDB and loads the database library (Dexie)
 * only when something is written: it must still follow other tabs, its own deletions, and an
 * upgrade by a newer Convene, exactly as it did with Dexie on the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { openHome, readDatabase, upgradeDatabaseElsewhere } from './helpers';

/** A string only Dexie's own code has (a warning it logs), to tell whether the page loaded it. */
const DEXIE_MARKER = 'Workaround for Chrome UnknownError on open()';

/** Whether any script `page` loaded so far contains Dexie (watches responses from now on). */
function watchScripts(page: Page) {
	const bodies: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') bodies.push(response.text());
	});
	return async () => (await Promise.all(bodies)).some((body) => body.includes(DEXIE_MARKER));
}

async function createWorkshop(page: Page, title: string) {
	await openHome(page);
	await page.getByLabel('Title').fill(title);
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText(title);
}

test('the list follows another tab, and the home page loads Dexie only when about to write', async ({
	page,
	context
}) => {
	await createWorkshop(page, 'Stored before');
	const home = await context.newPage();
	const loadedDexie = watchScripts(home);
	await openHome(home);
	await expect(home.getByTestId('workshop-row')).toHaveCount(1);
	await home.waitForLoadState('networkidle');
	expect(await loadedDexie()).toBe(false);

	// Another tab adds a workshop and renames the first: the home tab follows both.
	await createWorkshop(page, 'Added elsewhere');
	await expect(home.getByTestId('workshop-row')).toHaveCount(2);
	await page.getByLabel('Title').fill('Added, then renamed');
	await expect(home.getByTestId('workshop-row').first()).toContainText('Added, then renamed');
	expect(await loadedDexie()).toBe(false);

	// Focusing a field is the sign of a write to come: Dexie loads then, before any click.
	await home.getByLabel('Title').focus();
	await expect.poll(loadedDexie).toBe(true);
	// A deletion in the home tab itself: the list follows it too.
	const row = home.getByTestId('workshop-row').filter({ hasText: 'Stored before' });
	await row.getByRole('button', { name: /Delete/ }).click();
	await expect(home.getByTestId('workshop-row')).toHaveCount(1);
	const db = await readDatabase(home);
	expect((db.workshops as { title: string }[]).map((w) => w.title)).toEqual([
		'Added, then renamed'
	]);
});

test('a home page opened before a newer Convene upgraded the database writes nothing', async ({
	page,
	context
}) => {
	await createWorkshop(page, 'Kept as it was');
	await openHome(page);
	await expect(page.getByTestId('workshop-row')).toHaveCount(1);

	const newer = await context.newPage();
	await newer.goto('/favicon.svg');
	const { before, after } = await upgradeDatabaseElsewhere(newer);
	expect(after).toBeGreaterThan(before);

	await page.getByLabel('Title').fill('Written by the old tab');
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('save-status')).toContainText('Convene was updated in another tab');
	await expect(page.getByRole('alert').filter({ hasText: 'Convene was updated' })).toBeVisible();
	const db = await readDatabase(newer);
	expect((db.workshops as { title: string }[]).map((w) => w.title)).toEqual(['Kept as it was']);
});
