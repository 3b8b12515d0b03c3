/** Shared steps for the end-to-end journeys. */
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

export async function openHome(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Workshops', level: 1 })).toBeVisible();
}

export async function loadDemo(page: Page) {
	await openHome(page);
	await page.getByRole('button', { name: 'Try the demo' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('ROOTS Partnership Design convening');
}

/** Waits until every write has landed (the header says "Saved"). */
export async function expectSaved(page: Page) {
	await expect(page.getByTestId('save-status')).toHaveText(/Saved/);
}

/** Downloads what `trigger` produces and returns its text. */
export async function downloadText(page: Page, trigger: () => Promise<void>) {
	const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
	const path = await download.path();
	return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Chooses files in the home page's import picker. */
export async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
	await page.getByLabel('Import a workshop file').setInputFiles(files);
}

export const jsonFile = (name: string, content: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(content) });

/** No serious or critical accessibility findings on the current page. */
export async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
