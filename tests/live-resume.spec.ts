/** The facilitator reloads the session page: the open room resumes (same code) and answers keep arriving. */
import { expect, test } from '@playwright/test';
import { E2E_PORT } from './helpers';
import { goToStep, joinByCode, openLiveRoom } from './live-helpers';

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

test('a reload of the facilitator’s page resumes the live room', async ({ page, browser }) => {
	const { code } = await openLiveRoom(page, ORIGIN);
	const participant = await joinByCode(browser, ORIGIN, code);
	await goToStep(page, 2);
	await page.reload();
	await expect(page.getByTestId('live-code')).toHaveText(code);
	await expect(page.getByTestId('live-status')).toHaveAttribute('data-status', 'live');
	await expect(participant.page.getByTestId('live-step')).toHaveAttribute('data-step', '1');
	await participant.page.getByRole('radio', { name: /^Phase 4\b/ }).check();
	await expect(page.getByTestId('live-count')).toHaveText('joined 1 · answered this step 1');
	await expect(page.getByTestId('live-refusals')).toContainText('Nothing refused.');
	// The participant reloads too: the page joins the same room again from its address.
	await participant.page.reload();
	await expect(participant.page.getByTestId('live-join-status')).toHaveAttribute(
		'data-status',
		'live'
	);
	await expect(participant.page.getByRole('radio', { name: /^Phase 4\b/ })).toBeChecked();
	await participant.context.close();
});
