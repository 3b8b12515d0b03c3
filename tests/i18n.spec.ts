/**
 * Spanish, end to end: the language switch, every demo screen without English interface text,
 * a participant in Spanish beside a facilitator in English, the projector following the
 * facilitator, and a Spanish workshop's PDF. Screenshots at 1280×720 go to reports/i18n/.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { expectAccessible, loadDemo } from './helpers';
import { chooseSpanish, expectNoEnglish, OUT } from './i18n-helpers';

test('Español on the home page: every screen of the demo workshop speaks Spanish', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Workshops', level: 1 })).toBeVisible();
	await chooseSpanish(page);
	await expect(page.getByRole('heading', { name: 'Talleres', level: 1 })).toBeVisible();
	await expect(
		page.getByTestId('language-switch').getByRole('button', { name: 'Español' })
	).toHaveAttribute('aria-pressed', 'true');
	await expectNoEnglish(page, 'home');
	await expectAccessible(page);
	await page.screenshot({ path: `${OUT}/home-es.png` });

	await page.getByRole('button', { name: 'Probar la demostración' }).click();
	await expect(page.getByTestId('workshop-title')).toBeVisible();
	const id = new URL(page.url()).searchParams.get('id') ?? '';
	for (const [path, heading] of [
		['/workshop/', 'Detalles'],
		['/workshop/agenda/', 'Agenda'],
		['/workshop/map/', 'Mapa de actores'],
		['/workshop/session/', 'Dirigir la sesión'],
		['/workshop/plan/', 'Plan y exportaciones'],
		['/workshop/progress/', 'Avance']
	] as const) {
		await page.goto(`${path}?id=${encodeURIComponent(id)}`);
		await expect(page.getByText(heading, { exact: true }).first()).toBeVisible();
		await expect(page.getByTestId('save-status')).toHaveText(/Guardado/);
		await expectNoEnglish(page, path);
	}
	// A module: the phase self-assessment (seed content in Spanish too).
	await page.goto(`/workshop/?id=${encodeURIComponent(id)}`);
	await page
		.getByRole('link', { name: '¿En qué fase del desarrollo de alianzas están?' })
		.first()
		.click();
	await expect(page.getByText('Evaluar externamente').first()).toBeVisible();
	await expectNoEnglish(page, 'phase module');
	await page.screenshot({ path: `${OUT}/module-es.png` });

	await page.goto(`/present/?id=${encodeURIComponent(id)}`);
	await expect(page.getByTestId('projector-progress')).toHaveText(/^Paso \d+ de \d+$/);
	await expectNoEnglish(page, 'projector');
	await page.screenshot({ path: `${OUT}/projector-es.png` });
});

test('a participant joins in Spanish while the facilitator stays in English', async ({
	page,
	browser
}) => {
	// 24 s on a quiet machine, 39–45 s beside a second browser run: 60 s keeps a margin.
	test.setTimeout(90_000);
	await loadDemo(page);
	await page.getByRole('link', { name: 'Run the session' }).click();
	// The Overview has a join link too: read the session screen's, once it is there.
	await expect(page.getByTestId('progress')).toBeVisible();
	const link = await page.getByTestId('join-link').inputValue();

	const context = await browser.newContext({
		locale: 'en-US',
		viewport: { width: 1280, height: 720 }
	});
	const participant = await context.newPage();
	await participant.goto(link);
	await expect(participant.getByRole('heading', { name: 'Who is answering' })).toBeVisible();
	await chooseSpanish(participant);
	await expect(participant.getByRole('heading', { name: 'Quién responde' })).toBeVisible();
	await expectNoEnglish(participant, 'join page');
	await expectAccessible(participant);
	await participant.screenshot({ path: `${OUT}/join-es.png` });

	// The facilitator's screens keep English, also when the join link is tried in the facilitator's browser.
	const own = await page.context().newPage();
	await own.goto(link);
	await chooseSpanish(own);
	await page.reload();
	await expect(page.getByRole('link', { name: 'Run the session' })).toBeVisible();
	await expect(
		page.getByTestId('language-switch').getByRole('button', { name: 'English' })
	).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await context.close();
});

test('the projector follows a language chosen in the facilitator’s window', async ({ page }) => {
	await loadDemo(page);
	const id = new URL(page.url()).searchParams.get('id') ?? '';
	const projector = await page.context().newPage();
	await projector.goto(`/present/?id=${encodeURIComponent(id)}`);
	await expect(projector.getByTestId('projector-progress')).toHaveText(/^Step \d+ of \d+$/);
	await chooseSpanish(page);
	await expect(projector.locator('html')).toHaveAttribute('lang', 'es');
	await expect(projector.getByTestId('projector-progress')).toHaveText(/^Paso \d+ de \d+$/);
});

test('a Spanish workshop’s PDF has Spanish headings and dates while the interface stays English', async ({
	page
}) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	await page.getByRole('link', { name: 'Plan & exports' }).click();
	await page.getByLabel('Language of the PDF and spreadsheets').selectOption('es');
	await expect(page.getByTestId('plan-pages')).toHaveText(/\d+ pages · Letter size/, {
		timeout: 20_000
	});
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 25_000 }),
		page.getByRole('button', { name: 'Export PDF' }).click()
	]);
	const file = `${OUT}/plan-es.pdf`;
	await download.saveAs(file);
	const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
		encoding: 'utf8'
	}).replace(/\s+/g, ' ');
	for (const heading of [
		'PLAN DE ALIANZAS',
		'Autoevaluación de fase',
		'Perfiles de socios',
		'Plan de acción',
		'Obstáculos y mitigaciones'
	])
		expect(text).toContain(heading);
	expect(text).toMatch(/Preparado con Convene el \d{1,2} de [a-záéíóú]+ de \d{4}/);
	expect(text).toContain('Evaluar externamente'); // seed content in the workshop's language
	expect(text).not.toContain('Partnership plan');
	expect(text).not.toContain('Prepared with Convene');
	// The page itself stayed English.
	await expect(page.getByRole('heading', { name: 'Plan & exports', level: 1 })).toBeVisible();
});
