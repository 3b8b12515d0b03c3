/**
 * Trust at the edges (issue 13): files and links that used to do harm are refused with a reason and
 * change nothing stored; a browser that blocks storage says so; a page that cannot be drawn says so.
 */
import { expect, test, type Page } from '@playwright/test';
import lz from 'lz-string';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	downloadText,
	expectAccessible,
	expectSaved,
	importFiles,
	jsonFile,
	loadDemo,
	plantedFiles,
	readDatabase
} from './helpers';
import { aspirationField, TYPED, workshopWithJoinLink } from './trust-helpers';

async function exportedFile(page: Page) {
	const file = await downloadText(page, () =>
		page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
	);
	return JSON.parse(file.text) as {
		workshop: Record<string, unknown> & { id: string; partners: Record<string, unknown>[] };
	};
}

test('a planted join: workshop file is refused, and the participant’s answers stay as they were', async ({
	page
}) => {
	const { id, link } = await workshopWithJoinLink(page);
	await page.goto(`/workshop/?id=${id}`);
	const file = await exportedFile(page);

	await page.goto(link);
	await aspirationField(page).fill(TYPED);
	await page.getByTestId('join-title').click();
	await expectSaved(page);
	const before = await readDatabase(page);
	expect(before.ownResponses).toHaveLength(1);

	// The attack: a "new workshop" named after the place schema 1 kept the participant's answers.
	file.workshop.id = `join:${id}`;
	await page.goto('/');
	await importFiles(page, [jsonFile('planted.convene.json', JSON.stringify(file))]);
	await expect(page.getByTestId('import-error')).toContainText('planted.convene.json');
	await expect(page.getByTestId('import-error')).toContainText(
		'The id of the workshop has characters an id cannot have'
	);
	expect(await readDatabase(page)).toEqual(before);

	await page.goto(link);
	await expect(aspirationField(page)).toHaveValue(TYPED);
});

test('values the pages cannot draw are refused at import (x = 1e308, time 1e300, 31 February)', async ({
	page
}) => {
	await loadDemo(page);
	const file = await exportedFile(page);
	await page.goto('/');
	const before = await readDatabase(page);
	const planted = [
		['far-x', (f: typeof file) => (f.workshop.partners[0].x = 1e308)],
		['far-time', (f: typeof file) => (f.workshop.updatedAt = 1e300)],
		['no-such-day', (f: typeof file) => (f.workshop.date = '2026-02-31')],
		['year-zero', (f: typeof file) => (f.workshop.date = '0000-01-01')]
	] as const;
	await importFiles(page, plantedFiles(file, planted));
	const errors = page.getByTestId('import-error');
	await expect(errors).toHaveCount(planted.length);
	await expect(errors.filter({ hasText: 'far-x' })).toContainText('The x of a partner');
	await expect(errors.filter({ hasText: 'far-x' })).toContainText('is out of range (1e+308)');
	await expect(errors.filter({ hasText: 'no-such-day' })).toContainText(
		'not a real day in YYYY-MM-DD form (“2026-02-31”)'
	);
	await expect(errors.filter({ hasText: 'year-zero' })).toContainText('not a real day');
	await expect(errors.filter({ hasText: 'far-time' })).toContainText('out of range');
	expect(await readDatabase(page)).toEqual(before);
});

test('a workshop file over the 48 MB limit is refused as too large before it is read', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto('/');
	const before = await readDatabase(page);
	const dir = mkdtempSync(join(tmpdir(), 'convene-huge-'));
	try {
		const file = join(dir, 'huge.convene.json');
		writeFileSync(file, Buffer.alloc(48 * 1024 * 1024 + 10, 32));
		await page.getByLabel('Import a workshop file').setInputFiles(file);
		await expect(page.getByTestId('import-error')).toContainText('huge.convene.json');
		await expect(page.getByTestId('import-error')).toContainText('too large');
		await expect(page.getByTestId('import-error')).toContainText('48 MB');
		expect(await readDatabase(page)).toEqual(before);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a page whose stored data cannot be drawn shows a message, not “Loading…” for ever', async ({
	page
}) => {
	await loadDemo(page);
	const id = new URL(page.url()).searchParams.get('id')!;
	// Written before the bounds existed (or by hand): a snapshot dated 1e300 ms after 1970.
	await page.goto(`/workshop/progress/?id=${id}`);
	await page.getByLabel('Snapshot label').fill('Before');
	await page.getByRole('button', { name: 'Save a snapshot' }).click();
	await expect(page.getByTestId('snapshot-row')).toHaveCount(1);
	await page.goto('/favicon.svg');
	await page.evaluate(async (workshopId) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('convene');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const store = db.transaction('snapshots', 'readwrite').objectStore('snapshots');
		const rows = await new Promise<{ workshopId: string; takenAt: number }[]>((resolve) => {
			const all = store.index('workshopId').getAll(workshopId);
			all.onsuccess = () => resolve(all.result);
		});
		await new Promise((resolve) => {
			const put = store.put({ ...rows[0], takenAt: 1e300 });
			put.onsuccess = resolve;
		});
		db.close();
	}, id);
	await page.goto(`/workshop/progress/?id=${id}`);
	await expect(page.getByTestId('page-failed')).toContainText('This page could not be drawn');
	await expect(page.getByText('Loading…')).toHaveCount(0);
	// The rest of the workshop still opens.
	await page.getByRole('link', { name: 'All workshops' }).click();
	await expect(page.getByTestId('workshop-row')).toHaveCount(1);
});

test('IndexedDB blocked: every page says what works; a participant still answers and hands in', async ({
	page,
	browser
}) => {
	const facilitator = await browser.newContext();
	const { link } = await workshopWithJoinLink(await facilitator.newPage());
	await facilitator.close();

	await page.addInitScript(() => {
		// What a managed browser or a private window does: opening a database fails.
		IDBFactory.prototype.open = function () {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		};
	});
	await page.goto('/');
	const banner = page.getByTestId('storage-unavailable');
	await expect(banner).toContainText('does not let Convene store anything');
	await expect(banner).toContainText('What works');
	await expect(page.getByTestId('save-status')).toContainText('Not stored');
	await expect(page.getByTestId('page-failed')).toBeVisible();
	await expect(page.getByText('Loading…')).toHaveCount(0);
	await expectAccessible(page);
	await page.screenshot({ path: 'reports/screens/trust-storage-blocked-home-1440.png' });

	await page.goto(link);
	await expect(banner).toBeVisible();
	await aspirationField(page).fill(TYPED);
	await page.getByRole('radio', { name: /^Phase 3\b/ }).check();
	const file = await downloadText(page, () =>
		page.getByRole('button', { name: 'Hand in my answers' }).click()
	);
	const response = JSON.parse(file.text) as {
		response: { phase: number; answers: Record<string, string> };
	};
	expect(response.response.phase).toBe(3);
	expect(Object.values(response.response.answers)).toContain(TYPED);
	await expect(page.getByTestId('handed-in')).toContainText('version 1');
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.screenshot({ path: 'reports/screens/trust-storage-blocked-join-1280.png' });
});

test('a join link re-encoded by a chat tool (%2B) opens; one that repeats a form is refused and the remembered invite stays', async ({
	page
}) => {
	const { link } = await workshopWithJoinLink(page);
	const [base, fragment] = link.split('#');
	const invite = JSON.parse(lz.decompressFromEncodedURIComponent(fragment.slice(2))!) as {
		title: string;
		modules: string[];
	};
	// The same invite under a title whose compressed form carries a `+` (whether a link does depends
	// on its text), so that the chat tool's `%2B` is exercised for certain.
	let withPlus = '';
	for (let i = 1; i < 200 && !withPlus.includes('+'); i++)
		withPlus = lz.compressToEncodedURIComponent(
			JSON.stringify({ ...invite, title: `Spring convening ${'~'.repeat(i)}` })
		);
	expect(withPlus).toContain('+');
	const title = (JSON.parse(lz.decompressFromEncodedURIComponent(withPlus)!) as { title: string })
		.title;
	await page.goto(`${base}#j%3D${withPlus.replace(/\+/g, '%2B')}`);
	await expect(page.getByTestId('join-title')).toHaveText(title);

	// The same invite with a form listed twice: it passed the checks and showed a blank page.
	const twice = { ...invite, modules: [...invite.modules.slice(0, -1), invite.modules[0]] };
	await page.goto(`${base}#j=${lz.compressToEncodedURIComponent(JSON.stringify(twice))}`);
	await expect(page.getByTestId('join-error')).toContainText('A form is listed twice');
	// The invite remembered from the good link is still there to continue with.
	await page.getByRole('button', { name: title }).click();
	await expect(page.getByTestId('join-title')).toHaveText(title);
	await expect(page.getByTestId(`form-${invite.modules[0]}`)).toHaveCount(1);
});
