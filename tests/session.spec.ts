import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectAaaContrast, loadDemo } from './helpers';

const workshopId = (page: Page) => new URL(page.url()).searchParams.get('id')!;
// The projector follows the facilitator "within a second": that budget is measured, as a median of
// several runs with CPU time beside it, by `npm run bench` ("projector follows the facilitator…",
// "projector shows the map…"). Here a journey checks that it follows, with room for a busy machine.
const FOLLOWS = { timeout: 5_000 };

/** The demo's session page with the projector open beside it at 1280×720. */
async function sessionWithProjector(page: Page, context: BrowserContext) {
	await loadDemo(page);
	const id = workshopId(page);
	await page.goto(`/workshop/session/?id=${id}`);
	await expect(page.getByTestId('step-title')).toHaveText(
		'Momentum and conditions for effectiveness'
	);
	const projector = await context.newPage();
	await projector.setViewportSize({ width: 1280, height: 720 });
	await projector.goto(`/present/?id=${id}`);
	await expect(projector.getByTestId('projector-step-title')).toHaveText(
		'Momentum and conditions for effectiveness'
	);
	// The facilitator's window in front, as in the room: headless Chromium gives a tab behind another
	// one animation frame a second, so clicks there wait 1–2 s to be "stable" and its clock lags.
	await page.bringToFront();
	return projector;
}

test('the projector follows the facilitator live: step, timer, reveal', async ({
	page,
	context
}) => {
	// Measured 12.6 s alone, 24 s on a heavily shared machine: 2×+ margin.
	test.setTimeout(90_000);
	const projector = await sessionWithProjector(page, context);
	await expect(projector.getByRole('banner')).toHaveCount(1); // its own header only: no app navigation
	await expect(projector.getByRole('navigation')).toHaveCount(0);

	// Advance: the projector follows (within a second: npm run bench).
	await page.getByRole('button', { name: 'Next →' }).click();
	await expect(page.getByTestId('progress')).toHaveText('Step 2 of 10');
	await expect(projector.getByTestId('projector-step-title')).toHaveText(
		'What phase of partnership development are you in?',
		FOLLOWS
	);
	await expect(projector.getByTestId('projector-progress')).toHaveText('Step 2 of 10', FOLLOWS);

	// Start the timer, let it tick, then pause: the projector shows the same state.
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(projector.getByTestId('timer')).toHaveAttribute('data-phase', 'running', FOLLOWS);
	await expect(page.getByTestId('timer').getByRole('timer')).toHaveText(/^14:5\d$/);
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(projector.getByTestId('timer')).toHaveAttribute('data-phase', 'paused', FOLLOWS);
	const paused = await page.getByTestId('timer').getByRole('timer').textContent();
	expect(paused).toMatch(/^14:5\d$/);
	await expect(projector.getByTestId('timer').getByRole('timer')).toHaveText(paused!, FOLLOWS);

	// Results stay hidden until revealed.
	await expect(projector.getByTestId('results-hidden')).toBeVisible();
	await expectAaaContrast(projector);
	await page.getByLabel('Reveal results').check();
	await expect(projector.getByTestId('results')).toContainText('Responses handed in: 4', FOLLOWS);
	await expect(projector.getByTestId('results').getByRole('listitem').nth(1)).toContainText(
		/2\. Assess Externally\s*2/
	);
	await expectAaaContrast(projector);

	// Moving on hides results again and starts the next step's timer afresh.
	await page.getByRole('button', { name: 'Next →' }).click();
	await expect(projector.getByTestId('projector-step-title')).toHaveText(
		'Assess internally: capacity rubric',
		FOLLOWS
	);
	await expect(projector.getByTestId('timer').getByRole('timer')).toHaveText('20:00');
	await expect(page.getByLabel('Reveal results')).not.toBeChecked();
});

test('facilitator and projector both resume after a reload: same step, same paused time, results revealed', async ({
	page,
	context
}) => {
	const projector = await sessionWithProjector(page, context);
	await page.getByRole('button', { name: 'Next →' }).click();
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByTestId('timer').getByRole('timer')).toHaveText(/^14:5\d$/);
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(projector.getByTestId('timer')).toHaveAttribute('data-phase', 'paused', FOLLOWS);
	const paused = await page.getByTestId('timer').getByRole('timer').textContent();
	await page.getByLabel('Reveal results').check();
	await expect(projector.getByTestId('results')).toBeVisible(FOLLOWS);

	await projector.reload();
	await page.reload();
	await expect(page.getByTestId('progress')).toHaveText('Step 2 of 10');
	await expect(page.getByTestId('timer').getByRole('timer')).toHaveText(paused!);
	await expect(projector.getByTestId('timer').getByRole('timer')).toHaveText(paused!);
	await expect(projector.getByTestId('results')).toBeVisible();
	await expect(page.getByLabel('Reveal results')).toBeChecked();
});

test('a running timer keeps running across a reload (computed from timestamps)', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto(`/workshop/session/?id=${workshopId(page)}`);
	await page.getByRole('button', { name: '+1 min' }).click();
	await expect(page.getByTestId('timer').getByRole('timer')).toHaveText('11:00');
	await page.getByRole('button', { name: 'Start' }).click();
	// Two seconds have run when the display says so; then reload.
	await expect(page.getByTestId('timer').getByRole('timer')).toHaveText(/^10:5[0-8]$/, {
		timeout: 5_000
	});
	await page.reload();
	await expect(page.getByTestId('timer')).toHaveAttribute('data-phase', 'running');
	await expect(page.getByTestId('timer').getByRole('timer')).toHaveText(/^10:5[0-8]$/);
	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(page.getByTestId('timer').getByRole('timer')).toHaveText('10:00');
	await expect(page.getByTestId('timer')).toHaveAttribute('data-phase', 'idle');
});

test('keyboard: arrows, space, B and ? — never while typing', async ({ page, context }) => {
	await loadDemo(page);
	const id = workshopId(page);
	const projector = await context.newPage();
	await projector.goto(`/present/?id=${id}`);
	await page.goto(`/workshop/session/?id=${id}`);
	await expect(page.getByTestId('progress')).toHaveText('Step 1 of 10');

	await page.locator('body').press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('progress')).toHaveText('Step 3 of 10');
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByTestId('progress')).toHaveText('Step 2 of 10');
	await page.keyboard.press(' ');
	await expect(page.getByTestId('timer')).toHaveAttribute('data-phase', 'running');
	await page.keyboard.press(' ');
	await expect(page.getByTestId('timer')).toHaveAttribute('data-phase', 'paused');

	await page.keyboard.press('b');
	await expect(projector.getByTestId('blank-screen')).toBeVisible(FOLLOWS);
	await expect(page.getByLabel('Blank screen')).toBeChecked();
	// The projector window has the same keys: B shows it again, → advances.
	await projector.keyboard.press('b');
	await expect(projector.getByTestId('projector-step-title')).toBeVisible(FOLLOWS);
	await projector.keyboard.press('ArrowRight');
	await expect(page.getByTestId('progress')).toHaveText('Step 3 of 10', FOLLOWS);

	await page.keyboard.press('?');
	await expect(page.getByTestId('shortcut-help')).toBeVisible();
	await expect(page.getByTestId('shortcut-help')).toContainText('Blank the projector');
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('shortcut-help')).toBeHidden();

	// Typing in a field never triggers a shortcut.
	await page.goto(`/workshop/agenda/?id=${id}`);
	await page
		.getByTestId('agenda-step')
		.first()
		.getByRole('button', { name: /^Edit:/ })
		.click();
	await page.getByLabel('Facilitator notes').first().fill('b → space');
	await page.getByLabel('Facilitator notes').first().press('ArrowRight');
	await page.getByLabel('Facilitator notes').first().press('b');
	await page.goto(`/workshop/session/?id=${id}`);
	await expect(page.getByTestId('progress')).toHaveText('Step 3 of 10');
	await expect(projector.getByTestId('blank-screen')).toHaveCount(0);

	// The join screen.
	await page.getByLabel('Show join screen').check();
	await expect(projector.getByTestId('join-screen')).toContainText('Join this workshop', FOLLOWS);
});

test('agenda builder: add, reorder, time, remove with undo; the session follows', async ({
	page
}) => {
	await page.goto('/');
	await page.getByLabel('Blank workshop').check();
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Blank workshop');
	const id = workshopId(page);
	await page.goto(`/workshop/agenda/?id=${id}`);
	await expect(page.getByText('No steps yet.')).toBeVisible();

	await page.getByLabel('Module').selectOption('phase');
	await page.getByRole('button', { name: 'Add step' }).click();
	await page.getByLabel('Module').selectOption('pitfalls');
	await page.getByRole('button', { name: 'Add step' }).click();
	await page.getByLabel('Module').selectOption('custom');
	await page.getByRole('button', { name: 'Add step' }).click();
	const steps = page.getByTestId('agenda-step');
	await expect(steps).toHaveCount(3);
	await expect(page.getByTestId('agenda-total')).toContainText('3 steps · 45 minutes in all');

	await steps.nth(2).getByLabel('Title').fill('Lunch 🥪');
	await steps.nth(2).getByLabel('Prompt shown to the room').fill('Back at 13:00 — مرحبا');
	await steps.nth(2).getByLabel('Minutes (1–60)').fill('75');
	await steps.nth(2).getByLabel('Minutes (1–60)').press('Tab');
	await expect(page.getByTestId('agenda-total')).toContainText('95 minutes');
	await expect(steps.nth(2).getByLabel('Minutes (1–60)')).toHaveValue('60');

	// Keyboard reorder: move the custom step to the top.
	await page.getByRole('button', { name: 'Move up: Lunch 🥪' }).click();
	await page.getByRole('button', { name: 'Move up: Lunch 🥪' }).click();
	await expect(steps.first().getByLabel('Title')).toHaveValue('Lunch 🥪');

	// Drag the pitfalls step (now last) to the top; a tall window keeps both in view (no scrolling mid-drag).
	await page.setViewportSize({ width: 1440, height: 1800 });
	await steps
		.nth(2)
		.getByRole('img', { name: /Drag to reorder/ })
		.dragTo(steps.nth(0));
	await expect(steps.first().getByLabel('Title')).toHaveValue('Common pitfalls (or accelerators?)');

	await page
		.getByRole('button', { name: 'Remove: What phase of partnership development are you in?' })
		.click();
	await expect(steps).toHaveCount(2);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(steps).toHaveCount(3);

	await page.reload();
	await expect(steps).toHaveCount(3);
	// After a reload every step is closed to its title and time.
	await expect(steps.nth(1).locator('.kind')).toHaveText('Lunch 🥪');

	await page.goto(`/workshop/session/?id=${id}`);
	await expect(page.getByTestId('step-title')).toHaveText('Common pitfalls (or accelerators?)');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('step-title')).toHaveText('Lunch 🥪');
	await expect(page.getByTestId('step-prompts')).toContainText('Back at 13:00 — مرحبا');
	await expect(page.getByTestId('timer').getByRole('timer')).toHaveText('60:00');
});

test('Space starts or pauses the timer even with the focus left on "+1 min"', async ({ page }) => {
	await loadDemo(page);
	await page.goto(`/workshop/session/?id=${workshopId(page)}`);
	await page.getByRole('button', { name: '+1 min' }).click();
	await expect(page.getByTestId('timer').getByRole('timer')).toHaveText('11:00');
	await expect(page.getByRole('button', { name: '+1 min' })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page.getByTestId('timer')).toHaveAttribute('data-phase', 'running');
	await page.keyboard.press('Space');
	await expect(page.getByTestId('timer')).toHaveAttribute('data-phase', 'paused');
	// Still 11 minutes and some seconds less: no minute was added.
	await expect(page.getByTestId('timer').getByRole('timer')).toHaveText(/^1[01]:\d\d$/);
	expect(await page.getByTestId('timer').getByRole('timer').textContent()).not.toMatch(/^1[2-9]/);
});
