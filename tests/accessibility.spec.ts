/**
 * Accessibility: an axe scan of every screen (zero serious or critical findings, contrast included),
 * a keyboard-only journey, and visible focus. New screens add a row to SCREENS.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import {
	downloadText,
	expectAccessible,
	expectSaved,
	focusedName,
	importFiles,
	jsonFile,
	loadDemo,
	openHome,
	tabTo,
	upgradeDatabaseElsewhere
} from './helpers';

/** Opens a section of the current workshop from its navigation bar. */
async function section(page: Page, name: string) {
	await page
		.getByRole('navigation', { name: /^Sections of/ })
		.getByRole('link', { name })
		.click();
}

/** Every screen that exists, reached the way a user reaches it. */
const SCREENS: { name: string; open: (page: Page) => Promise<void> }[] = [
	{ name: 'home, empty', open: openHome },
	{
		name: 'home, with workshops (archived shown)',
		open: async (page) => {
			await loadDemo(page);
			await page.getByRole('link', { name: 'All workshops' }).click();
			await page.getByRole('button', { name: /^Archive:/ }).click();
			await page.getByLabel(/Show archived/).check();
			await expect(page.getByText('Archived', { exact: true })).toBeVisible();
		}
	},
	{ name: 'workshop overview (demo)', open: loadDemo },
	{
		name: 'workshop not in this browser',
		open: async (page) => {
			await page.goto('/workshop/?id=missing');
			await expect(page.getByTestId('not-found')).toBeVisible();
		}
	},
	{
		name: 'about & sources',
		open: async (page) => {
			await page.goto('/about/');
			await expect(page.getByRole('heading', { name: 'About Convene' })).toBeVisible();
		}
	},
	{
		name: 'import refused with a reason',
		open: async (page) => {
			await openHome(page);
			await importFiles(page, [
				jsonFile('broken.json', '{"type": "convene/workshop", "version": 1')
			]);
			await expect(page.getByTestId('import-error')).toBeVisible();
		}
	},
	{
		name: 'import review dialog',
		open: async (page) => {
			await loadDemo(page);
			const file = await downloadText(page, () =>
				page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
			);
			await page.getByRole('link', { name: 'All workshops' }).click();
			await importFiles(page, [jsonFile('backup.json', file.text)]);
			await expect(page.getByTestId('import-review')).toBeVisible();
		}
	},
	...(
		[
			['module: action plan (demo)', 'Action plan'],
			['module: capacity rubric (demo)', 'Assess internally: capacity rubric'],
			['module: partner selection criteria (demo)', 'Partner selection criteria'],
			['module: phase self-assessment (demo)', 'What phase of partnership development are you in?']
		] as const
	).map(([name, step]) => ({
		name,
		open: async (page: Page) => {
			await loadDemo(page);
			await page.getByTestId('agenda').getByRole('link', { name: step }).click();
			await expect(page.getByTestId('module-title')).toHaveText(step);
		}
	})),
	...(['Network', 'Table'] as const).map((view) => ({
		name: `stakeholder map: ${view.toLowerCase()} (demo)`,
		open: async (page: Page) => {
			await loadDemo(page);
			await section(page, 'Stakeholder map');
			await page.getByText(view, { exact: true }).click();
			await expect(
				page.getByTestId(view === 'Table' ? 'partner-row' : 'map-node').first()
			).toBeVisible();
		}
	})),
	{
		name: 'plan & exports (demo)',
		open: async (page) => {
			await loadDemo(page);
			await section(page, 'Plan & exports');
			await expect(page.getByTestId('plan-pages')).toHaveAttribute('data-pages', /^\d+$/, {
				timeout: 20_000
			});
		}
	},
	{
		name: 'progress with a snapshot (demo)',
		open: async (page) => {
			await loadDemo(page);
			await section(page, 'Progress');
			await expect(page.getByTestId('no-snapshots')).toBeVisible();
			await page.getByLabel('Snapshot label').fill('March convening');
			await page.getByRole('button', { name: 'Save a snapshot' }).click();
			await expect(page.getByTestId('snapshot-row')).toHaveCount(1);
		}
	},
	{
		name: 'session with the participants panel and join screen on (demo)',
		open: async (page) => {
			await loadDemo(page);
			await section(page, 'Run the session');
			await page.getByLabel('Show join screen').check();
			await expect(page.getByTestId('participants-panel')).toBeVisible();
		}
	},
	{
		name: 'projector: revealed phase results (demo)',
		open: async (page) => {
			await loadDemo(page);
			await section(page, 'Run the session');
			await page.getByRole('button', { name: 'Next →' }).click();
			await page.getByLabel('Reveal results').check();
			await expectSaved(page);
			const id = new URL(page.url()).searchParams.get('id')!;
			await page.setViewportSize({ width: 1280, height: 720 });
			await page.goto(`/present/?id=${id}`);
			await expect(page.getByTestId('results')).toContainText('Responses handed in: 4');
		}
	},
	{
		name: 'projector: join screen (demo)',
		open: async (page) => {
			await loadDemo(page);
			await section(page, 'Run the session');
			await page.getByLabel('Show join screen').check();
			await expectSaved(page);
			const id = new URL(page.url()).searchParams.get('id')!;
			await page.goto(`/present/?id=${id}`);
			await expect(page.getByTestId('projector-qr')).toBeVisible();
		}
	},
	{
		name: 'join page, named participant',
		open: async (page) => {
			await loadDemo(page);
			await section(page, 'Run the session');
			await page.goto(await page.getByTestId('join-link').inputValue());
			await page.getByLabel('Your name').fill('Nadia');
			await expect(page.getByTestId('join-title')).toHaveText('ROOTS Partnership Design convening');
		}
	},
	{
		name: 'save failed and blocked banners',
		open: async (page) => {
			await loadDemo(page);
			// Another tab upgrades the database: the banner and the failed-save state show.
			await upgradeDatabaseElsewhere(page);
			await expect(
				page.getByRole('alert').filter({ hasText: 'updated in another tab' })
			).toBeVisible();
		}
	}
];

for (const screen of SCREENS) {
	test(`axe: ${screen.name}`, async ({ page }) => {
		await screen.open(page);
		await expectAccessible(page);
	});
}

test('keyboard only: create a workshop, rename it, delete it and undo', async ({ page }) => {
	await openHome(page);
	await tabTo(page, 'Title');
	await page.keyboard.type('Keyboard convening');
	await tabTo(page, 'Create workshop');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('workshop-title')).toHaveText('Keyboard convening');

	// Back to the list by keyboard.
	await page.keyboard.press('Shift+Tab');
	await tabTo(page, '← All workshops');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('workshop-row')).toHaveCount(1);

	await tabTo(page, 'Rename: Keyboard convening');
	await page.keyboard.press('Space');
	expect(await focusedName(page)).toBe('New title for Keyboard convening');
	await page.keyboard.press('Control+A');
	await page.keyboard.type('Renamed by keyboard');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('link', { name: 'Renamed by keyboard' })).toBeVisible();
	await expectSaved(page);

	await tabTo(page, 'Delete: Renamed by keyboard');
	await page.keyboard.press('Enter');
	await expect(page.getByText('Deleted “Renamed by keyboard”.')).toBeVisible();
	await expect(page.getByTestId('workshop-row')).toHaveCount(0);
	await tabTo(page, 'Undo');
	await page.keyboard.press('Space');
	await expect(page.getByTestId('workshop-row')).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'Renamed by keyboard' })).toBeVisible();
});

test('focus is visible on buttons, links and fields', async ({ page }) => {
	mkdirSync('reports/screens', { recursive: true });
	await loadDemo(page);
	for (const [width, height] of [
		[1280, 720],
		[1440, 900]
	]) {
		await page.setViewportSize({ width, height });
		await openHome(page);
		for (const [kind, name] of [
			['link', 'ROOTS Partnership Design convening'],
			['button', 'Rename: ROOTS Partnership Design convening'],
			['button', 'Try the demo']
		] as const) {
			await page.keyboard.press('Escape');
			await page.locator('body').click({ position: { x: 1, y: 1 } });
			await tabTo(page, name);
			const outline = await page.evaluate(() => {
				const style = getComputedStyle(document.activeElement!);
				return {
					style: style.outlineStyle,
					width: parseFloat(style.outlineWidth),
					color: style.outlineColor
				};
			});
			expect(outline, `${kind} ${name}`).toEqual({
				style: 'solid',
				width: 3,
				color: 'rgb(194, 65, 12)'
			});
			if (kind === 'button' && name.startsWith('Rename'))
				await page.screenshot({ path: `reports/screens/focus-button-${width}x${height}.png` });
			if (kind === 'link')
				await page.screenshot({ path: `reports/screens/focus-link-${width}x${height}.png` });
		}
		// The workshop page's fields, tabbed to.
		await page.getByRole('link', { name: 'ROOTS Partnership Design convening' }).click();
		await tabTo(page, 'Facilitator');
		await page.screenshot({ path: `reports/screens/focus-field-${width}x${height}.png` });
	}
});
