import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
	expectAccessible,
	expectSaved,
	importFiles,
	jsonFile,
	loadDemo,
	openHome
} from './helpers';

async function openMap(page: Page) {
	await page
		.getByRole('navigation', { name: /^Sections of/ })
		.getByRole('link', { name: 'Stakeholder map' })
		.click();
	await expect(page.getByRole('heading', { name: 'Stakeholder map', level: 1 })).toBeVisible();
}

const HOME = 'Valle Verde Community Health Center';
const homeNode = (page: Page) => page.locator('[data-testid="map-node"].home');

test('the home organisation is at the centre of the map with its connections', async ({ page }) => {
	await loadDemo(page);
	await openMap(page);
	await expect(homeNode(page)).toHaveCount(1);
	await expect(homeNode(page)).toHaveAttribute('aria-label', new RegExp(`^${HOME}`));
	await expect(page.getByTestId('legend-home')).toBeVisible();
	// 14 connections between partners and 6 of the home organisation's own.
	await expect(page.locator('[data-testid="map-canvas"] .edges line')).toHaveCount(20);
	const box = (await homeNode(page).boundingBox())!;
	const canvas = (await page.getByTestId('map-canvas').boundingBox())!;
	expect(Math.abs(box.x + box.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(8);
	await homeNode(page).click();
	const panel = page.getByTestId('partner-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(HOME);
	await expect(panel.getByTestId('connection')).toHaveCount(6);
	// Rings: still the centre.
	await page.getByText('Rings by phase', { exact: true }).click();
	const ringBox = (await homeNode(page).boundingBox())!;
	const ringCanvas = (await page.getByTestId('map-canvas').boundingBox())!;
	expect(
		Math.abs(ringBox.y + ringBox.height / 2 - (ringCanvas.y + ringCanvas.height / 2))
	).toBeLessThan(8);
	// The coverage matrix lists the home organisation first, and the four roles.
	const coverage = page.getByTestId('coverage');
	await expect(coverage.getByRole('row').nth(1)).toContainText(HOME);
	await expect(coverage.getByRole('columnheader')).toHaveText([
		'Organisation',
		'Contributes',
		'Allocates resources',
		'Implements',
		'Makes decisions'
	]);
	await expectAccessible(page);
});

test('colour by relationship phase changes the node colours and the legend', async ({ page }) => {
	await loadDemo(page);
	await openMap(page);
	const node = page.locator('[data-testid="map-node"][data-id="p-health-plan"]');
	const sectorColour = await node.getAttribute('data-colour');
	await expect(page.getByTestId('legend-colours')).toHaveCount(0);
	await page.getByLabel('Colour by').selectOption({ label: 'Relationship phase' });
	await expect(node).not.toHaveAttribute('data-colour', sectorColour!);
	const legend = page.getByTestId('legend-colours');
	await expect(legend).toBeVisible();
	await expect(legend).toContainText('Phase 2');
	await expect(legend).toContainText('Candidate');
	// Not colour alone: the phase is written inside the node too.
	await expect(node.locator('.badge')).toHaveText('2');
	await expect(page.getByTestId('legend')).toContainText('Shape shows the sector');
	await page.getByLabel('Size by').selectOption({ label: 'Number of people' });
	await expect(page.getByTestId('legend')).toContainText('Size shows the number of people');
});

test('a connection’s type and strength are edited in place and survive a reload', async ({
	page
}) => {
	await loadDemo(page);
	await openMap(page);
	await homeNode(page).click();
	const panel = page.getByTestId('partner-panel');
	const type = panel.getByLabel('Type of the connection with Finance');
	await expect(type).toHaveValue('internal');
	await type.fill('budget line');
	await panel
		.getByLabel('Strength of the connection with Finance')
		.selectOption({ label: 'Strong' });
	await expectSaved(page);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Stakeholder map', level: 1 })).toBeVisible();
	await page.getByText('Table', { exact: true }).click();
	const table = page
		.getByTestId('partner-row')
		.filter({ has: page.getByRole('button', { name: `Edit ${HOME}` }) });
	await expect(table.getByLabel('Type of the connection with Finance')).toHaveValue('budget line');
	await expect(table.getByLabel('Strength of the connection with Finance')).toHaveValue('3');
});

test('searching a person’s name finds their partner', async ({ page }) => {
	await loadDemo(page);
	await openMap(page);
	await page.getByLabel('Search').fill('Kimberly Stroud');
	await expect(page.getByTestId('search-showing')).toHaveText('Showing 1 of 15');
	await expect(page.locator('[data-testid="map-node"].hit')).toHaveAttribute(
		'data-id',
		'p-health-plan'
	);
});

test('a version-1 workshop file gets its home organisation on import', async ({ page }) => {
	await openHome(page);
	await importFiles(page, [
		jsonFile('old.json', readFileSync('tests/fixtures/workshop-v1-home-id-taken.json', 'utf8'))
	]);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await page.getByRole('link', { name: 'Home id taken' }).click();
	await openMap(page);
	await expect(page.getByTestId('map-node')).toHaveCount(3);
	await expect(homeNode(page)).toHaveAttribute('aria-label', /^Riverside Clinic/);
});

test('a label cut with “…” shows the full name on hover and on keyboard focus', async ({
	page
}) => {
	await openHome(page);
	await page.getByLabel('Blank').check();
	await page.getByLabel('Title').fill('Long names');
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await openMap(page);
	const name = 'Valley Community Health Alliance Coalition of Family Services Center 12';
	const form = page.getByTestId('add-partner');
	await form.getByLabel('Name').fill(name);
	await form.getByRole('button', { name: 'Add partner' }).click();
	await expectSaved(page);
	const node = page.getByTestId('map-node');
	await expect(page.getByTestId('map-canvas')).toContainText('…');
	await node.hover();
	await expect(page.getByTestId('map-tip')).toHaveText(name);
	await page.mouse.move(2, 2);
	await expect(page.getByTestId('map-tip')).toHaveCount(0);
	await node.focus();
	await expect(page.getByTestId('map-tip')).toHaveText(name);
});
