import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectSaved, importGrownDemo, loadDemo, openHome } from './helpers';

async function openMap(page: Page) {
	// The workshop's section navigation (the overview's agenda may also link a "Stakeholder map" step).
	await page
		.getByRole('navigation', { name: /^Sections of/ })
		.getByRole('link', { name: 'Stakeholder map' })
		.click();
	await expect(page.getByRole('heading', { name: 'Stakeholder map', level: 1 })).toBeVisible();
}

async function addPartner(page: Page, name: string, sector: string) {
	const form = page.getByTestId('add-partner');
	await form.getByLabel('Name').fill(name);
	await form.getByLabel('Sector').selectOption({ label: sector });
	await form.getByRole('button', { name: 'Add partner' }).click();
	await expect(page.getByTestId('partner-panel').getByRole('heading', { level: 2 })).toHaveText(
		name
	);
	await expectSaved(page);
}

const view = (page: Page, name: string) => page.getByText(name, { exact: true }).click();

async function download(page: Page, button: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('add partners and people, connect them; the table shows them and they survive a reload', async ({
	page
}) => {
	await openHome(page);
	await page.getByLabel('Blank').check();
	await page.getByLabel('Title').fill('Map test');
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await openMap(page);
	await expect(page.getByText('No partners yet')).toBeVisible();

	await addPartner(page, 'Alpha Clinic', 'Clinic / FQHC');
	await addPartner(page, 'Beta Housing', 'Housing');
	const hostile = '<script>alert(1)</script> مستشفى 🏥';
	await addPartner(page, hostile, 'Other');
	await expect(page.getByTestId('map-node')).toHaveCount(3);
	await expect(page.getByTestId('map-canvas')).toContainText('<script>alert(1)');

	// People with roles, in the side panel of Alpha Clinic.
	await page.locator('[data-testid="map-node"][aria-label^="Alpha Clinic"]').click();
	const panel = page.getByTestId('partner-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Alpha Clinic');
	await panel
		.getByLabel('Relationship phase')
		.selectOption({ label: 'Phase 3 · Engagement and Relationship Building' });
	await panel.locator('#new-person-name').fill('Dr. Ana Ruiz');
	await panel.getByRole('button', { name: 'Add person' }).click();
	await expect(panel.getByTestId('person')).toHaveCount(1);
	await panel.getByTestId('person').getByLabel('Makes decisions').check();
	await panel.getByTestId('person').getByLabel('Title').fill('Medical Director');

	// Connect Alpha Clinic to Beta Housing.
	await panel.getByLabel('Connect to').selectOption({ label: 'Beta Housing' });
	await panel.getByLabel('Type').fill('referrals');
	await panel.getByLabel('Strength').selectOption({ label: 'Strong' });
	await panel.getByRole('button', { name: 'Connect' }).click();
	await expect(panel.getByTestId('connection')).toContainText('Beta Housing');
	await expectSaved(page);
	await expect(page.locator('[data-testid="map-canvas"] .edges line')).toHaveCount(1);

	// The table holds the same, with people and roles.
	await view(page, 'Table');
	const rows = page.getByTestId('partner-row');
	await expect(rows).toHaveCount(3);
	const alpha = rows.filter({ has: page.getByRole('button', { name: 'Edit Alpha Clinic' }) });
	await expect(alpha).toContainText('Dr. Ana Ruiz — Makes decisions');
	// The connection's type is edited in place in the table (since the home-organisation map, issue 15).
	await expect(alpha).toContainText('Beta Housing');
	await expect(alpha.getByLabel('Type of the connection with Beta Housing')).toHaveValue(
		'referrals'
	);
	await expect(alpha).toContainText('Phase 3');

	// Everything survives a reload.
	await page.reload();
	await view(page, 'Table');
	await expect(
		page
			.getByTestId('partner-row')
			.filter({ has: page.getByRole('button', { name: 'Edit Alpha Clinic' }) })
	).toContainText('Dr. Ana Ruiz');
	await page.getByRole('button', { name: 'Edit Alpha Clinic' }).click();
	await expect(
		page.getByTestId('partner-panel').getByTestId('person').getByLabel('Title')
	).toHaveValue('Medical Director');
});

test('filters and search (a person’s name too) apply to the table and the map', async ({
	page
}) => {
	await loadDemo(page);
	await openMap(page);
	await view(page, 'Table');
	const rows = page.getByTestId('partner-row');
	// 15: the demo's home organisation is a partner since file format 2.
	await expect(rows).toHaveCount(15);
	await page.getByLabel('Sector', { exact: true }).first().selectOption({ label: 'Housing (1)' });
	await expect(rows).toHaveCount(1);
	await expect(rows).toContainText('Hearthstone Supportive Housing');
	await page.getByLabel('Sector', { exact: true }).first().selectOption({ label: 'All' });
	await page.getByLabel('Phase', { exact: true }).selectOption({ label: 'Candidate' });
	await expect(rows).toHaveCount(3);
	await view(page, 'Rings by phase');
	await expect(page.getByTestId('map-node')).toHaveCount(3);
	await page.getByLabel('Phase', { exact: true }).selectOption({ label: 'All' });
	await expect(page.getByTestId('map-node')).toHaveCount(15);

	await page.getByLabel('Search partners and people').fill('venkataraman');
	await expect(page.getByText('1 found', { exact: true })).toBeVisible();
	await expect(page.locator('[data-testid="map-node"].hit')).toHaveCount(1);
	await expect(page.locator('[data-testid="map-node"].hit')).toHaveAttribute(
		'aria-label',
		/^Valle Regional Medical Center/
	);
});

test('the demo map: views, drag to place and reload, delete with undo, accessible', async ({
	page
}) => {
	await loadDemo(page);
	await openMap(page);
	await expect(page.getByTestId('map-node')).toHaveCount(15);
	await expect(page.getByTestId('legend')).toContainText('Internal department');

	// The home organisation is on the network and rings views, not on the power/interest grid.
	for (const [name, count] of [
		['Rings by phase', 15],
		['Power / interest', 14],
		['Network', 15]
	] as const) {
		await view(page, name);
		await expect(page.getByTestId('map-node')).toHaveCount(count);
	}
	await expect(page.getByText('Manage closely')).toHaveCount(0);

	// Drag Finance somewhere else; the spot is saved and pinned.
	const node = page.locator('[data-testid="map-node"][data-id="p-finance"]');
	await node.scrollIntoViewIfNeeded();
	const box = (await node.boundingBox())!;
	const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	await page.mouse.move(start.x, start.y);
	await page.mouse.down();
	await page.mouse.move(start.x - 60, start.y - 40, { steps: 6 });
	await page.mouse.move(start.x - 120, start.y - 80, { steps: 6 });
	await page.mouse.up();
	await expectSaved(page);
	await expect(node).toHaveAttribute('aria-label', /Pinned/);
	const placed = await node.getAttribute('transform');
	await page.reload();
	await expect(page.locator('[data-testid="map-node"][data-id="p-finance"]')).toHaveAttribute(
		'transform',
		placed!
	);

	// Delete with undo: everything linked comes back.
	await page.locator('[data-testid="map-node"][data-id="p-health-plan"]').click();
	await page.getByRole('button', { name: 'Delete partner' }).click();
	await expect(page.getByText('Deleted “Golden Poppy Health Plan”.')).toBeVisible();
	await expect(page.getByTestId('map-node')).toHaveCount(14);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByTestId('map-node')).toHaveCount(15);
	await view(page, 'Table');
	const plan = page
		.getByTestId('partner-row')
		.filter({ has: page.getByRole('button', { name: 'Edit Golden Poppy Health Plan' }) });
	await expect(plan).toContainText('Kimberly Stroud');
	await expect(
		plan.getByLabel('Type of the connection with Valle Regional Medical Center')
	).toHaveValue('funding');

	// Projector mode with the F key, and back.
	await view(page, 'Network');
	await page.getByTestId('map-canvas').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('f');
	await expect(page.getByRole('button', { name: 'Leave projector mode' })).toBeVisible();
	await page.getByRole('button', { name: 'Leave projector mode' }).click();
	await expect(page.getByRole('button', { name: 'Leave projector mode' })).toHaveCount(0);
});

test('export the current view as SVG and PNG', async ({ page }) => {
	await loadDemo(page);
	await openMap(page);
	await view(page, 'Rings by phase');

	const svg = await download(page, 'Export SVG');
	expect(svg.name).toMatch(/^roots-partnership-design-convening-map-rings-\d{4}-\d{2}-\d{2}\.svg$/);
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			errors: doc.getElementsByTagName('parsererror').length,
			width: doc.documentElement.getAttribute('width'),
			texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
			scripts: doc.getElementsByTagName('script').length
		};
	}, svg.bytes.toString('utf8'));
	expect(parsed.errors).toBe(0);
	expect(parsed.scripts).toBe(0);
	expect(parsed.width).toBe('1920');
	expect(parsed.texts).toContain('Food Bank of the Valley');
	expect(parsed.texts.join('\n')).toContain('Общество взаимопомощи');
	expect(parsed.texts).toContain('Internal department (2)');

	const png = await download(page, 'Export PNG');
	expect(png.name).toMatch(/\.png$/);
	expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.bytes.toString('ascii', 12, 16)).toBe('IHDR');
	expect(png.bytes.readUInt32BE(16)).toBe(1920);
	expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(1000);
});

test('add a partner at a clicked point in the network view', async ({ page }) => {
	await loadDemo(page);
	await openMap(page);
	await page.getByRole('button', { name: 'Add at a point' }).click();
	await expect(page.getByText('Click an empty spot')).toBeVisible();
	const canvas = page.getByTestId('map-canvas');
	await canvas.click({ position: { x: 12, y: 12 } });
	// 15 demo partners (its home organisation included) and the new one.
	await expect(page.getByTestId('map-node')).toHaveCount(16);
	const panel = page.getByTestId('partner-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('New partner');
	await panel.getByLabel('Name', { exact: true }).first().fill('Corner Café Coalition');
	await expectSaved(page);
	await expect(
		page.locator('[data-testid="map-node"][aria-label^="Corner Café Coalition"]')
	).toHaveAttribute('aria-label', /Pinned/);
});

test('a health-check warning about a partner opens that partner on the map', async ({ page }) => {
	await loadDemo(page);
	const warning = page.locator('[data-testid="health-warning"][data-rule="no-decision-maker"]');
	await expect(warning).toContainText('Riverbend Behavioral Health');
	await warning.getByRole('link', { name: 'Fix this' }).click();
	await expect(page.getByRole('heading', { name: 'Stakeholder map', level: 1 })).toBeVisible();
	await expect(page.getByTestId('partner-panel').getByRole('heading', { level: 2 })).toHaveText(
		'Riverbend Behavioral Health'
	);
});

test('partnership status decisions show in the table and the side panel', async ({ page }) => {
	await loadDemo(page);
	await openMap(page);
	await view(page, 'Table');
	const row = page
		.getByTestId('partner-row')
		.filter({ has: page.getByRole('rowheader', { name: 'Hearthstone Supportive Housing' }) });
	await expect(row).toContainText('Sustain');
	await row.getByRole('button', { name: /Hearthstone Supportive Housing/ }).click();
	await expect(page.getByTestId('partner-decision')).toContainText('Sustain');
	await expect(
		page.getByTestId('partner-decision').getByRole('link', { name: 'Change on the Progress page' })
	).toBeVisible();
});

test('a large map (400 partners) is laid out in a worker and the page stays responsive', async ({
	page
}) => {
	await loadDemo(page);
	await importGrownDemo(page, 400);
	await openMap(page);
	// The search field answers while the layout runs.
	await page.getByLabel('Search', { exact: false }).first().fill('Bulk partner 12');
	await expect(page.getByTestId('map-node')).toHaveCount(400, { timeout: 20_000 });
	await expect(page.getByTestId('laying-out')).toHaveCount(0);
});

test('the map lists partners that moved between phases since a snapshot, before → after', async ({
	page
}) => {
	await loadDemo(page);
	await page
		.getByRole('navigation', { name: /^Sections of/ })
		.getByRole('link', { name: 'Progress' })
		.click();
	await page.getByLabel('Snapshot label').fill('March convening');
	await page.getByRole('button', { name: 'Save a snapshot' }).click();
	await expect(page.getByText('March convening').first()).toBeVisible();
	await openMap(page);
	await expect(page.getByTestId('phase-moves')).toContainText(
		'No partner has changed relationship phase since then.'
	);
	await view(page, 'Table');
	await page
		.getByRole('button', { name: /Golden Poppy Health Plan/ })
		.first()
		.click();
	await page.getByLabel('Relationship phase').selectOption('3');
	await expect(page.getByTestId('phase-moves')).toContainText('Golden Poppy Health Plan');
	await expect(page.getByTestId('phase-moves')).toContainText('Phase 2 → Phase 3');
});
