/**
 * Issue 28, points 5 and 8: counters count what they say, and a seed finding that could sway a vote
 * shows with the results, not before them. The demo (four sample responses, 8 expected, lowered to
 * 2 here) hosts a live room: its counter counts the room's own participants only; handed in counts
 * responses holding an answer and never reads "n of m" with n > m; the projector's phase comparison
 * says it counts the workshop's responses; a live participant sees that the room received their
 * answers, with no version or "hand in again". Screenshots in reports/screens/.
 */
import { expect, test, type Page } from '@playwright/test';
import { joinByCode, goToStep, startServer } from './live-helpers';

const LIVE = { timeout: 10_000 };
const FINDING = 'Majority in Phase 2 and 3';
const workshopId = (page: Page) => new URL(page.url()).searchParams.get('id')!;

/** Every "n of m" on a page that reads more than all: none should. */
async function overCounts(page: Page) {
	const text = await page.locator('body').innerText();
	return [...text.matchAll(/(\d+) of (\d+)/g)]
		.filter(([, n, m]) => Number(n) > Number(m))
		.map(([all]) => all);
}

test('the demo’s live room counts its own participants; handed in says what it counts; the finding waits for Reveal', async ({
	browser
}) => {
	// Measured about 25 s alone (a relay, three windows, a join); 2× margin and more.
	test.setTimeout(90_000);
	const server = await startServer(29);
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await context.newPage();
	let participant: Awaited<ReturnType<typeof joinByCode>> | undefined;
	try {
		await page.goto(`${server.origin}/`);
		await page.getByRole('button', { name: 'Try the demo' }).click();
		await expect(page.getByTestId('workshop-title')).toHaveText(
			'ROOTS Partnership Design convening'
		);
		const id = workshopId(page);

		// The Overview says what each number counts: the team's own answers, the participants' responses.
		const counts = page.locator('dl.counts');
		await expect(counts.locator('div', { hasText: 'Team answers' }).locator('dd')).toBeVisible();
		await expect(counts.locator('div', { hasText: 'Participant responses' })).toContainText('4');
		await expect(counts.getByText('Answers', { exact: true })).toHaveCount(0);

		// More handed in than expected is said plainly, never "4 of 2".
		await page.getByLabel('Expected participants').fill('2');
		await page.getByLabel('Expected participants').press('Enter');
		await expect(page.getByTestId('handed-in-count')).toHaveText('4 handed in (2 expected)');

		await page.goto(`${server.origin}/workshop/session/?id=${id}`);
		await goToStep(page, 2);
		await expect(page.getByTestId('step-title')).toHaveText(
			'What phase of partnership development are you in?'
		);
		await expect(page.getByTestId('handed-in')).toHaveText('4 handed in (2 expected)');
		const projector = await context.newPage();
		await projector.goto(`${server.origin}/present/?id=${id}`);
		await expect(projector.getByTestId('projector-progress')).toHaveText('Step 2 of 10');
		await page.bringToFront();

		// Priming: before Reveal, neither screen shows the deck's finding.
		await expect(page.getByTestId('step-prompts')).toContainText(
			'Design for the phase you are in.'
		);
		await expect(page.getByText(FINDING)).toHaveCount(0);
		await expect(projector.getByTestId('results-hidden')).toBeVisible();
		await expect(projector.getByText(FINDING)).toHaveCount(0);

		// A live room before anyone joined: the demo's sample answers are not the room's.
		await page.getByRole('button', { name: 'Open live room' }).click();
		await expect(page.getByTestId('live-status')).toHaveAttribute('data-status', 'live');
		await expect(page.getByTestId('live-count')).toHaveText('joined 0 · answered this step 0');
		const code = (await page.getByTestId('live-code').textContent())!.trim();

		// Joined, nothing answered yet: one more joined, nobody more handed in.
		participant = await joinByCode(browser, server.origin, code);
		await expect(page.getByTestId('live-count')).toHaveText(
			'joined 1 · answered this step 0',
			LIVE
		);
		await expect(page.getByTestId('handed-in')).toHaveText('4 handed in (2 expected)');
		await expect(page.getByTestId('handed-in-count')).toHaveText('4 handed in (2 expected)');

		// An answer to this step: answered and handed in both count it.
		await expect(participant.page.getByTestId('live-step')).toHaveAttribute('data-step', '1', LIVE);
		await participant.page.getByRole('radio', { name: /^Phase 4\b/ }).check();
		await expect(page.getByTestId('live-count')).toHaveText(
			'joined 1 · answered this step 1',
			LIVE
		);
		await expect(page.getByTestId('handed-in')).toHaveText('5 handed in (2 expected)');
		// While live, the participant is never told about versions or handing in again.
		await expect(participant.page.getByTestId('handed-in')).toHaveCount(0);
		await expect(participant.page.getByRole('button', { name: 'Hand in again' })).toHaveCount(0);

		// Reveal: the finding comes with the results, set against what the workshop's responses say.
		await page.getByLabel('Reveal results').check();
		const results = projector.getByTestId('results');
		await expect(results).toContainText('Responses handed in: 5 (2 expected)', LIVE);
		await expect(projector.getByTestId('majority-finding')).toHaveText(
			`Seed deck: ${FINDING}. Responses in this workshop: 4 of 5 in phase 2 or 3.`
		);
		await expect(page.getByTestId('majority-finding')).toContainText(FINDING);
		await expect(page.getByTestId('results-count')).toHaveText(
			'Responses handed in: 5 (2 expected)'
		);
		// Nowhere on either screen does a count read "n of m" with n > m.
		for (const screen of [page, projector]) expect(await overCounts(screen)).toEqual([]);

		await page.evaluate(() => window.scrollTo(0, 0));
		await page.screenshot({ path: 'reports/screens/counters-session-1280x720.png' });
		await projector.bringToFront();
		await expect(projector.getByTestId('majority-finding')).toBeVisible();
		await projector.screenshot({ path: 'reports/screens/counters-projector-1280x720.png' });
		// Projected words stay ≥ 20 px at 720p.
		const sizes = await projector
			.getByTestId('results')
			.locator('h2, .handed, .finding')
			.evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
		for (const size of sizes) expect(size).toBeGreaterThanOrEqual(20);
		await page.bringToFront();

		// The room closes: the participant may hand in a file, and is told the room received their answers.
		page.once('dialog', (d) => d.accept());
		await page.getByTestId('live-close').click();
		await expect(participant.page.getByTestId('live-closed')).toBeVisible(LIVE);
		await expect(participant.page.getByTestId('live-received')).toContainText(
			'The room received your answers as you typed them'
		);
		await expect(participant.page.getByTestId('handed-in')).toHaveCount(0);
		await expect(participant.page.getByText(/version \d/)).toHaveCount(0);
		await expect(participant.page.getByRole('button', { name: 'Hand in again' })).toHaveCount(0);
		await expect(
			participant.page.getByRole('button', { name: 'Hand in my answers' })
		).toBeVisible();
		await participant.page.getByTestId('live-received').scrollIntoViewIfNeeded();
		await participant.page.screenshot({ path: 'reports/screens/counters-participant-closed.png' });
		await expect(page.getByTestId('live-count')).toHaveCount(0);
		await expect(page.getByTestId('handed-in-count')).toHaveText('5 handed in (2 expected)');
	} finally {
		await participant?.context.close();
		await context.close();
		await server.close();
	}
});
