/**
 * Nothing a participant types is lost (issue 13, point 3), and nothing anyone types is lost when two
 * windows edit one field (point 4): reload straight after typing, the browser killed 150 ms after the
 * last key, two tabs on one field. Each case checks every character.
 */
import { expect, test } from '@playwright/test';
import { E2E_PORT, expectAccessible, expectSaved } from './helpers';
import {
	aspirationField,
	baseURL,
	killableBrowser,
	TYPED,
	workshopWithJoinLink
} from './trust-helpers';

test('a participant reloads straight after typing: every character is there', async ({ page }) => {
	const { link } = await workshopWithJoinLink(page, { named: true });
	await page.goto(link);
	await page.getByLabel('Your name').click();
	await page.keyboard.type('Ana Ruiz', { delay: 15 });
	// The last field typed into is an answer (an entry of the answers record), reloaded at once.
	await aspirationField(page).click();
	await page.keyboard.type(TYPED, { delay: 15 });
	await page.reload();
	await expect(aspirationField(page)).toHaveValue(TYPED);
	await expect(page.getByLabel('Your name')).toHaveValue('Ana Ruiz');
});

test('the browser is killed 150 ms after a participant and a facilitator typed: every character is there', async () => {
	test.setTimeout(90_000);
	const first = await killableBrowser(E2E_PORT + 13);
	let second: Awaited<ReturnType<typeof killableBrowser>> | null = null;
	try {
		const page = await first.context.newPage();
		await page.goto(baseURL());
		const { id, link } = await workshopWithJoinLink(page);
		// The facilitator's field.
		await page.goto(`${baseURL()}/workshop/?id=${id}`);
		await page.getByLabel('Facilitator').click();
		await page.keyboard.type('Dr. Ana Ruiz 🌱', { delay: 15 });
		// The participant's field, in another tab of the same browser.
		const participant = await first.context.newPage();
		await participant.goto(link);
		await aspirationField(participant).click();
		await participant.keyboard.type(TYPED, { delay: 15 });
		// The case under test: a kill (no page hide, no shutdown) 150 ms after the last key.
		await participant.waitForTimeout(150);
		await first.kill();

		second = await killableBrowser(E2E_PORT + 14, first.dir);
		const again = await second.context.newPage();
		await again.goto(link);
		await expect(aspirationField(again)).toHaveValue(TYPED);
		await again.goto(`${baseURL()}/workshop/?id=${id}`);
		await expect(again.getByLabel('Facilitator')).toHaveValue('Dr. Ana Ruiz 🌱');
	} finally {
		await second?.close();
		await first.close();
		first.removeProfile();
	}
});

test('two tabs, one field: the other tab’s edit is shown, never lost silently', async ({
	page,
	context
}) => {
	const { id } = await workshopWithJoinLink(page);
	await page.goto(`/workshop/?id=${id}`);
	const other = await context.newPage();
	await other.goto(`/workshop/?id=${id}`);

	// This tab starts typing; while it is still in the field, the other tab writes the same field.
	await page.getByLabel('Facilitator').click();
	await page.keyboard.type('Ana', { delay: 10 });
	await expect(other.getByLabel('Facilitator')).toHaveValue('Ana');
	await other.getByLabel('Facilitator').fill('Bea from the other tab');
	await other.getByLabel('Title').focus();
	await expectSaved(other);

	const notice = page.getByTestId('field-conflict');
	await expect(notice).toContainText('Changed in another window');
	await expect(notice.getByRole('textbox', { name: 'Text from the other window' })).toHaveValue(
		'Bea from the other tab'
	);
	// Both texts are at hand: this tab's in the field, the other's in the notice; taking theirs works.
	await expect(page.getByLabel('Facilitator')).toHaveValue('Ana');
	await expectAccessible(page);
	await page.setViewportSize({ width: 1280, height: 720 });
	await notice.scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'reports/screens/trust-field-conflict-1280.png' });
	await page.getByRole('button', { name: 'Use the other window’s text' }).click();
	await expect(page.getByLabel('Facilitator')).toHaveValue('Bea from the other tab');
	await expect(notice).toHaveCount(0);
	await expectSaved(page);
	await expect(other.getByLabel('Facilitator')).toHaveValue('Bea from the other tab');
});
