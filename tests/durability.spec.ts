/**
 * Nothing typed is lost: reloads, closed tabs, two tabs, an old tab meeting a newer database, a
 * database from an earlier schema version, a full disk. Each case asserts what is stored afterwards.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
	downloadText,
	expectSaved,
	loadDatabaseFixture,
	loadDemo,
	openHome,
	readDatabase,
	type DatabaseFixture,
	upgradeDatabaseElsewhere
} from './helpers';

async function newWorkshop(page: Page, title: string) {
	await openHome(page);
	await page.getByLabel('Title').fill(title);
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText(title);
	return new URL(page.url()).searchParams.get('id')!;
}

async function storedWorkshop(page: Page, id: string) {
	const db = await readDatabase(page);
	return (
		db.workshops as { id: string; title: string; facilitator: string; organisation: string }[]
	).find((w) => w.id === id);
}

test('reload while typing: the last keystrokes survive', async ({ page }) => {
	await newWorkshop(page, 'Typing test');
	const field = page.getByLabel('Organisation or team');
	await field.click();
	// Typed key by key, reloaded straight after the last key, well inside the debounce.
	await page.keyboard.type('Clínica Sierra Vista 🤝 عيادة', { delay: 15 });
	await page.reload();
	await expect(page.getByLabel('Organisation or team')).toHaveValue(
		'Clínica Sierra Vista 🤝 عيادة'
	);
});

test('the tab is closed ~100 ms after an edit: the edit is there in a new tab', async ({
	page,
	context
}) => {
	const id = await newWorkshop(page, 'Closing test');
	const url = page.url();
	await page.getByLabel('Facilitator').fill('Closed at once');
	// The scenario itself: the person closes the tab about 100 ms after typing (not a wait for state).
	await page.waitForTimeout(100);
	await page.close();

	const next = await context.newPage();
	await next.goto(url);
	await expect(next.getByLabel('Facilitator')).toHaveValue('Closed at once');
	expect((await storedWorkshop(next, id))?.facilitator).toBe('Closed at once');
});

test('two tabs edit different fields of one workshop: both edits are kept, in both tabs', async ({
	page,
	context
}) => {
	const id = await newWorkshop(page, 'Two tabs');
	const other = await context.newPage();
	await other.goto(page.url());
	await expect(other.getByTestId('workshop-title')).toHaveText('Two tabs');

	// Interleaved: each tab types while the other has unsaved typing of its own.
	await page.getByLabel('Organisation or team').pressSequentially('Valle Verde', { delay: 10 });
	await other.getByLabel('Facilitator').pressSequentially('Dr. Ana Ruiz', { delay: 10 });
	await page.getByLabel('Date').fill('2026-11-24');
	await other.getByLabel('Title').fill('Two tabs, one workshop');
	await page.getByLabel('Title').focus();
	await other.getByLabel('Organisation or team').focus();
	await expectSaved(page);
	await expectSaved(other);

	for (const tab of [page, other]) {
		await expect(tab.getByTestId('workshop-title')).toHaveText('Two tabs, one workshop');
		await expect(tab.getByLabel('Organisation or team')).toHaveValue('Valle Verde');
		await expect(tab.getByLabel('Facilitator')).toHaveValue('Dr. Ana Ruiz');
		await expect(tab.getByLabel('Date')).toHaveValue('2026-11-24');
	}
	expect(await storedWorkshop(page, id)).toMatchObject({
		title: 'Two tabs, one workshop',
		organisation: 'Valle Verde',
		facilitator: 'Dr. Ana Ruiz'
	});
});

test('an old tab that meets a newer database version stops writing and asks to reload', async ({
	page,
	context
}) => {
	const id = await newWorkshop(page, 'Old tab');
	await page.getByLabel('Facilitator').fill('Before the upgrade');
	await expectSaved(page);

	// A newer Convene in another tab upgrades the database (the next IndexedDB version).
	const newer = await context.newPage();
	await newer.goto('/favicon.svg');
	const { before, after } = await upgradeDatabaseElsewhere(newer);
	expect(after).toBeGreaterThan(before);

	const banner = page.getByRole('alert').filter({ hasText: 'Convene was updated in another tab' });
	await expect(banner).toBeVisible();
	await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();

	await page.getByLabel('Facilitator').fill('Written by the old tab');
	await page.getByLabel('Title').focus();
	// The status says the write was refused: it has been attempted, so the store can be checked now.
	await expect(page.getByTestId('save-status')).toContainText('Convene was updated in another tab');
	expect((await storedWorkshop(newer, id))?.facilitator).toBe('Before the upgrade');
});

test('a database written by schema version 1 opens without loss', async ({ page }) => {
	const fixture = JSON.parse(readFileSync('tests/fixtures/db-v1.json', 'utf8')) as DatabaseFixture;
	expect(fixture.schemaVersion).toBe(1);
	await loadDatabaseFixture(page, fixture);
	const workshop = fixture.stores.find((s) => s.name === 'workshops')!.rows[0] as {
		id: string;
		title: string;
	};

	await openHome(page);
	await page.getByRole('link', { name: workshop.title }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText(workshop.title);
	// The version-1 workshop names its organisation: the upgrade adds it as the home partner.
	await expect(page.getByTestId('count-partners')).toHaveText('15');

	// Every row of every table is still there, unchanged, once the app has opened (and upgraded) it;
	// the only change is schema 3's: partners say whether they are the home organisation, and the
	// workshop's own organisation is added as one.
	const stored = await readDatabase(page);
	const isHome = (row: unknown) => (row as { home?: boolean }).home === true;
	for (const store of fixture.stores) {
		const key = (row: unknown) =>
			JSON.stringify(
				store.keyPath === 'id'
					? (row as { id: string }).id
					: [(row as { workshopId: string }).workshopId, (row as { id: string }).id]
			);
		const sort = (rows: unknown[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
		const partners = store.name === 'partners';
		const expected = partners
			? store.rows.map((r) => ({ ...(r as object), home: false }))
			: store.rows;
		const found = (stored[store.name] ?? []).filter((r) => !(partners && isHome(r)));
		expect(sort(found), store.name).toEqual(sort(expected));
	}
	expect((stored.partners ?? []).filter(isHome)).toHaveLength(1);

	// And the export holds all of it.
	const exported = await downloadText(page, () =>
		page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
	);
	const file = JSON.parse(exported.text) as { workshop: Record<string, unknown[]> };
	for (const store of fixture.stores.filter((s) => !['workshops', 'sessions'].includes(s.name))) {
		expect(file.workshop[store.name], store.name).toHaveLength(
			store.rows.length + (store.name === 'partners' ? 1 : 0)
		);
	}
});

/** Fills the origin's remaining quota with filler rows in a database of its own, down to the last kilobyte. */
async function fillStorage(page: Page) {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('filler', 1);
			request.onupgradeneeded = () =>
				request.result.createObjectStore('filler', { autoIncrement: true });
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		// Random bytes: the database compresses its files, so repeated characters would barely count.
		const noise = (size: number) => crypto.getRandomValues(new Uint8Array(size));
		const put = (size: number) =>
			new Promise<boolean>((resolve) => {
				const tx = db.transaction('filler', 'readwrite');
				tx.objectStore('filler').put(noise(size));
				tx.oncomplete = () => resolve(true);
				tx.onabort = () => resolve(false);
			});
		let refusals = 0;
		for (const size of [65_536, 10_000, 1_000, 200]) {
			while (await put(size));
			refusals++;
		}
		db.close();
		return refusals;
	});
}

test('storage full: a visible "Not saved", nothing half-written, export still works', async ({
	page
}) => {
	// Chromium's quota for this origin, lowered before the origin stores anything (Chromium applies
	// the override only to an origin whose usage it has not yet cached), then filled to the brim:
	// writes are refused by the browser itself with a real QuotaExceededError, not a simulation.
	await page.goto('/favicon.svg');
	const cdp = await page.context().newCDPSession(page);
	const origin = new URL(page.url()).origin;
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 4 * 1024 * 1024 });
	await loadDemo(page);
	const id = new URL(page.url()).searchParams.get('id')!;
	expect(await fillStorage(page)).toBe(4);
	const before = await readDatabase(page);

	// A many-row write (a second demo workshop) fails as a whole.
	await page.getByRole('link', { name: 'All workshops' }).click();
	await page.getByRole('button', { name: 'Try the demo' }).click();
	const status = page.getByTestId('save-status');
	await expect(status).toContainText('Not saved');
	await expect(status).toContainText('storage is full');
	await expect(page.getByTestId('workshop-row')).toHaveCount(1);
	expect(await readDatabase(page)).toEqual(before);

	// A text edit fails loudly too, and the stored value stays the last good one.
	await page.getByRole('link', { name: 'ROOTS Partnership Design convening' }).click();
	await page.getByLabel('Facilitator').fill('y'.repeat(500));
	await page.getByLabel('Title').focus();
	await expect(status).toContainText('Not saved');
	expect(await readDatabase(page)).toEqual(before);

	// Export only reads, so it still works: the backup holds everything that was saved.
	const exported = await downloadText(page, () =>
		page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
	);
	const file = JSON.parse(exported.text) as { workshop: { id: string; partners: unknown[] } };
	expect(file.workshop.id).toBe(id);
	// The demo's 14 partners and its own organisation (the home partner).
	expect(file.workshop.partners).toHaveLength(15);
});
