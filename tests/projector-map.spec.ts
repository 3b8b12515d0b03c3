/**
 * Issue 14: the map on the projector. When the facilitator moves to the stakeholder-map step, the
 * projector window shows the map (within a second, measured by `npm run bench`), and the view,
 * filters and highlighted partner chosen on the session page or the facilitator's map page follow
 * live.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, loadDemo } from './helpers';

// The projector follows the facilitator "within a second": that budget is measured, as a median of
// several runs with CPU time beside it, by `npm run bench` ("projector follows the facilitator…",
// "projector shows the map…"). Here a journey checks that it follows, with room for a busy machine.
const FOLLOWS = { timeout: 5_000 };
const workshopId = (page: Page) => new URL(page.url()).searchParams.get('id')!;

test('the projector shows the map at the map step, and follows the facilitator’s choices', async ({
	page,
	context
}) => {
	await loadDemo(page);
	const id = workshopId(page);
	await page.goto(`/workshop/session/?id=${id}`);
	const projector = await context.newPage();
	await projector.setViewportSize({ width: 1280, height: 720 });
	await projector.goto(`/present/?id=${id}`);
	await expect(projector.getByTestId('projector-step-title')).toHaveText(
		'Momentum and conditions for effectiveness'
	);
	await expect(projector.getByTestId('projector-map')).toHaveCount(0);
	await page.bringToFront(); // the facilitator's window in front (see tests/session.spec.ts)

	// Move to the map step: the map is on the projector, every partner drawn (within a second: npm run bench).
	await page
		.getByRole('navigation', { name: 'Agenda' })
		.getByRole('button', { name: /Stakeholder map/ })
		.click();
	const map = projector.getByTestId('projector-map');
	await expect(map).toBeVisible(FOLLOWS);
	await expect(map.getByTestId('map-node')).toHaveCount(15, FOLLOWS);
	await expect(map).toHaveAttribute('data-view', 'network');

	// From the session page: another view, a partner highlighted (named in words, not only ringed).
	const controls = page.getByTestId('projected-map-controls');
	await controls.getByLabel('View').selectOption({ label: 'Rings by phase' });
	await expect(map).toHaveAttribute('data-view', 'rings', FOLLOWS);
	await expect(map.getByTestId('projector-map-view')).toHaveText('Rings by phase');
	await controls
		.getByLabel('Highlight partner')
		.selectOption({ label: 'Hearthstone Supportive Housing' });
	await expect(map.getByTestId('projector-map-highlight')).toHaveText(
		'→ Hearthstone Supportive Housing',
		FOLLOWS
	);
	await expect(map.locator('[data-testid="map-node"].selected')).toHaveAttribute(
		'aria-label',
		/^Hearthstone Supportive Housing/
	);
	await projector.screenshot({ path: 'reports/room-screens/projector-map-rings-1280x720.png' });
	await expectAccessible(projector);
});

test('choices on the facilitator’s map page reach the projector’s map', async ({
	page,
	context
}) => {
	await loadDemo(page);
	const id = workshopId(page);
	await page.goto(`/workshop/session/?id=${id}`);
	await page
		.getByRole('navigation', { name: 'Agenda' })
		.getByRole('button', { name: /Stakeholder map/ })
		.click();
	await expect(page.getByTestId('step-title')).toHaveText(/Stakeholder map/);
	const projector = await context.newPage();
	await projector.setViewportSize({ width: 1920, height: 1080 });
	await projector.goto(`/present/?id=${id}`);
	const map = projector.getByTestId('projector-map');
	await expect(map.getByTestId('map-node')).toHaveCount(15);
	await page.bringToFront(); // the facilitator's window in front (see tests/session.spec.ts)

	await page.goto(`/workshop/map/?id=${id}`);
	await page.getByText('Power / interest', { exact: true }).click();
	await expect(map).toHaveAttribute('data-view', 'grid', FOLLOWS);
	await page.getByLabel('Sector', { exact: true }).first().selectOption({ label: 'Housing (1)' });
	await expect(map.getByTestId('map-node')).toHaveCount(1, FOLLOWS);
	await expect(map).toContainText('only Housing');
	await page.getByLabel('Sector', { exact: true }).first().selectOption({ label: 'All' });
	// The power/interest grid leaves the home organisation out: the 14 others.
	await expect(map.getByTestId('map-node')).toHaveCount(14, FOLLOWS);
	// Opening a partner on the map page highlights it on the projector.
	await page
		.locator('[data-testid="map-node"][aria-label^="Valle Regional Medical Center"]')
		.focus();
	await page.keyboard.press('Enter');
	await expect(map.getByTestId('projector-map-highlight')).toHaveText(
		'→ Valle Regional Medical Center',
		FOLLOWS
	);
	// The table view leaves the projector's drawn view as it was.
	await page.getByText('Table', { exact: true }).click();
	await expect(page.getByTestId('partner-row').first()).toBeVisible();
	await expect(map).toHaveAttribute('data-view', 'grid');
	await projector.screenshot({ path: 'reports/room-screens/projector-map-grid-1920x1080.png' });
});

/** Every node's centre, by partner id, in the map's own units (its `translate`). */
const nodeCentres = (page: Page, scope: string) =>
	page.locator(`${scope} [data-testid="map-canvas"]`).evaluate((svg) =>
		Object.fromEntries(
			[...svg.querySelectorAll('[data-testid="map-node"]')].map((n) => {
				const [x, y] = /translate\(([^,]+),([^)]+)\)/
					.exec(n.getAttribute('transform') ?? '')!
					.slice(1)
					.map(Number);
				return [
					n.getAttribute('data-id')!,
					{ x: Math.round(x * 1e3) / 1e3, y: Math.round(y * 1e3) / 1e3 }
				];
			})
		)
	);

/**
 * The projector's labels drawn nearer to another node than to their own: the drawn text's box (in
 * the map's units), measured from every node's centre. Also how many labels there are.
 */
const strayLabels = (projector: Page) =>
	projector.locator('[data-testid="projector-map"] [data-testid="map-canvas"]').evaluate((svg) => {
		const centres = [...svg.querySelectorAll('[data-testid="map-node"]')].map((n) => {
			const [x, y] = /translate\(([^,]+),([^)]+)\)/
				.exec(n.getAttribute('transform') ?? '')!
				.slice(1)
				.map(Number);
			return { id: n.getAttribute('data-id')!, x, y };
		});
		const strays: string[] = [];
		const labels = [...svg.querySelectorAll('g.label')];
		for (const label of labels) {
			const box = (label.querySelector('text') as SVGTextElement).getBBox();
			const distance = (p: { x: number; y: number }) =>
				Math.hypot(
					Math.max(box.x - p.x, 0, p.x - box.x - box.width),
					Math.max(box.y - p.y, 0, p.y - box.y - box.height)
				);
			const id = label.getAttribute('data-id');
			const own = distance(centres.find((c) => c.id === id)!);
			const nearer = centres.filter((c) => c.id !== id && distance(c) <= own);
			if (nearer.length) strays.push(`${label.textContent} (nearer ${nearer.map((c) => c.id)})`);
		}
		return { labels: labels.length, strays };
	});

test('the projector’s map is the laptop’s map: same nodes, every label by its own symbol (issue 28)', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await loadDemo(page);
	const id = workshopId(page);
	await page.goto(`/workshop/session/?id=${id}`);
	await page
		.getByRole('navigation', { name: 'Agenda' })
		.getByRole('button', { name: /Stakeholder map/ })
		.click();
	await expect(page.getByTestId('step-title')).toHaveText(/Stakeholder map/);
	await page.goto(`/workshop/map/?id=${id}`);
	await expect(page.getByTestId('map-node')).toHaveCount(15);
	const laptop = await nodeCentres(page, '[data-testid="map-stage"]');
	expect(Object.keys(laptop)).toHaveLength(15);

	const projector = await context.newPage();
	for (const [width, height, reload] of [
		[1280, 720, false],
		[1920, 1080, false],
		[1920, 1080, true],
		[1280, 720, true]
	] as const) {
		const at = `${width}×${height}${reload ? ' after a reload' : ''}`;
		await projector.setViewportSize({ width, height });
		if (reload || projector.url() === 'about:blank') await projector.goto(`/present/?id=${id}`);
		const map = projector.getByTestId('projector-map');
		await expect(map.getByTestId('map-node')).toHaveCount(15);
		// The labels settle once the canvas is measured: poll until every one is by its own node.
		await expect
			.poll(async () => (await strayLabels(projector)).strays, { message: at, timeout: 10_000 })
			.toEqual([]);
		const { labels } = await strayLabels(projector);
		// Every partner named, none left out for want of room (the reported map lost one).
		expect(labels, at).toBe(15);
		expect(await nodeCentres(projector, '[data-testid="projector-map"]'), at).toEqual(laptop);
		if (!reload)
			await projector.screenshot({
				path: `reports/screens/projector-map-${width}x${height}.png`
			});
	}
});
