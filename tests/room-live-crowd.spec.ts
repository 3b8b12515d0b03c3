/**
 * Issue 25's journey over a real relay (started here, `scripts/serve.mjs`): a facilitator, the
 * projector, three participants in browsers (one on a phone, one in Spanish, two declaring different
 * sides) and 27 simulated participants (tests/live-crowd.ts: Node clients of the same provider,
 * signing and sealing as the join page does). Thirty answers to an aspiration question reach the
 * session screen; the projector pages through all of them (each answer once, none outside the screen,
 * text ≥ 20 px), features one and sets one aside; themes are made and assigned by keyboard alone; a dot
 * vote on the themes and one on the candidate partners are revealed as ranked counts; the split by
 * side shows both sides, and once the workshop is anonymous the side of 2 is not shown on its own.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Side } from '../src/lib/domain/types';
import { expectAccessible, expectSaved, importFiles, jsonFile } from './helpers';
import { chooseSpanish } from './i18n-helpers';
import { joinCrowd, type AnnouncedVote, type Crowd } from './live-crowd';
import { goToStep, startServer } from './live-helpers';
import { ROOM_SIZE, answerOf, crowdRoomFile } from './room-answers-fixture';
import { measureScreen, pageThroughAnswers } from './room-helpers';

const LIVE = { timeout: 15_000 };
const SHOTS = 'reports/screens';
const ASPIRATION_1 = {
	en: 'What is the case for your organization in achieving your aspiration (as it relates to the ROOTS initiative)?',
	es: '¿Cuál es el caso para su organización al lograr su aspiración (en relación con la iniciativa ROOTS)?'
};
const CROWD = ROOM_SIZE - 3;

/** The side of participant `i` (0–2 in browsers, 3–29 simulated): 14 health care, 13 community, 2 public agency, 1 unsaid. */
function sideOf(i: number): Side | undefined {
	if (i === 0) return 'health-care';
	if (i === 1) return 'community';
	if (i === 2) return undefined;
	return i < 16 ? 'health-care' : i < 28 ? 'community' : 'public-agency';
}

async function joinInBrowser(
	browser: Browser,
	origin: string,
	code: string,
	options: { phone?: boolean; spanish?: boolean } = {}
) {
	const context = await browser.newContext({
		viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 720 }
	});
	const page = await context.newPage();
	await page.goto(`${origin}/join/`);
	if (options.spanish) await chooseSpanish(page);
	await page.getByLabel(options.spanish ? 'Código' : 'Code').fill(code);
	await page
		.getByRole('button', { name: options.spanish ? 'Unirse' : 'Join', exact: true })
		.click();
	await expect(page.getByTestId('live-join-status')).toHaveAttribute('data-status', 'live', LIVE);
	return { context, page };
}

/** The open vote of `target` as the room announces it, once it is there with `count` items. */
async function announcedVote(crowd: Crowd, target: string, count: number): Promise<AnnouncedVote> {
	let vote: AnnouncedVote | undefined;
	await expect
		.poll(() => {
			vote = crowd.announcement().invite.votes?.find((v) => v.target === target);
			return vote?.items.length;
		}, LIVE)
		.toBe(count);
	return vote!;
}

test('thirty participants over the relay: every answer paged, one featured, one set aside, themes by keyboard, two dot votes ranked, the split by side', async ({
	browser
}) => {
	// Thirty participants, four browsers and a relay on a shared 2-core machine.
	test.setTimeout(300_000);
	const server = await startServer(28);
	const facilitatorContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const page = await facilitatorContext.newPage();
	const people: { context: { close(): Promise<void> }; page: Page }[] = [];
	let crowd: Crowd | undefined;
	try {
		// The workshop: the demo's partners and agenda, no responses yet.
		const room = crowdRoomFile();
		await page.goto(`${server.origin}/`);
		await importFiles(page, [jsonFile(room.name, room.text)]);
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await page.getByRole('link', { name: room.title }).click();
		await expect(page.getByTestId('workshop-title')).toHaveText(room.title);
		const id = new URL(page.url()).searchParams.get('id')!;
		await page.goto(`${server.origin}/workshop/session/?id=${id}`);
		await page.getByRole('button', { name: 'Open live room' }).click();
		await expect(page.getByTestId('live-status')).toHaveAttribute('data-status', 'live', LIVE);
		const code = (await page.getByTestId('live-code').textContent())!.trim();
		const projector = await facilitatorContext.newPage();
		await projector.setViewportSize({ width: 1280, height: 720 });
		await projector.goto(`${server.origin}/present/?id=${id}`);
		await expect(projector.getByTestId('projector-step-title')).toBeVisible();
		await page.bringToFront();

		// Three in browsers: a phone (health care), Spanish (community), a laptop (side unsaid).
		const phone = await joinInBrowser(browser, server.origin, code, { phone: true });
		const spanish = await joinInBrowser(browser, server.origin, code, { spanish: true });
		const laptop = await joinInBrowser(browser, server.origin, code);
		people.push(phone, spanish, laptop);
		await phone.page.getByRole('radio', { name: 'Health care' }).check();
		await spanish.page.getByRole('radio', { name: 'Organización comunitaria' }).check();
		crowd = await joinCrowd(server.origin, code, CROWD);
		// A participant counts as joined once their first revision has been merged.
		await expect(page.getByTestId('live-count')).toHaveText(/^joined 3 ·/, LIVE);

		// Thirty answers to the first aspiration question.
		const aspiration = room.steps.indexOf('aspiration') + 1;
		await goToStep(page, aspiration, room.steps.length);
		for (const [i, p] of people.entries()) {
			const field = p.page.getByLabel(i === 1 ? ASPIRATION_1.es : ASPIRATION_1.en);
			await field.fill(answerOf(i));
			await field.blur();
		}
		await Promise.all(
			crowd.members.map((member, k) =>
				member.handIn({ answers: { 'aspiration-1': answerOf(k + 3) }, side: sideOf(k + 3) })
			)
		);
		await expect(page.getByTestId('live-count')).toHaveText(
			'joined 30 · answered this step 30',
			LIVE
		);
		const answers = page.getByTestId('session-answers').locator('> li');
		await expect(answers).toHaveCount(ROOM_SIZE, LIVE);

		// The projector pages through all thirty: each once, none outside the screen, text ≥ 20 px.
		await page.getByLabel('Reveal results').check();
		const { seen } = await pageThroughAnswers(page, projector, {
			turn: () => page.getByRole('button', { name: 'Next page' }).click()
		});
		expect(new Set(seen).size).toBe(ROOM_SIZE);
		expect(seen).toHaveLength(ROOM_SIZE);
		expect(seen.filter((key) => key.startsWith('aspiration-1@'))).toHaveLength(ROOM_SIZE);

		// Feature the third answer, back; set the fifth aside.
		const answerAt = async (n: number) => {
			const text = (await answers.nth(n).locator('p.text').textContent()) ?? '';
			return Array.from({ length: ROOM_SIZE }, (_, i) => answerOf(i)).find((a) =>
				text.includes(a)
			)!;
		};
		const featured = await answerAt(2);
		await answers.nth(2).getByRole('button', { name: 'Feature' }).focus();
		await page.keyboard.press('Enter');
		await expect(projector.getByTestId('featured-answer')).toContainText(featured, LIVE);
		await page.getByRole('button', { name: 'Back to the page' }).click();
		await expect(projector.getByTestId('projected-page')).toBeVisible();
		const fifth = await answerAt(4);
		await answers.nth(4).getByRole('button', { name: 'Set aside' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('set-aside')).toContainText(fifth);
		await expect(answers).toHaveCount(ROOM_SIZE - 1);

		// Themes by keyboard alone: two named, answers 1–3 assigned with arrow keys.
		await page.getByTestId('new-theme').focus();
		await page.keyboard.type('Shared data');
		await page.keyboard.press('Enter');
		await page.keyboard.type('Trust');
		await page.keyboard.press('Enter');
		// Typed straight after Enter, the second name is its own (not glued to the first).
		await expect(page.getByTestId('theme-row')).toHaveCount(2);
		await expect(page.getByLabel('Name of theme 2')).toHaveValue('Trust');
		const themeOf = (n: number) => page.getByLabel(`Theme of answer ${n}`, { exact: true });
		await themeOf(1).focus();
		await page.keyboard.press('ArrowDown');
		for (const n of [2, 3]) {
			await themeOf(n).focus();
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('ArrowDown');
		}
		await expect(page.getByTestId('theme-count')).toHaveText(['1 answer', '2 answers']);
		await expectSaved(page);

		// A dot vote on the themes: two browsers and the crowd vote; Reveal ranks the counts.
		await page.getByLabel('Vote on').selectOption('themes:aspiration-1');
		await page.getByRole('button', { name: 'Open the vote' }).click();
		const themesVote = await announcedVote(crowd, 'themes', 2);
		const [shared, trust] = ['Shared data', 'Trust'].map(
			(label) => themesVote.items.find((item) => item.label === label)!.id
		);
		const phoneVote = phone.page.getByTestId('vote-form');
		await expect(phoneVote.getByTestId('vote-left')).toHaveText('3 of 3 dots left', LIVE);
		await phoneVote.getByRole('button', { name: 'Add a dot to Shared data' }).click();
		await phoneVote.getByRole('button', { name: 'Add a dot to Shared data' }).click();
		await phoneVote.getByRole('button', { name: 'Add a dot to Trust' }).click();
		await expect(phoneVote.getByTestId('vote-left')).toHaveText('0 of 3 dots left');
		const spanishVote = spanish.page.getByTestId('vote-form');
		for (let d = 0; d < 3; d++)
			await spanishVote.getByRole('button', { name: 'Añadir un punto a Trust' }).click();
		await expect(spanishVote.getByTestId('vote-left')).toHaveText('Le quedan 0 de 3 puntos');
		await Promise.all(
			crowd.members.map((member, k) =>
				member.handIn({
					votes: {
						[themesVote.id]:
							sideOf(k + 3) === 'health-care' ? { [shared]: 2, [trust]: 1 } : { [trust]: 3 }
					}
				})
			)
		);
		// Shared data: 2 (phone) + 13 × 2; Trust: 1 + 3 + 13 × 1 + 14 × 3.
		const themesRound = page.getByTestId('vote-round').filter({ hasText: 'Themes of:' });
		await themesRound.getByRole('button', { name: 'Show on the projector' }).click();
		await expect(projector.getByTestId('projected-vote')).toContainText(
			'29 participants voted',
			LIVE
		);
		await expect(projector.getByTestId('vote-count')).toHaveText(['59 dots', '28 dots']);
		const facts = await measureScreen(projector);
		expect(facts.minText, facts.minTextAt).toBeGreaterThanOrEqual(20);
		expect(facts.overflow).toBe(false);
		await projector.screenshot({ path: `${SHOTS}/live-crowd-themes-vote-1280x720.png` });
		await themesRound.getByRole('button', { name: 'Close the vote' }).click();

		// A dot vote on the candidate partners.
		await page.getByLabel('Vote on').selectOption('partners');
		await page.getByRole('button', { name: 'Open the vote' }).click();
		const partnersVote = await announcedVote(crowd, 'partners', 3);
		const [first, second, third] = partnersVote.items;
		for (let d = 0; d < 3; d++)
			await phoneVote.getByRole('button', { name: `Add a dot to ${first.label}` }).click();
		await expect(phoneVote.getByTestId('vote-left')).toHaveText('0 of 3 dots left');
		await Promise.all(
			crowd.members.map((member, k) =>
				member.handIn({
					votes: {
						[partnersVote.id]:
							sideOf(k + 3) === 'health-care'
								? { [first.id]: 2, [second.id]: 1 }
								: { [third.id]: 3 }
					}
				})
			)
		);
		// First: 3 + 13 × 2 = 29; second: 13; third: 14 × 3 = 42.
		const partnersRound = page.getByTestId('vote-round').filter({ hasText: 'Candidate partners' });
		await partnersRound.getByRole('button', { name: 'Show on the projector' }).click();
		await expect(projector.getByTestId('projected-vote')).toContainText(
			'28 participants voted',
			LIVE
		);
		await expect(projector.getByTestId('vote-count')).toHaveText(['42 dots', '29 dots', '13 dots']);
		await expect(partnersRound.getByTestId('vote-count')).toHaveText([
			'42 dots',
			'29 dots',
			'13 dots'
		]);
		await projector.screenshot({ path: `${SHOTS}/live-crowd-partners-vote-1280x720.png` });
		// The closed vote on the themes keeps every ballot: a newer revision counts once, not twice.
		await expect(themesRound.getByTestId('vote-count')).toHaveText(['59 dots', '28 dots']);

		// The split by side: both sides of the partnership, and the small public-agency side.
		await page.getByLabel('Split by side', { exact: true }).check();
		const split = projector.getByTestId('side-column');
		await expect(split).toHaveCount(3, LIVE);
		await expect(split.nth(0)).toContainText('Health care');
		await expect(split.nth(1)).toContainText('Community organisation');
		await expect(split.nth(2)).toContainText('Public agency');
		await projector.screenshot({ path: `${SHOTS}/live-crowd-split-1280x720.png` });
		await expectAccessible(projector);

		// Anonymous: the side of 2 is no longer shown on its own, and the screen says why.
		await page
			.getByRole('switch', { name: 'Anonymous responses (names are not asked for or shown)' })
			.check();
		await expect(split).toHaveCount(2, LIVE);
		await expect(projector.getByTestId('side-hidden')).toContainText(
			'Public agency: 2 answers, not shown on their own'
		);
		await expectSaved(page);
		await expectAccessible(page);
		await page.screenshot({ path: `${SHOTS}/live-crowd-session-1440x900.png`, fullPage: true });
		await phoneVote.scrollIntoViewIfNeeded();
		await expectAccessible(phone.page);
		await phone.page.screenshot({ path: `${SHOTS}/live-crowd-phone-vote-390x844.png` });
		await expectAccessible(spanish.page);
	} finally {
		crowd?.close();
		for (const p of people) await p.context.close();
		await facilitatorContext.close();
		await server.close();
	}
});
