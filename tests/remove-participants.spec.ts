/**
 * One person, one voice (issue 27, point 5) over a real relay (started here, `scripts/serve.mjs`):
 * one participant in a browser places the team in phase 2; one person with the code makes 60
 * identities (tests/live-crowd.ts: Node clients signing and sealing as the join page does) that all
 * vote phase 6. The facilitator sees who answered, removes the 60 by keyboard and mouse, and every
 * results view (session screen and projector) shows the one real vote; a removal is restorable and
 * survives a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './helpers';
import { joinCrowd, type Crowd } from './live-crowd';
import { goToStep, joinByCode, openLiveRoom, startServer } from './live-helpers';

const LIVE = { timeout: 30_000 };
const SHOTS = 'reports/screens';
const FORGED = 60;

const bar = (page: Page, phase: number) => page.getByTestId('results').getByTestId(`bar-${phase}`);
const crowdRow = (page: Page, i: number) =>
	page.locator(`[data-testid="participant-row"][data-id="r-crowd-${i}"]`);

test('60 crafted identities vote; the facilitator removes them and the results show the one real vote; restorable', async ({
	page,
	browser
}) => {
	test.setTimeout(240_000);
	const server = await startServer(34);
	let crowd: Crowd | null = null;
	try {
		await page.setViewportSize({ width: 1280, height: 720 });
		const { id, code } = await openLiveRoom(page, server.origin);
		const real = await joinByCode(browser, server.origin, code);
		await goToStep(page, 2);
		await real.page.getByRole('radio', { name: /^Phase 2\b/ }).check();
		await expect(page.getByTestId('live-count')).toHaveText(
			'joined 1 · answered this step 1',
			LIVE
		);

		crowd = await joinCrowd(server.origin, code, FORGED);
		await Promise.all(crowd.members.map((member) => member.handIn({ phase: 6 })));
		await expect(page.getByTestId('live-count')).toHaveText(
			`joined ${FORGED + 1} · answered this step ${FORGED + 1}`,
			LIVE
		);
		await page.getByLabel('Reveal results').check();
		await expect(bar(page, 6)).toContainText(String(FORGED));
		await expect(bar(page, 2)).toContainText('1');

		const list = page.getByTestId('room-participants');
		await expect(list.getByTestId('room-participants-count')).toHaveText(
			`${FORGED + 1} counted · 0 removed`
		);
		await expect(list.getByTestId('participant-row')).toHaveCount(FORGED + 1);
		// Each row says who (none given here), when, and which steps (2: the phase step) they answered.
		await expect(crowdRow(page, 1)).toContainText('no name given');
		await expect(crowdRow(page, 1).locator('td').nth(3)).toHaveText('2');
		await expect(crowdRow(page, 1)).toContainText('Live room');
		await list.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/room-participants-1280.png`, fullPage: false });

		// The first by keyboard alone: Tab to its Remove button, Enter.
		const first = crowdRow(page, 1).getByRole('button', { name: /^Remove/ });
		await first.focus();
		await page.keyboard.press('Enter');
		await expect(crowdRow(page, 1).getByRole('button', { name: /^Restore/ })).toBeFocused();
		await expect(list.getByTestId('room-participants-note')).toContainText('removed');
		for (let i = 2; i <= FORGED; i++)
			await crowdRow(page, i)
				.getByRole('button', { name: /^Remove/ })
				.click();
		await expect(list.getByTestId('room-participants-count')).toHaveText(
			`1 counted · ${FORGED} removed`
		);
		await expect(bar(page, 6)).toContainText('0');
		await expect(bar(page, 2)).toContainText('1');
		await expect(page.getByTestId('live-count')).toHaveText(
			`joined ${FORGED + 1} · answered this step 1`
		);
		await expect(page.getByTestId('results-count')).toContainText('1');

		// The projector shows the same one vote.
		const projector = await page.context().newPage();
		await projector.goto(`${server.origin}/present/?id=${id}`);
		await expect(bar(projector, 6)).toContainText('0', LIVE);
		await expect(bar(projector, 2)).toContainText('1');

		// Restorable: one identity back counts again, then out again.
		await crowdRow(page, 7)
			.getByRole('button', { name: /^Restore/ })
			.click();
		await expect(bar(page, 6)).toContainText('1');
		await expect(bar(projector, 6)).toContainText('1', LIVE);
		await crowdRow(page, 7)
			.getByRole('button', { name: /^Remove/ })
			.click();
		await expect(bar(projector, 6)).toContainText('0', LIVE);

		await expectAccessible(page);
		await page.setViewportSize({ width: 1440, height: 900 });
		await list.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/room-participants-1440.png`, fullPage: false });

		// A reload keeps every removal.
		await page.reload();
		await expect(page.getByTestId('room-participants-count')).toHaveText(
			`1 counted · ${FORGED} removed`,
			LIVE
		);
		await expect(bar(page, 6)).toContainText('0');
		await projector.close();
		await real.context.close();
	} finally {
		crowd?.close();
		await server.close();
	}
});
