/**
 * Issue 25, the facilitator's side: a room of 30 answers (tests/room-answers-fixture.ts) is paged
 * through on the projector (every answer reached once, nothing outside the screen, text ≥ 20 px at
 * 720p), one answer featured and one set aside, themes made and assigned by keyboard only, a dot
 * vote's ranked tally after Reveal, the split by side, and an anonymous workshop hiding a side of 2.
 * Screenshots land in reports/screens/ to be looked at.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, importFiles, jsonFile, openHome } from './helpers';
import { ROOM_SIZE, answersRoomFile } from './room-answers-fixture';
import { measureScreen } from './room-helpers';

const SHOTS = 'reports/screens';

async function openAnswersRoom(page: Page, anonymous = false) {
	const room = answersRoomFile(anonymous);
	await openHome(page);
	await importFiles(page, [jsonFile(room.name, room.text)]);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await page.getByRole('link', { name: room.title }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText(room.title);
	const id = new URL(page.url()).searchParams.get('id') ?? '';
	await page.goto(`/workshop/session/?id=${id}`);
	return { id, steps: room.steps };
}

async function goToModule(page: Page, steps: string[], module: string) {
	const index = steps.indexOf(module);
	await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button').nth(index).click();
	await expect(page.getByTestId('progress')).toContainText(`Step ${index + 1} of`);
}

async function openProjector(page: Page, id: string, size: { width: number; height: number }) {
	const projector = await page.context().newPage();
	await projector.setViewportSize(size);
	await projector.goto(`/present/?id=${id}`);
	await expect(projector.getByTestId('projector-step-title')).toBeVisible();
	await page.bringToFront();
	return projector;
}

/** The projected answers: their keys, and any answer whose box leaves the screen or the stage. */
function projectedPage(projector: Page) {
	return projector.evaluate(() => {
		const stage = document.querySelector('[data-testid=projector-stage]')!.getBoundingClientRect();
		const items = [...document.querySelectorAll<HTMLElement>('[data-testid=projected-page] li')];
		const outside = items
			.filter((li) => {
				const r = li.getBoundingClientRect();
				return (
					r.top < stage.top - 1 ||
					r.bottom > Math.min(stage.bottom, innerHeight) + 1 ||
					r.right > innerWidth + 1
				);
			})
			.map((li) => li.dataset.key);
		const minFont = Math.min(...items.map((li) => parseFloat(getComputedStyle(li).fontSize)));
		return { keys: items.map((li) => li.dataset.key!), outside, minFont };
	});
}

for (const size of [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
]) {
	test(`every answer is reached once, page by page, at ${size.width}×${size.height}`, async ({
		page
	}) => {
		const { id, steps } = await openAnswersRoom(page);
		await goToModule(page, steps, 'aspiration');
		const projector = await openProjector(page, id, size);
		await page.getByLabel('Reveal results').check();
		await expect(projector.getByTestId('projected-page')).toBeVisible();
		const pageNumber = page.getByTestId('session-page-number');
		const total = Number((await pageNumber.textContent())!.match(/of (\d+)/)![1]);
		expect(total).toBeGreaterThan(1);
		const seen: string[] = [];
		for (let n = 1; n <= total; n++) {
			await expect(pageNumber).toHaveText(`Page ${n} of ${total}`);
			await expect(projector.getByTestId('projected-page-number')).toHaveText(
				`Page ${n} of ${total}`
			);
			await expect.poll(async () => (await measureScreen(projector)).overflow).toBe(false);
			const facts = await projectedPage(projector);
			expect(facts.outside, `page ${n}: answers outside the screen`).toEqual([]);
			expect(facts.minFont).toBeGreaterThanOrEqual((20 * size.height) / 720 - 0.5);
			const screen = await measureScreen(projector);
			expect(screen.minText, screen.minTextAt).toBeGreaterThanOrEqual(20);
			expect(screen.pageOverflow).toBe(false);
			seen.push(...facts.keys);
			if (size.width === 1280 && n <= 2)
				await projector.screenshot({ path: `${SHOTS}/answers-page${n}-1280x720-en.png` });
			if (size.width === 1920 && n === 1)
				await projector.screenshot({ path: `${SHOTS}/answers-page1-1920x1080-en.png` });
			// The keyboard turns the page (PageDown), and Next page on the last page stays put.
			if (n < total) await page.keyboard.press('PageDown');
		}
		expect(seen).toHaveLength(ROOM_SIZE);
		expect(new Set(seen).size).toBe(ROOM_SIZE);
		await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
		await page.keyboard.press('PageUp');
		await expect(pageNumber).toHaveText(`Page ${total - 1} of ${total}`);
		await expectSaved(page);
	});
}
