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

test('the facilitator locks the room: participants already in keep answering, a new joiner is refused with a clear message, a crafted one is refused too', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	const server = await startServer(37);
	let crowd: Crowd | null = null;
	try {
		const { code } = await openLiveRoom(page, server.origin);
		const inside = await joinByCode(browser, server.origin, code);
		await goToStep(page, 2);
		await inside.page.getByRole('radio', { name: /^Phase 2\b/ }).check();
		await expect(page.getByTestId('live-count')).toHaveText(
			'joined 1 · answered this step 1',
			LIVE
		);

		// Locked by keyboard: the switch is labelled and takes Space.
		const lock = page.getByRole('switch', { name: 'Lock the room: no new participants' });
		await lock.focus();
		await page.keyboard.press('Space');
		await expect(lock).toBeChecked();
		await expect(page.getByTestId('live-locked')).toContainText('anyone new');

		// A new joiner on a phone: refused, told why, and not in the room.
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const phone = await context.newPage();
		await phone.goto(`${server.origin}/join/`);
		await phone.getByLabel('Code').fill(code);
		await phone.getByRole('button', { name: 'Join', exact: true }).click();
		await expect(phone.getByTestId('live-join-error')).toHaveText(
			'This room is locked: the facilitator is not letting anyone new in. If you should be in it, tell the facilitator.',
			LIVE
		);
		await expectAccessible(phone);
		await phone.screenshot({ path: `${SHOTS}/join-locked-390.png` });

		// A crafted client that ignores the lock: its identity is refused, unopened.
		crowd = await joinCrowd(server.origin, code, 1);
		await crowd.members[0].handIn({ phase: 6 });
		await expect(
			page.getByTestId('live-refusals').locator('li[data-code="room-locked"]')
		).toBeVisible(LIVE);
		await expect(page.getByTestId('live-count')).toHaveText('joined 1 · answered this step 1');

		// The participant already in keeps answering.
		await inside.page.getByRole('radio', { name: /^Phase 3\b/ }).check();
		await page.getByLabel('Reveal results').check();
		await expect(bar(page, 3)).toContainText('1', LIVE);
		await expect(bar(page, 6)).toContainText('0');

		// A reload keeps the lock; opened again, the phone joins.
		await page.reload();
		await expect(lock).toBeChecked(LIVE);
		await lock.uncheck();
		await expect(page.getByTestId('live-locked')).toHaveCount(0);
		await phone.getByRole('button', { name: 'Join', exact: true }).click();
		await expect(phone.getByTestId('live-join-status')).toHaveAttribute(
			'data-status',
			'live',
			LIVE
		);
		await context.close();
		await inside.context.close();
	} finally {
		crowd?.close();
		await server.close();
	}
});
