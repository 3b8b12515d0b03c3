/**
 * Every seed question can be asked to the room (issue 26, point 1): a participant by join link
 * answers all eleven Partnership Map questions and rates the momentum shifts; the facilitator's
 * choice of questions for a step reaches the participant's form through the link; a Spanish
 * participant of an English workshop's live room sees Spanish step titles and questions.
 * Screenshots: reports/screens/ (390×844 the participant's momentum form, 1440×900 the choice).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import lz from 'lz-string';
import { mkdirSync } from 'node:fs';
import {
	downloadText,
	E2E_PORT,
	expectAccessible,
	expectSaved,
	jsonFile,
	openHome
} from './helpers';
import { goToStep, openLiveRoom } from './live-helpers';

const OUT = 'reports/screens';
mkdirSync(OUT, { recursive: true });
const PHONE = { width: 390, height: 844 };

/** A new workshop from the default template; returns its id, with the page on its overview. */
async function newWorkshop(page: Page) {
	await openHome(page);
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Partnership Design convening');
	return new URL(page.url()).searchParams.get('id')!;
}

/** The invite a join link carries, decoded as a participant's browser would. */
function inviteOf(link: string) {
	const payload = decodeURIComponent(link.split('#j=')[1]);
	return JSON.parse(lz.decompressFromEncodedURIComponent(payload)) as {
		modules: string[];
		asked?: Record<string, string[]>;
	};
}

async function phone(browser: Browser, link: string, locale = 'en-US') {
	const context = await browser.newContext({ viewport: PHONE, locale });
	const page = await context.newPage();
	await page.goto(link);
	await expect(page.getByTestId('join-title')).toHaveText('Partnership Design convening', {
		timeout: 10_000
	});
	return { context, page };
}

/** No sideways scrolling at the page's width. */
async function expectNoSidewaysScroll(page: Page) {
	const { scroll, width } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		width: document.documentElement.clientWidth
	}));
	expect(scroll).toBeLessThanOrEqual(width);
}

test('a participant by join link answers all eleven map questions and rates the momentum shifts', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const id = await newWorkshop(page);
	const link = await page.getByTestId('join-link').inputValue();
	const invite = inviteOf(link);
	expect(invite.modules).toContain('momentum');
	expect(invite.asked).toBeUndefined();

	const { context, page: p } = await phone(browser, link);
	const map = p.getByTestId('form-map-questions');
	await expect(map.getByRole('textbox')).toHaveCount(11);
	for (let i = 0; i < 11; i++)
		await map
			.getByRole('textbox')
			.nth(i)
			.fill(`Map answer ${i + 1}`);
	await map.getByRole('textbox').nth(10).press('Tab');

	const momentum = p.getByTestId('form-momentum');
	const shifts = momentum.getByRole('group');
	await expect(shifts).toHaveCount(4);
	await expect(shifts.first()).toHaveAccessibleName(/More is Better/);
	for (let i = 0; i < 4; i++)
		await shifts
			.nth(i)
			.getByRole('radio', { name: String(i + 2) })
			.check();
	await expect(shifts.nth(3).getByRole('radio', { name: '5' })).toBeChecked();
	await expectSaved(p);
	await expectNoSidewaysScroll(p);
	await momentum.scrollIntoViewIfNeeded();
	await p.screenshot({ path: `${OUT}/participant-momentum-390x844.png` });
	await expectAccessible(p);

	const file = await downloadText(p, () =>
		p.getByRole('button', { name: 'Hand in my answers' }).click()
	);
	const handed = JSON.parse(file.text) as {
		response: { id: string; answers: Record<string, string>; momentum: Record<string, number> };
	};
	expect(Object.keys(handed.response.answers)).toHaveLength(11);
	expect(handed.response.momentum).toEqual({
		'momentum-1': 2,
		'momentum-2': 3,
		'momentum-3': 4,
		'momentum-4': 5
	});
	await context.close();

	// The facilitator imports it; a forged file rating a shift the seed does not have is refused whole.
	const forged = JSON.parse(file.text) as Record<string, unknown> & {
		response: Record<string, unknown>;
	};
	delete forged.signature;
	delete forged.response.signer;
	forged.response = { ...forged.response, id: 'r-forged', momentum: { 'momentum-9': 3 } };
	await page.goto(`/workshop/session/?id=${id}`);
	await page
		.getByLabel('Choose response files')
		.setInputFiles([
			jsonFile(file.name, file.text),
			jsonFile('forged.convene-response.json', JSON.stringify(forged))
		]);
	await expect(page.getByTestId('merge-summary')).toHaveText(
		'Added: 1 · Updated: 0 · Unchanged: 0 · Older: 0 · Refused: 1'
	);
	await expect(
		page.getByTestId('merge-item').filter({ hasText: 'forged.convene-response.json' })
	).toContainText('It rates a momentum shift this workshop does not have.');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByTestId('handed-in-count')).toHaveText('Handed in: 1');
});

test('the facilitator unticks questions of a step; the participant’s form then asks only those', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1440, height: 900 });
	const id = await newWorkshop(page);
	await page.goto(`/workshop/agenda/?id=${id}`);
	const step = page.getByTestId('agenda-step').filter({ hasText: 'Building your Partnership Map' });
	await step.getByRole('button', { name: /^Edit:/ }).click();
	const choice = step.getByTestId('asked-choice');
	const boxes = choice.getByRole('checkbox');
	await expect(boxes).toHaveCount(11);
	for (let i = 0; i < 11; i++) await expect(boxes.nth(i)).toBeChecked();
	await expect(choice.getByTestId('asked-count')).toHaveText('11 of 11 asked');
	// Keep the first question and the ninth (identified-2); the first untick by keyboard.
	await boxes.nth(1).focus();
	await page.keyboard.press('Space');
	await expect(boxes.nth(1)).not.toBeChecked();
	for (const i of [2, 3, 4, 5, 6, 7, 9, 10]) {
		await boxes.nth(i).uncheck();
		await expect(boxes.nth(i)).not.toBeChecked();
	}
	await expect(choice.getByTestId('asked-count')).toHaveText('2 of 11 asked');
	await expectSaved(page);
	await choice.scrollIntoViewIfNeeded();
	await page.screenshot({ path: `${OUT}/facilitator-asked-1440x900.png` });
	await expectAccessible(page);

	// Durable: a reload shows the same choice.
	await page.reload();
	await step.getByRole('button', { name: /^Edit:/ }).click();
	await expect(choice.getByTestId('asked-count')).toHaveText('2 of 11 asked');

	await page.goto(`/workshop/?id=${id}`);
	const link = await page.getByTestId('join-link').inputValue();
	expect(inviteOf(link).asked).toEqual({ 'map-questions': ['map-1', 'identified-2'] });
	const { context, page: p } = await phone(browser, link);
	const boxesThere = p.getByTestId('form-map-questions').getByRole('textbox');
	await expect(boxesThere).toHaveCount(2);
	await expect(p.getByLabel('Who are your most appropriate partners and why?')).toBeVisible();
	await expect(
		p.getByLabel(
			'How will you build shared value and commitment? What is your shared partnership philosophy?'
		)
	).toBeVisible();
	// The other forms still ask everything.
	await expect(p.getByTestId('form-momentum').getByRole('group')).toHaveCount(4);
	await context.close();
});

test('a Spanish participant of an English live room sees Spanish step titles and questions', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const origin = `http://127.0.0.1:${E2E_PORT}`;
	const { code } = await openLiveRoom(page, origin);
	await goToStep(page, 1);
	await expect(page.getByTestId('step-title')).toHaveText(
		'Momentum and conditions for effectiveness'
	);

	const context = await browser.newContext({ viewport: PHONE, locale: 'es-ES' });
	const p = await context.newPage();
	await p.goto(`${origin}/join/`);
	await expect(p.locator('html')).toHaveAttribute('lang', 'es');
	await p.locator('#live-address').fill(new URL(origin).host);
	await p.locator('#live-code').fill(code);
	await p.locator('form button[type=submit]').click();
	await expect(p.getByTestId('live-join-status')).toHaveAttribute('data-status', 'live');
	await expect(p.getByTestId('live-step-title')).toHaveText(
		'Impulso y condiciones para la eficacia'
	);
	const shifts = p.getByTestId('form-momentum').getByRole('group');
	await expect(shifts).toHaveCount(4);
	await expect(shifts.first()).toHaveAccessibleName(/Más es mejor/);
	await shifts.first().getByRole('radio', { name: '4' }).check();
	await expect(shifts.first().getByRole('radio', { name: '4' })).toBeChecked();
	await expectNoSidewaysScroll(p);
	await expectAccessible(p);

	await goToStep(page, 6);
	await expect(page.getByTestId('step-title')).toHaveText('Building your Partnership Map');
	await expect(p.getByTestId('live-step-title')).toHaveText('Construir su mapa de alianzas');
	const boxes = p.getByTestId('form-map-questions').getByRole('textbox');
	await expect(boxes).toHaveCount(11);
	await expect(p.getByLabel('¿Quiénes son sus socios más adecuados y por qué?')).toBeVisible();
	await expectNoSidewaysScroll(p);
	await expectAccessible(p);

	// The facilitator narrows the step on the session screen: the live room asks only those at once.
	const choice = page.getByTestId('asked-choice');
	for (let i = 1; i < 11; i++) if (i !== 8) await choice.getByRole('checkbox').nth(i).uncheck();
	await expect(choice.getByTestId('asked-count')).toHaveText('2 of 11 asked');
	await expectAccessible(page);
	await expect(boxes).toHaveCount(2);
	await expect(
		p.getByLabel(
			'¿Cómo construirán valor y compromiso compartidos? ¿Cuál es su filosofía compartida de la alianza?'
		)
	).toBeVisible();
	await context.close();
});

test('the session screen and the projector show template step titles in the viewer’s language', async ({
	page
}) => {
	const id = await newWorkshop(page);
	await page.goto(`/workshop/session/?id=${id}`);
	await expect(page.getByTestId('step-title')).toHaveText(
		'Momentum and conditions for effectiveness'
	);
	const projector = await page.context().newPage();
	await projector.goto(`/present/?id=${id}`);
	await expect(projector.getByTestId('projector-step-title')).toHaveText(
		'Momentum and conditions for effectiveness'
	);
	// The workshop was made in English; the facilitator now reads Spanish, the projector follows.
	await page.getByTestId('language-switch').getByRole('button', { name: 'Español' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByTestId('step-title')).toHaveText('Impulso y condiciones para la eficacia');
	await expect(
		page.getByRole('navigation', { name: 'Agenda' }).getByRole('button').first()
	).toContainText('Impulso y condiciones para la eficacia');
	await expect(projector.locator('html')).toHaveAttribute('lang', 'es');
	await expect(projector.getByTestId('projector-step-title')).toHaveText(
		'Impulso y condiciones para la eficacia'
	);
});
