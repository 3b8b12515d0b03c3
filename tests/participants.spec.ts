import { expect, test, type Browser, type Page } from '@playwright/test';
import { downloadText, expectAccessible, expectSaved, jsonFile, openHome } from './helpers';

const SECOND = { timeout: 2_000 };

/** A participant in their own browser: opens the join link, places the team in `phase`, hands in. */
async function participant(browser: Browser, link: string, phase: number) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await expect(page.getByTestId('join-title')).toHaveText('Partnership Design convening');
	await expect(page.getByTestId('anonymous-note')).toBeVisible();
	await page.getByRole('radio', { name: new RegExp(`^Phase ${phase}\\b`) }).check();
	await expectSaved(page);
	const file = await downloadText(page, () => page.getByRole('button', { name: 'Hand in my answers' }).click());
	expect(file.name).toMatch(/^partnership-design-convening-response-.*\.convene-response\.json$/);
	await expect(page.getByTestId('handed-in')).toContainText('version 1');
	return { page, context, file: jsonFile(file.name, file.text), link: await page.getByTestId('response-link').inputValue() };
}

async function newWorkshop(page: Page) {
	await openHome(page);
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Partnership Design convening');
	return new URL(page.url()).searchParams.get('id')!;
}

test('three participants answer on their own browsers; the facilitator imports them once; the projector shows the phases after reveal', async ({ page, context, browser }) => {
	const id = await newWorkshop(page);
	await page.goto(`/workshop/session/?id=${id}`);
	const link = await page.getByTestId('join-link').inputValue();
	expect(link).toMatch(/\/join\/#j=[A-Za-z0-9+$-]+$/);
	await expect(page.getByTestId('join-qr')).toHaveAttribute('src', /^data:image\/svg\+xml,/);

	const a = await participant(browser, link, 2);
	const b = await participant(browser, link, 3);
	const c = await participant(browser, link, 2);

	// One batch: the three files, one of them twice, and a hostile one.
	const hostile = jsonFile('evil.convene-response.json', '{"type":"convene/response","version":1,"workshopId":"<script>alert(1)</script>"}');
	await page.getByLabel('Choose response files').setInputFiles([a.file, b.file, c.file, a.file, hostile]);
	await expect(page.getByTestId('merge-summary')).toHaveText('Added: 3 · Updated: 0 · Unchanged: 1 · Older: 0 · Refused: 1');
	await expect(page.getByTestId('merge-item').filter({ hasText: 'evil.convene-response.json' })).toContainText('Refused');
	await expect(page.getByTestId('merge-item').filter({ hasText: 'evil.convene-response.json' })).toContainText('not valid');
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 0');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByTestId('import-message')).toHaveText('Responses imported: 3.');
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 3');
	await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);

	// The projector: the phase step shows nothing before reveal, then 2 × phase 2 and 1 × phase 3.
	await page.getByRole('button', { name: 'Next →' }).click();
	await expect(page.getByTestId('progress')).toHaveText('Step 2 of 10');
	const projector = await context.newPage();
	await projector.setViewportSize({ width: 1280, height: 720 });
	await projector.goto(`/present/?id=${id}`);
	await expect(projector.getByTestId('results-hidden')).toBeVisible();
	await expect(projector.getByTestId('results')).toHaveCount(0);
	await page.getByLabel('Reveal results').check();
	const results = projector.getByTestId('results');
	await expect(results).toContainText('Responses handed in: 3', SECOND);
	await expect(results.getByTestId('bar-2')).toContainText('2');
	await expect(results.getByTestId('bar-3')).toContainText('1');
	await expect(results.getByTestId('bar-1')).toContainText('0');
	await expectAccessible(projector);
	await projector.screenshot({ path: 'reports/screens/participants-projector-phase-1280.png' });

	// The projector's join screen carries the QR code.
	await page.getByLabel('Show join screen').check();
	await expect(projector.getByTestId('projector-qr')).toBeVisible(SECOND);
	await projector.screenshot({ path: 'reports/screens/participants-projector-join-1280.png' });
	await page.getByLabel('Show join screen').uncheck();

	// A participant changes their mind and hands in again; a chat transcript carries two links.
	await a.page.getByRole('radio', { name: /^Phase 4\b/ }).check();
	await expectSaved(a.page);
	await downloadText(a.page, () => a.page.getByRole('button', { name: 'Hand in again' }).click());
	await expect(a.page.getByTestId('handed-in')).toContainText('version 2');
	const newer = await a.page.getByTestId('response-link').inputValue();
	const transcript = `09:14 Ana: here you go ${newer}.\n09:15 Bo: mine → ${b.link}\n09:16 Cy: thanks!`;
	await page.getByLabel('Paste response links or a chat transcript').fill(transcript);
	await page.getByRole('button', { name: 'Review the pasted links' }).click();
	await expect(page.getByTestId('merge-summary')).toHaveText('Added: 0 · Updated: 1 · Unchanged: 1 · Older: 0 · Refused: 0');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 3');
	await expect(results.getByTestId('bar-4')).toContainText('1', SECOND);
	await expect(results.getByTestId('bar-2')).toContainText('1');
	await expectAccessible(page);
	await page.getByTestId('participants-panel').screenshot({ path: 'reports/screens/participants-panel-1440.png' });
	await a.page.setViewportSize({ width: 1280, height: 720 });
	await a.page.screenshot({ path: 'reports/screens/participants-join-1280.png' });
	await a.page.getByTestId('handed-in').scrollIntoViewIfNeeded();
	await a.page.screenshot({ path: 'reports/screens/participants-handin-1280.png' });

	for (const p of [a, b, c]) await p.context.close();
});

test('a participant resumes after reload; bad links and the handin page say what is wrong', async ({ page, browser }) => {
	const id = await newWorkshop(page);
	const anonymousLink = await page.getByTestId('join-link').inputValue();
	await page.getByRole('switch', { name: /Anonymous responses/ }).uncheck();
	// The link carries the setting: wait until it is rebuilt from the saved workshop.
	await expect.poll(() => page.getByTestId('join-link').inputValue()).not.toBe(anonymousLink);
	await page.getByLabel('Expected participants').fill('4');
	await page.getByLabel('Expected participants').blur();
	await expectSaved(page);
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 0 of 4');
	const joinFile = await downloadText(page, () => page.getByRole('button', { name: 'Download the join file' }).click());
	expect(joinFile.name).toMatch(/\.convene-join\.json$/);
	const link = await page.getByTestId('join-link').inputValue();

	const context = await browser.newContext();
	const p = await context.newPage();
	await p.goto(link);
	await p.getByLabel('Your name').fill('ناديا <script>x</script> 🌱');
	await p.getByRole('radio', { name: /^Phase 5\b/ }).check();
	await p.getByLabel('An organisation to suggest').fill('Food Bank Coalition');
	await p.getByRole('button', { name: 'Add', exact: true }).click();
	await p.getByTestId('form-aspiration').getByRole('textbox').first().fill('Healthier families, together');
	await expectSaved(p);
	await p.reload();
	await expect(p.getByLabel('Your name')).toHaveValue('ناديا <script>x</script> 🌱');
	await expect(p.getByRole('radio', { name: /^Phase 5\b/ })).toBeChecked();
	await expect(p.getByTestId('form-suggestions')).toContainText('Food Bank Coalition');
	await expectAccessible(p);
	await p.screenshot({ path: 'reports/screens/participants-join-named-1440.png' });
	await downloadText(p, () => p.getByRole('button', { name: 'Hand in my answers' }).click());
	const responseLink = await p.getByTestId('response-link').inputValue();

	// A truncated join link: a clear message, nothing stored.
	await p.goto(link.slice(0, link.length - 40));
	await expect(p.getByTestId('join-error')).toContainText('cannot be opened');
	await context.close();

	// The response link opened in the facilitator's browser: the review for that workshop.
	await page.goto(responseLink);
	await expect(page.getByTestId('merge-summary')).toHaveText('Added: 1 · Updated: 0 · Unchanged: 0 · Older: 0 · Refused: 0');
	await expect(page.getByTestId('merge-item')).toContainText('ناديا <script>x</script> 🌱');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByTestId('import-message')).toHaveText('Responses imported: 1.');
	await page.goto(`/workshop/?id=${id}`);
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 1 of 4');

	// Revealed results: answers with the name (not anonymous), suggested partners added to the map.
	await page.goto(`/workshop/session/?id=${id}`);
	for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Next →' }).click();
	await expect(page.getByTestId('progress')).toHaveText('Step 5 of 10');
	await page.getByLabel('Reveal results').check();
	await expect(page.getByTestId('answers-aspiration-1')).toHaveText('ناديا <script>x</script> 🌱: Healthier families, together');
	for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Next →' }).click();
	await expect(page.getByTestId('progress')).toHaveText('Step 7 of 10');
	await page.getByLabel('Reveal results').check();
	await page.getByRole('button', { name: 'Add to map: Food Bank Coalition' }).click();
	await expect(page.getByTestId('suggested-partners')).toContainText('On the map');
	await page.screenshot({ path: 'reports/screens/participants-session-1440.png', fullPage: true });

	// The join file opens the same forms in another browser.
	const byFile = await browser.newContext();
	const f = await byFile.newPage();
	await f.goto('/join/');
	await f.getByLabel('Open a join file').setInputFiles(jsonFile(joinFile.name, joinFile.text));
	await expect(f.getByTestId('join-title')).toHaveText('Partnership Design convening');
	await expect(f.getByLabel('Your name')).toBeVisible();
	await byFile.close();

	// In a browser without the workshop, it says so.
	const other = await browser.newContext();
	const q = await other.newPage();
	await q.goto(responseLink);
	await expect(q.getByTestId('handin-missing')).toBeVisible();
	await other.close();
});
