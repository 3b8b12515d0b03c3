/**
 * An offline venue: no relay answers. The facilitator's live room and the participant's join form
 * say plainly that live answers are unavailable and point to the file/link hand-in, which works.
 */
import { expect, test } from '@playwright/test';
import { downloadText, E2E_PORT, expectAccessible, jsonFile } from './helpers';

const DEAD = `127.0.0.1:${E2E_PORT + 29}`;

test('no relay reachable: the live room says so and the file hand-in still works', async ({
	page,
	browser
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Partnership Design convening');
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto(`/workshop/session/?id=${id}`);
	const link = await page.getByTestId('join-link').inputValue();
	await page.getByLabel('Relay address').fill(DEAD);
	await page.getByRole('button', { name: 'Open live room' }).click();
	await expect(page.getByTestId('live-status')).toHaveAttribute('data-status', 'unreachable', {
		timeout: 8_000
	});
	await expect(page.getByTestId('live-status')).toContainText('live answers are unavailable');
	await expect(page.getByTestId('live-status')).toContainText('response file or link');

	// A participant who types that address and the code is told to hand in a file instead.
	const context = await browser.newContext();
	const p = await context.newPage();
	await p.goto('/join/');
	await p.getByLabel('Address').fill(DEAD);
	await p.getByLabel('Code').fill((await page.getByTestId('live-code').textContent())!);
	await p.getByRole('button', { name: 'Join', exact: true }).click();
	await expect(p.getByTestId('live-join-error')).toContainText('live answers are unavailable', {
		timeout: 15_000
	});
	await expect(p.getByTestId('live-join-error')).toContainText('hand in a response file');
	await expectAccessible(p);

	// The join link and the file hand-in work as before.
	await p.goto(link);
	await p.getByRole('radio', { name: /^Phase 5\b/ }).check();
	const file = await downloadText(p, () =>
		p.getByRole('button', { name: 'Hand in my answers' }).click()
	);
	await page.getByLabel('Choose response files').setInputFiles([jsonFile(file.name, file.text)]);
	await expect(page.getByTestId('merge-summary')).toHaveText(
		'Added: 1 · Updated: 0 · Unchanged: 0 · Older: 0 · Refused: 0'
	);
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 1');
	await context.close();
});
