/**
 * Participants without a server: join links and files, hand in, the facilitator's import review,
 * results after reveal. Each test is one focused journey; results views start from the demo
 * workshop, which already holds four handed-in responses (a prepared database state).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { downloadText, expectSaved, jsonFile, loadDemo, openHome } from './helpers';

// The projector follows the facilitator "within a second": that budget is measured, as a median of
// several runs with CPU time beside it, by `npm run bench` ("projector follows the facilitator…",
// "projector shows the map…"). Here a journey checks that it follows, with room for a busy machine.
const FOLLOWS = { timeout: 5_000 };

/** A participant in their own browser: opens the join link, places the team in `phase`, hands in. */
async function participant(browser: Browser, link: string, phase: number) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	// The first page of a fresh browser profile loads every script cold: the slowest step here.
	await expect(page.getByTestId('join-title')).toHaveText('Partnership Design convening', {
		timeout: 10_000
	});
	await page.getByRole('radio', { name: new RegExp(`^Phase ${phase}\\b`) }).check();
	await expectSaved(page);
	const file = await downloadText(page, () =>
		page.getByRole('button', { name: 'Hand in my answers' }).click()
	);
	await expect(page.getByTestId('handed-in')).toContainText('version 1');
	const link2 = await page.getByTestId('response-link').inputValue();
	return { page, context, name: file.name, file: jsonFile(file.name, file.text), link: link2 };
}

/** A new workshop from the default template; returns its id, with the page on its overview. */
async function newWorkshop(page: Page) {
	await openHome(page);
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Partnership Design convening');
	return new URL(page.url()).searchParams.get('id')!;
}

/** The demo's session page, moved to step `n` (1-based). */
async function demoSessionAt(page: Page, step: number) {
	await loadDemo(page);
	await page.getByRole('link', { name: 'Run the session' }).click();
	for (let i = 1; i < step; i++) await page.getByRole('button', { name: 'Next →' }).click();
	await expect(page.getByTestId('progress')).toHaveText(new RegExp(`^Step ${step} of `));
	return new URL(page.url()).searchParams.get('id')!;
}

test('an anonymous participant hands in a file named for the workshop, with the anonymity note shown', async ({
	page,
	browser
}) => {
	await newWorkshop(page);
	const link = await page.getByTestId('join-link').inputValue();
	expect(link).toMatch(/\/join\/#j=[A-Za-z0-9+$-]+$/);
	await expect(page.getByTestId('join-qr')).toHaveAttribute('src', /^data:image\/svg\+xml,/);
	const context = await browser.newContext();
	const p = await context.newPage();
	await p.goto(link);
	await expect(p.getByTestId('anonymous-note')).toBeVisible();
	await p.getByRole('radio', { name: /^Phase 2\b/ }).check();
	await expectSaved(p);
	const file = await downloadText(p, () =>
		p.getByRole('button', { name: 'Hand in my answers' }).click()
	);
	expect(file.name).toMatch(/^partnership-design-convening-response-.*\.convene-response\.json$/);
	expect(JSON.parse(file.text).response.name).toBe('');
	await expect(p.getByTestId('handed-in')).toContainText('version 1');
	await context.close();
});

test('the facilitator imports three files in one batch: the duplicate changes nothing, a hostile file is refused', async ({
	page,
	browser
}) => {
	const id = await newWorkshop(page);
	const link = await page.getByTestId('join-link').inputValue();
	// One after the other, as people hand in: three cold browsers at once overload a small machine.
	const a = await participant(browser, link, 2);
	const b = await participant(browser, link, 3);
	const c = await participant(browser, link, 2);
	await page.goto(`/workshop/session/?id=${id}`);
	const hostile = jsonFile(
		'evil.convene-response.json',
		'{"type":"convene/response","version":1,"workshopId":"<script>alert(1)</script>"}'
	);
	await page
		.getByLabel('Choose response files')
		.setInputFiles([a.file, b.file, c.file, a.file, hostile]);
	await expect(page.getByTestId('merge-summary')).toHaveText(
		'Added: 3 · Updated: 0 · Unchanged: 1 · Older: 0 · Refused: 1'
	);
	const evil = page.getByTestId('merge-item').filter({ hasText: 'evil.convene-response.json' });
	await expect(evil).toContainText('Refused');
	await expect(evil).toContainText('not valid');
	// Nothing is written before Apply.
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 0');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByTestId('import-message')).toHaveText('Responses imported: 3.');
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 3');
	await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
	// The same batch again: all unchanged.
	await page.getByLabel('Choose response files').setInputFiles([a.file, b.file, c.file]);
	await expect(page.getByTestId('merge-summary')).toHaveText(
		'Added: 0 · Updated: 0 · Unchanged: 3 · Older: 0 · Refused: 0'
	);
	for (const p of [a, b, c]) await p.context.close();
});

test('handing in again and a pasted chat transcript: the newer revision replaces the older, the other stays', async ({
	page,
	browser
}) => {
	const id = await newWorkshop(page);
	const link = await page.getByTestId('join-link').inputValue();
	const a = await participant(browser, link, 2);
	const b = await participant(browser, link, 3);
	await page.goto(`/workshop/session/?id=${id}`);
	await page.getByLabel('Choose response files').setInputFiles([a.file, b.file]);
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 2');

	await a.page.getByRole('radio', { name: /^Phase 4\b/ }).check();
	await expectSaved(a.page);
	await downloadText(a.page, () => a.page.getByRole('button', { name: 'Hand in again' }).click());
	await expect(a.page.getByTestId('handed-in')).toContainText('version 2');
	const newer = await a.page.getByTestId('response-link').inputValue();
	const transcript = `09:14 Ana: here you go ${newer}.\n09:15 Bo: mine → ${b.link}\n09:16 Cy: thanks!`;
	await page.getByLabel('Paste response links or a chat transcript').fill(transcript);
	await page.getByRole('button', { name: 'Review the pasted links' }).click();
	await expect(page.getByTestId('merge-summary')).toHaveText(
		'Added: 0 · Updated: 1 · Unchanged: 1 · Older: 0 · Refused: 0'
	);
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 2');
	// The older link pasted afterwards is "older", not a change (once Apply has emptied the box).
	await expect(page.getByLabel('Paste response links or a chat transcript')).toHaveValue('');
	await page.getByLabel('Paste response links or a chat transcript').fill(a.link);
	await page.getByRole('button', { name: 'Review the pasted links' }).click();
	await expect(page.getByTestId('merge-summary')).toHaveText(
		'Added: 0 · Updated: 0 · Unchanged: 0 · Older: 1 · Refused: 0'
	);
	await page
		.getByTestId('participants-panel')
		.screenshot({ path: 'reports/screens/participants-panel-1440.png' });
	await a.page.setViewportSize({ width: 1280, height: 720 });
	await a.page.getByTestId('handed-in').scrollIntoViewIfNeeded();
	await a.page.screenshot({ path: 'reports/screens/participants-handin-1280.png' });
	for (const p of [a, b]) await p.context.close();
});

test('the projector hides the phase results until Reveal, follows changes, and shows the join QR code', async ({
	page,
	context
}) => {
	// The demo holds four handed-in responses: phases 2, 3, 2, 3. Step 2 is the phase self-assessment.
	const id = await demoSessionAt(page, 2);
	const projector = await context.newPage();
	await projector.setViewportSize({ width: 1280, height: 720 });
	await projector.goto(`/present/?id=${id}`);
	await expect(projector.getByTestId('results-hidden')).toBeVisible();
	await expect(projector.getByTestId('results')).toHaveCount(0);
	await page.bringToFront(); // the facilitator's window in front (see tests/session.spec.ts)
	await page.getByLabel('Reveal results').check();
	const results = projector.getByTestId('results');
	await expect(results).toContainText('Responses handed in: 4', FOLLOWS);
	await expect(results.getByTestId('bar-2')).toContainText('2');
	await expect(results.getByTestId('bar-3')).toContainText('2');
	await expect(results.getByTestId('bar-1')).toContainText('0');
	await projector.screenshot({ path: 'reports/screens/participants-projector-phase-1280.png' });
	await page.getByLabel('Reveal results').uncheck();
	await expect(projector.getByTestId('results-hidden')).toBeVisible(FOLLOWS);

	await page.getByLabel('Show join screen').check();
	await expect(projector.getByTestId('projector-qr')).toBeVisible(FOLLOWS);
	await projector.screenshot({ path: 'reports/screens/participants-projector-join-1280.png' });
	await page.getByLabel('Show join screen').uncheck();
	await expect(projector.getByTestId('projector-qr')).toHaveCount(0, FOLLOWS);
});

test('revealed answers carry names when the workshop is not anonymous; a suggested partner goes to the map', async ({
	page
}) => {
	// Step 5 of the demo is "Revisit your aspiration"; step 7 the stakeholder map.
	await demoSessionAt(page, 5);
	await page.getByLabel('Reveal results').check();
	// The session screen previews the projector's page of the first question's answers.
	await expect(page.getByTestId('projected-page').first()).toContainText(
		'Rosa Delgado: Patients with complex needs'
	);
	await page.getByRole('button', { name: 'Next →' }).click();
	await page.getByRole('button', { name: 'Next →' }).click();
	await expect(page.getByTestId('progress')).toHaveText(/^Step 7 of /);
	await page.getByLabel('Reveal results').check();
	await page.getByRole('button', { name: 'Add to map: Farmworker legal aid' }).click();
	await expect(
		page
			.getByTestId('suggested-partners')
			.getByRole('listitem')
			.filter({ hasText: 'Farmworker legal aid' })
	).toContainText('On the map');
	await page.screenshot({ path: 'reports/screens/participants-session-1440.png', fullPage: true });
});

test('a named participant resumes after a reload; their response link opens the review in the facilitator’s browser', async ({
	page,
	browser
}) => {
	const id = await newWorkshop(page);
	const anonymousLink = await page.getByTestId('join-link').inputValue();
	await page.getByRole('switch', { name: /Anonymous responses/ }).uncheck();
	// The link carries the setting: wait until it is rebuilt from the saved workshop.
	await expect.poll(() => page.getByTestId('join-link').inputValue()).not.toBe(anonymousLink);
	await page.getByLabel('Expected participants').fill('4');
	await page.getByLabel('Expected participants').blur();
	await expectSaved(page);
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 0 of 4');
	const link = await page.getByTestId('join-link').inputValue();

	const context = await browser.newContext();
	const p = await context.newPage();
	await p.goto(link);
	await p.getByLabel('Your name').fill('ناديا <script>x</script> 🌱');
	await p.getByRole('radio', { name: /^Phase 5\b/ }).check();
	await p.getByLabel('An organisation to suggest').fill('Food Bank Coalition');
	await p.getByRole('button', { name: 'Add', exact: true }).click();
	await p
		.getByTestId('form-aspiration')
		.getByRole('textbox')
		.first()
		.fill('Healthier families, together');
	await expectSaved(p);
	await p.reload();
	await expect(p.getByLabel('Your name')).toHaveValue('ناديا <script>x</script> 🌱');
	await expect(p.getByRole('radio', { name: /^Phase 5\b/ })).toBeChecked();
	await expect(p.getByTestId('form-suggestions')).toContainText('Food Bank Coalition');
	await expect(p.getByTestId('form-aspiration').getByRole('textbox').first()).toHaveValue(
		'Healthier families, together'
	);
	await p.screenshot({ path: 'reports/screens/participants-join-named-1440.png' });
	await downloadText(p, () => p.getByRole('button', { name: 'Hand in my answers' }).click());
	const responseLink = await p.getByTestId('response-link').inputValue();
	await context.close();

	await page.goto(responseLink);
	await expect(page.getByTestId('merge-summary')).toHaveText(
		'Added: 1 · Updated: 0 · Unchanged: 0 · Older: 0 · Refused: 0'
	);
	await expect(page.getByTestId('merge-item')).toContainText('ناديا <script>x</script> 🌱');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByTestId('import-message')).toHaveText('Responses imported: 1.');
	await page.goto(`/workshop/?id=${id}`);
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 1 of 4');
});

test('the join file opens the same forms in another browser; a cut join link and a foreign response link say what is wrong', async ({
	page,
	browser
}) => {
	await newWorkshop(page);
	const joinFile = await downloadText(page, () =>
		page.getByRole('button', { name: 'Download the join file' }).click()
	);
	expect(joinFile.name).toMatch(/\.convene-join\.json$/);
	const link = await page.getByTestId('join-link').inputValue();

	const context = await browser.newContext();
	const f = await context.newPage();
	await f.goto('/join/');
	await f.getByLabel('Open a join file').setInputFiles(jsonFile(joinFile.name, joinFile.text));
	await expect(f.getByTestId('join-title')).toHaveText('Partnership Design convening');
	await f.getByRole('radio', { name: /^Phase 1\b/ }).check();
	await expectSaved(f);
	await downloadText(f, () => f.getByRole('button', { name: 'Hand in my answers' }).click());
	const responseLink = await f.getByTestId('response-link').inputValue();

	// A truncated join link: a clear message.
	await f.goto(link.slice(0, link.length - 40));
	await expect(f.getByTestId('join-error')).toContainText('cannot be opened');
	await context.close();

	// In a browser without the workshop, the response link says so.
	const other = await browser.newContext();
	const q = await other.newPage();
	await q.goto(responseLink);
	await expect(q.getByTestId('handin-missing')).toBeVisible();
	await other.close();
});
