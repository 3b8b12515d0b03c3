/**
 * Two tabs, one field, after the conflict notice: “Keep mine” leaves storage holding this tab's text
 * (a reload shows it), and after “Use the other window's text” the field follows the stored value
 * again (a later edit in the other tab simply shows, with no new notice).
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectSaved } from './helpers';
import { workshopWithJoinLink } from './trust-helpers';

/**
 * A workshop open in two tabs; this tab types into Facilitator and, while it is still in the field,
 * the other tab writes it: the notice shows. Returns the other tab.
 */
async function conflict(page: Page, context: BrowserContext) {
	const { id } = await workshopWithJoinLink(page);
	await page.goto(`/workshop/?id=${id}`);
	const other = await context.newPage();
	await other.goto(`/workshop/?id=${id}`);
	await page.getByLabel('Facilitator').click();
	await page.keyboard.type('Ana', { delay: 10 });
	await expect(other.getByLabel('Facilitator')).toHaveValue('Ana');
	await other.getByLabel('Facilitator').fill('Bea from the other tab');
	await other.getByLabel('Title').focus();
	await expectSaved(other);
	await expect(page.getByTestId('field-conflict')).toBeVisible();
	return other;
}

test('“Keep mine” stores this tab’s text: the other tab and a reload show it', async ({
	page,
	context
}) => {
	const other = await conflict(page, context);

	await page.getByRole('button', { name: 'Keep mine' }).click();
	await expect(page.getByTestId('field-conflict')).toHaveCount(0);
	await expectSaved(page);
	await expect(other.getByLabel('Facilitator')).toHaveValue('Ana');
	await page.reload();
	await expect(page.getByLabel('Facilitator')).toHaveValue('Ana');
});

test('after “Use the other window’s text” the field follows the other tab’s next edit', async ({
	page,
	context
}) => {
	const other = await conflict(page, context);

	await page.getByRole('button', { name: 'Use the other window’s text' }).click();
	await expect(page.getByLabel('Facilitator')).toHaveValue('Bea from the other tab');
	await expectSaved(page);
	await other.getByLabel('Facilitator').fill('Carla');
	await other.getByLabel('Title').focus();
	await expectSaved(other);
	await expect(page.getByLabel('Facilitator')).toHaveValue('Carla');
	await expect(page.getByTestId('field-conflict')).toHaveCount(0);
});
