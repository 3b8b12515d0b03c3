/**
 * A crowded stakeholder map (300 partners): every label drawn is whole, inside the map; a partner
 * whose label finds no room is drawn without one, and its name shows on hover and keyboard focus
 * (as a cut name does). Screenshots at 1280×720 and 1440×900 in reports/screens/.
 */
import { expect, test, type Page } from '@playwright/test';
import { importGrownDemo, loadDemo } from './helpers';

const SECTORS = [
	'hospital',
	'clinic',
	'health-plan',
	'public-health',
	'housing',
	'food',
	'education'
];
const WORDS = ['Valley', 'Community', 'Family', 'Housing', 'Health', 'Youth', 'Alliance', 'Centre'];

async function crowdedMap(page: Page) {
	await loadDemo(page);
	await importGrownDemo(page, 300, (i) => ({
		partner: {
			name: `${WORDS[i % 8]} ${WORDS[(i * 3 + 1) % 8]} Services ${i}`,
			sector: SECTORS[i % 7]
		}
	}));
	await page
		.getByRole('navigation', { name: /^Sections of/ })
		.getByRole('link', { name: 'Stakeholder map' })
		.click();
	await expect(page.getByTestId('map-node')).toHaveCount(300, { timeout: 20_000 });
	await expect(page.getByTestId('laying-out')).toHaveCount(0);
}

test('a crowded map draws only whole labels inside it; an unlabelled partner’s name shows on hover and focus', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await crowdedMap(page);
	for (const view of ['Network', 'Rings by phase', 'Power / interest']) {
		await page.getByText(view, { exact: true }).click();
		await expect(page.getByTestId('laying-out')).toHaveCount(0);
		// Every drawn label lies inside the map's own area (none is cut off at its edge).
		const outside = await page.evaluate(() => {
			const svg = document.querySelector<SVGSVGElement>('[data-testid=map-canvas]')!;
			const { width, height } = svg.viewBox.baseVal;
			return [...svg.querySelectorAll<SVGGElement>('g.label')].filter((g) => {
				const box = g.getBBox();
				return (
					box.x < -1 ||
					box.y < -1 ||
					box.x + box.width > width + 1 ||
					box.y + box.height > height + 1
				);
			}).length;
		});
		expect(outside, view).toBe(0);
	}
	await page.getByTestId('map-stage').scrollIntoViewIfNeeded();
	for (const [width, height] of [
		[1280, 720],
		[1440, 900]
	]) {
		await page.setViewportSize({ width, height });
		await expect(page.getByTestId('laying-out')).toHaveCount(0);
		await page.screenshot({ path: `reports/screens/map-crowded-${width}x${height}.png` });
	}

	// A partner drawn without a label: its name on hover, and on keyboard focus.
	const unlabelled = await page.evaluate(() => {
		const labelled = new Set(
			[...document.querySelectorAll('g.label')].map((g) => g.getAttribute('data-id'))
		);
		return [...document.querySelectorAll('[data-testid=map-node]')]
			.map((n) => n.getAttribute('data-id')!)
			.find((id) => id.startsWith('bulk-') && !labelled.has(id));
	});
	expect(unlabelled).toBeTruthy();
	const node = page.locator(`[data-testid="map-node"][data-id="${unlabelled}"]`);
	const name = (await node.getAttribute('aria-label'))!.split(':')[0];
	await node.scrollIntoViewIfNeeded();
	await node.hover({ force: true });
	await expect(page.getByTestId('map-tip')).toHaveText(name);
	await page.mouse.move(2, 2);
	await expect(page.getByTestId('map-tip')).toHaveCount(0);
	await node.focus();
	await expect(page.getByTestId('map-tip')).toHaveText(name);
});
