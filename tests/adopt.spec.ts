/**
 * Adopting the room's answer from a step's results on the team's page: the demo's team typed its own
 * aspiration answers, so adopting asks first; the adopted answers show their source, survive a
 * reload, adopting again changes nothing, and undo restores the team's own text.
 */
import { expect, test } from '@playwright/test';
import { expectSaved, loadDemo } from './helpers';

test('adopt the room’s aspiration answers: ask, mark, undo, reload, idempotent', async ({
	page
}) => {
	await loadDemo(page);
	await page.getByRole('link', { name: 'Work through the modules' }).click();
	await page
		.getByTestId('step-agenda')
		.getByRole('link', { name: /Revisit your aspiration/ })
		.click();
	const room = page.getByTestId('adopt-room');
	await expect(room).toBeVisible();
	const first = page.getByLabel(/What is the case for your organization/);
	const typed = await first.inputValue();

	await room.getByRole('button', { name: 'Adopt the room’s answer' }).click();
	await expect(room.getByTestId('adopt-conflicts')).toBeVisible();
	await room.getByRole('button', { name: 'Replace them' }).click();
	await expectSaved(page);
	await expect(page.getByTestId('room-source').first()).toContainText(
		/From the room: \d+ answers?/
	);
	await expect(first).not.toHaveValue(typed);

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('The team’s earlier values are back.')).toBeVisible();
	await expect(first).toHaveValue(typed);
	await expect(page.getByTestId('room-source')).toHaveCount(0);

	await room.getByRole('button', { name: 'Adopt the room’s answer' }).click();
	await room.getByRole('button', { name: 'Replace them' }).click();
	await expectSaved(page);
	await expect(page.getByTestId('room-source').first()).toBeVisible();
	const marks = await page.getByTestId('room-source').count();
	expect(marks).toBeGreaterThan(0);
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.getByTestId('room-source').first().scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/adopt-team-page.png' });

	await page.reload();
	await expect(page.getByTestId('room-source')).toHaveCount(marks);
	await page
		.getByTestId('adopt-room')
		.getByRole('button', { name: 'Adopt the room’s answer' })
		.click();
	await expect(page.getByTestId('adopt-note').first()).toHaveText(
		'Nothing to adopt: the team’s page already holds the room’s answer.'
	);
	await expect(page.getByTestId('room-source')).toHaveCount(marks);
});
