import { expect, test, type Page } from '@playwright/test';
import { expectSaved, loadDemo } from './helpers';

async function openMap(page: Page) {
	await page
		.getByRole('navigation', { name: /^Sections of/ })
		.getByRole('link', { name: 'Stakeholder map' })
		.click();
	await expect(page.getByRole('heading', { name: 'Stakeholder map', level: 1 })).toBeVisible();
}
const view = (page: Page, name: string) => page.getByText(name, { exact: true }).click();
const nodeOf = (page: Page, id: string) =>
	page.locator(`[data-testid="map-node"][data-id="${id}"]`);
const centre = (box: { x: number; y: number; width: number; height: number }) => ({
	x: box.x + box.width / 2,
	y: box.y + box.height / 2
});

test('a partner dragged along its ring keeps its place after a reload, and stays unpinned in the network', async ({
	page
}) => {
	await loadDemo(page);
	await openMap(page);
	const networkBefore = await nodeOf(page, 'p-sierra-clinic').getAttribute('transform');
	await view(page, 'Rings by phase');
	// Clínica Sierra Vista sits right of the centre, about level with it.
	const node = nodeOf(page, 'p-sierra-clinic');
	await expect(node).not.toHaveAttribute('aria-label', /Pinned/);
	await node.scrollIntoViewIfNeeded();
	const before = await node.getAttribute('transform');
	const start = centre((await node.boundingBox())!);
	const middle = centre((await page.locator('[data-testid="map-node"].home').boundingBox())!);
	// To the other side of the centre: the node follows its ring round to the left.
	await page.mouse.move(start.x, start.y);
	await page.mouse.down();
	await page.mouse.move(2 * middle.x - start.x, 2 * middle.y - start.y, { steps: 12 });
	await page.mouse.up();
	await expectSaved(page);
	await expect(node).toHaveAttribute('aria-label', /Pinned/);
	const placed = (await node.getAttribute('transform'))!;
	expect(placed).not.toBe(before);
	// It is now on the other side of the centre.
	const now = centre((await node.boundingBox())!);
	expect(Math.sign(now.x - middle.x)).toBe(-Math.sign(start.x - middle.x));

	await page.reload();
	await view(page, 'Rings by phase');
	await expect(nodeOf(page, 'p-sierra-clinic')).toHaveAttribute('transform', placed);
	// The rings view's place is its own: the network view still lays the partner out freely.
	await view(page, 'Network');
	await expect(nodeOf(page, 'p-sierra-clinic')).toHaveAttribute('transform', networkBefore!);
	await expect(nodeOf(page, 'p-sierra-clinic')).not.toHaveAttribute('aria-label', /Pinned/);
});

test('arrow keys turn a focused node along its ring; on the power/interest grid nothing moves', async ({
	page
}) => {
	await loadDemo(page);
	await openMap(page);
	await view(page, 'Rings by phase');
	const node = nodeOf(page, 'p-health-plan');
	const before = await node.getAttribute('transform');
	await node.focus();
	await page.keyboard.press('Shift+ArrowRight');
	await expectSaved(page);
	await expect(node).not.toHaveAttribute('transform', before!);
	await expect(node).toHaveAttribute('aria-label', /Pinned/);
	// With its panel open, the node keeps the keyboard: a save does not send focus to the panel.
	await node.press('Enter');
	const panel = page.getByTestId('partner-panel');
	await expect(panel.getByRole('heading', { name: 'Golden Poppy Health Plan' })).toBeFocused();
	const turned = (await node.getAttribute('transform'))!;
	await node.focus();
	await page.keyboard.press('Shift+ArrowRight');
	await expectSaved(page);
	await expect(node).not.toHaveAttribute('transform', turned);
	await expect(node).toBeFocused();
	// Unpin from the panel: back to its even place on the ring.
	await panel.getByRole('button', { name: 'Unpin' }).click();
	await expectSaved(page);
	await expect(node).toHaveAttribute('transform', before!);

	await view(page, 'Power / interest');
	const cell = await node.getAttribute('transform');
	await node.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowUp');
	await expect(node).toBeFocused();
	await expect(node).toHaveAttribute('transform', cell!);
	await expect(node).not.toHaveAttribute('aria-label', /Pinned/);
});
