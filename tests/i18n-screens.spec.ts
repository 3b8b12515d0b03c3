/**
 * Spanish on every screen of the demo workshop, beyond the sections (i18n.spec.ts): each agenda
 * step's page, the session page with its live room open, the projector's join screen and results,
 * the join page (live form, joined, invite link, handed in), the hand-in page, About, and the map's
 * views and side panel. Screenshots at 1280×720 and 1440×900 go to reports/i18n/.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './helpers';
import { chooseSpanish, expectNoEnglish, screenshots } from './i18n-helpers';

/** The demo's agenda (partnership-design template), step by step. */
const MODULES = [
	'momentum',
	'phase',
	'rubric',
	'pitfalls',
	'aspiration',
	'map-questions',
	'stakeholder-map',
	'criteria',
	'actions',
	'final-words'
];
const SECTOR_CODES = [
	'hospital',
	'clinic',
	'health-plan',
	'public-health',
	'housing',
	'food',
	'behavioral-health',
	'social-services',
	'faith-community',
	'education',
	'workforce',
	'government',
	'foundation',
	'internal',
	'other'
];

/** Home in Spanish, then the demo workshop; returns its id. */
async function spanishDemo(page: Page) {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/');
	await chooseSpanish(page);
	await page.getByRole('button', { name: 'Probar la demostración' }).click();
	await expect(page.getByTestId('workshop-title')).toBeVisible();
	return new URL(page.url()).searchParams.get('id') ?? '';
}

/** The session page with its live room open on this server's relay; returns the join link and room code. */
async function openLiveRoom(page: Page, id: string) {
	await page.goto(`/workshop/session/?id=${encodeURIComponent(id)}`);
	await page.getByRole('button', { name: 'Abrir sala en vivo' }).click();
	await expect(page.getByTestId('live-status')).toHaveAttribute('data-status', 'live');
	return {
		link: await page.getByTestId('join-link').inputValue(),
		code: ((await page.getByTestId('live-code').textContent()) ?? '').trim()
	};
}

test('every agenda step page of the demo speaks Spanish', async ({ page }) => {
	test.setTimeout(90_000);
	const id = await spanishDemo(page);
	await expectNoEnglish(page, 'home');
	await screenshots(page, 'home-es');
	await page.setViewportSize({ width: 1280, height: 720 });
	for (const [i, module] of MODULES.entries()) {
		await page.goto(`/workshop/step/?id=${encodeURIComponent(id)}&step=step-${i + 1}`);
		await expect(page.getByTestId('module')).toHaveAttribute('data-module', module);
		await expect(page.getByText(`Paso ${i + 1} de ${MODULES.length}`)).toBeVisible();
		await expect(page.getByTestId('save-status')).toHaveText(/Guardado/);
		await expectNoEnglish(page, `step ${i + 1} (${module})`);
		if (module === 'stakeholder-map') {
			// Sectors by their Spanish label, never the code they are stored as.
			const sectors = await page.getByTestId('partners').locator('tbody td:nth-child(2)');
			await expect(sectors.first()).toBeVisible();
			const cells = await sectors.allTextContents();
			expect(cells.filter((c) => SECTOR_CODES.includes(c.trim()))).toEqual([]);
			expect(cells).toContain('Salud pública');
		}
		if (module === 'rubric') await screenshots(page, 'module-rubric-es');
	}
});

test('the session page with its live room open and the projector’s join screen speak Spanish', async ({
	page
}) => {
	test.setTimeout(90_000);
	const id = await spanishDemo(page);
	const { code } = await openLiveRoom(page, id);
	await expectNoEnglish(page, 'session with the live room');
	await expectAccessible(page);
	await screenshots(page, 'session-es');

	const projector = await page.context().newPage();
	await projector.setViewportSize({ width: 1280, height: 720 });
	await projector.goto(`/present/?id=${encodeURIComponent(id)}`);
	await expect(projector.getByTestId('projector-progress')).toHaveText('Paso 1 de 10');
	// Three seed groups in two columns: their bullets must stay inside the screen.
	await screenshots(projector, 'projector-prompts-es');
	// A bullet sits about 1em left of its item's text: it must not reach past the prompts' own left
	// edge, where the projector's scrolling content box clips it.
	const overhang = await projector.getByTestId('step-prompts').evaluate((box) => {
		const left = box.getBoundingClientRect().left;
		return Math.max(
			...[...box.querySelectorAll('li')].map(
				(li) => left - (li.getBoundingClientRect().left - parseFloat(getComputedStyle(li).fontSize))
			)
		);
	});
	expect(overhang).toBeLessThanOrEqual(0);
	await page.getByLabel('Mostrar pantalla para unirse').check();
	await expect(projector.getByTestId('projector-code')).toHaveText(code);
	await expectNoEnglish(projector, 'projector join screen');
	await screenshots(projector, 'projector-join-es');
});

// Three parts keep each test short; the facilitator jumps to each step from the session's agenda.
for (const half of [
	['phase', 'rubric'],
	['pitfalls', 'aspiration'],
	['map-questions', 'stakeholder-map', 'final-words']
])
	test(`the projector’s results after Reveal speak Spanish: ${half.join(', ')}`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		const id = await spanishDemo(page);
		await page.goto(`/workshop/session/?id=${encodeURIComponent(id)}`);
		const projector = await page.context().newPage();
		await projector.setViewportSize({ width: 1280, height: 720 });
		await projector.goto(`/present/?id=${encodeURIComponent(id)}`);
		await page.bringToFront(); // the facilitator's window in front (see tests/session.spec.ts)
		for (const module of half) {
			const n = MODULES.indexOf(module) + 1;
			await page
				.locator('aside.agenda li')
				.nth(n - 1)
				.getByRole('button')
				.click();
			await expect(page.getByTestId('progress')).toHaveText(`Paso ${n} de 10`);
			await page.getByLabel('Mostrar resultados').check();
			await expect(projector.getByTestId('projector-progress')).toHaveText(`Paso ${n} de 10`);
			await expect(projector.getByTestId('results')).toBeVisible();
			await expectNoEnglish(projector, `projector, step ${n} (${module}) revealed`);
			if (module === 'phase') {
				await expectNoEnglish(page, `session, step ${n} (${module}) revealed`);
				await screenshots(projector, 'projector-results-es');
				await projector.setViewportSize({ width: 1280, height: 720 });
			}
		}
	});

test('a participant in Spanish: the join page’s live form, the live room joined, the invite link, handing in; the hand-in page and About', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const id = await spanishDemo(page);
	const { link, code } = await openLiveRoom(page, id);

	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const participant = await context.newPage();
	await participant.goto('/join/');
	await chooseSpanish(participant);
	await expect(
		participant.getByRole('heading', { name: 'Unirse a una sala en vivo' })
	).toBeVisible();
	await expectNoEnglish(participant, 'join page, live form');
	await screenshots(participant, 'join-live-form-es');
	await participant.setViewportSize({ width: 1280, height: 720 });
	await participant.getByLabel('Código').fill(code);
	await participant.getByRole('button', { name: 'Unirse', exact: true }).click();
	await expect(participant.getByTestId('live-join-status')).toHaveAttribute('data-status', 'live');
	await expect(participant.getByTestId('live-step-title')).toBeVisible();
	await expectNoEnglish(participant, 'join page, in the live room');
	await expect(participant.getByTestId('live-intro')).toBeVisible();
	await context.close();

	// Another participant comes by the invite link alone: no live room, so the file hand-in.
	const byLink = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const participant2 = await byLink.newPage();
	await participant2.goto(link);
	await chooseSpanish(participant2);
	await expect(participant2.getByRole('heading', { name: 'Quién responde' })).toBeVisible();
	await expectNoEnglish(participant2, 'join page, invite link');
	await screenshots(participant2, 'join-es');
	await participant2.getByRole('radio', { name: /^Fase 2\b/ }).check();
	await participant2.getByRole('button', { name: 'Entregar mis respuestas' }).click();
	await expect(participant2.getByTestId('handed-in')).toContainText('versión 1');
	await expectNoEnglish(participant2, 'join page, handed in');
	const response = await participant2.getByTestId('response-link').inputValue();
	await byLink.close();

	await page.goto(response);
	await expect(page.getByTestId('merge-summary')).toBeVisible();
	await expectNoEnglish(page, 'hand-in page');
	await page.goto('/about/');
	await expect(page.getByRole('heading', { name: 'Acerca de Convene', level: 1 })).toBeVisible();
	await expect(page.getByText('Tareas de la rúbrica de capacidad interna')).toBeVisible();
	await expectNoEnglish(page, 'about');
});

test('the map’s views, colour by phase and a partner’s side panel speak Spanish', async ({
	page
}) => {
	test.setTimeout(90_000);
	const id = await spanishDemo(page);
	await page.goto(`/workshop/map/?id=${encodeURIComponent(id)}`);
	await expect(page.getByTestId('map-node').first()).toBeVisible();
	await expectNoEnglish(page, 'map, network');
	await expect(page.locator('body')).toContainText('Salud pública');
	await screenshots(page, 'map-es');
	await page.setViewportSize({ width: 1280, height: 720 });
	for (const view of ['Anillos por fase', 'Poder / interés', 'Tabla']) {
		await page.getByText(view, { exact: true }).click();
		await expect(page.getByRole('radio', { name: view })).toBeChecked();
		await expectNoEnglish(page, `map, ${view}`);
	}
	await screenshots(page, 'map-table-es');
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.getByText('Red', { exact: true }).click();
	await page.getByLabel('Color según').selectOption({ label: 'Fase de la relación' });
	await expect(page.getByLabel('Color según')).toHaveValue('phase');
	await expectNoEnglish(page, 'map coloured by phase');
	await page.locator('[data-testid="map-node"][aria-label^="Riverbend Behavioral Health"]').click();
	const panel = page.getByTestId('partner-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Riverbend Behavioral Health');
	await expectNoEnglish(page, 'map, a partner’s side panel');
	await screenshots(page, 'map-panel-es');
});
