/**
 * Refusals worded at the edge (issue 17): the domain returns codes, the page says them in its own
 * language. In Spanish, refused workshop files and a damaged join link give their reasons in Spanish
 * (screenshots at 1280×720 and 1440×900 in reports/i18n/).
 */
import { expect, test } from '@playwright/test';
import { downloadText, loadDemo, plantedFiles } from './helpers';
import { chooseSpanish, screenshots } from './i18n-helpers';

type WorkshopFile = {
	version: number;
	workshop: Record<string, unknown> & { partners: Record<string, unknown>[] };
};

test('in Spanish, refused workshop files and a damaged join link say why in Spanish', async ({
	page
}) => {
	await loadDemo(page);
	const exported = await downloadText(page, () =>
		page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
	);
	const file = JSON.parse(exported.text) as WorkshopFile;
	await page.goto('/');
	await chooseSpanish(page);
	await expect(page.getByRole('heading', { name: 'Talleres', level: 1 })).toBeVisible();

	const planted = [
		['futuro', (f: WorkshopFile) => (f.version = 4)],
		['sin-nombre', (f: WorkshopFile) => delete f.workshop.partners[0].name],
		['sin-dia', (f: WorkshopFile) => (f.workshop.date = '2026-02-31')]
	] as const;
	await page.getByLabel('Importar un archivo de taller').setInputFiles(plantedFiles(file, planted));
	const errors = page.getByTestId('import-error');
	await expect(errors).toHaveCount(planted.length);
	await expect(errors.filter({ hasText: 'futuro' })).toHaveText(
		'El archivo «futuro.convene.json» no se importó. El archivo se creó con una versión más reciente de Convene (formato 4; esta aplicación lee hasta el 3). Actualice Convene e inténtelo de nuevo.'
	);
	await expect(errors.filter({ hasText: 'sin-nombre' })).toContainText(
		'El archivo no corresponde al formato de taller: Falta el campo nombre en un socio.'
	);
	await expect(errors.filter({ hasText: 'sin-dia' })).toContainText(
		'En el taller, el campo fecha no es un día real'
	);
	await expect(errors.filter({ hasText: 'sin-dia' })).toContainText(
		'no es un día real en formato AAAA-MM-DD («2026-02-31»)'
	);
	await screenshots(page, 'import-refused-es');

	await page.goto('/join/#j=not-a-convene-link');
	await expect(page.getByTestId('join-error')).toContainText(
		'Este enlace para unirse no se puede abrir. El enlace para unirse'
	);
	await expect(page.getByTestId('join-error')).not.toContainText(/cannot|damaged|link/);
});

test('in Spanish, a write the browser refuses says why in Spanish, not in the browser’s English; a reload saves it', async ({
	page
}) => {
	await loadDemo(page);
	await chooseSpanish(page);
	const field = page.getByLabel('Facilitador(a)');
	await expect(field).toBeVisible();
	// From now on the browser refuses every write, as a damaged profile does (Chromium's UnknownError).
	await page.evaluate(() => {
		for (const method of ['put', 'add'] as const)
			IDBObjectStore.prototype[method] = () => {
				throw new DOMException('Internal error opening backing store', 'UnknownError');
			};
	});
	await field.fill('Ana Ruiz');
	await page.getByLabel('Título').focus();
	const status = page.getByTestId('save-status');
	await expect(status).toContainText(
		'No se guardó: el navegador no pudo guardarlo (UnknownError). Vuelva a cargar la página'
	);
	await expect(status).not.toContainText('backing store');
	// The refused text stays on screen (it used to fall back to the stored one on blur).
	await expect(field).toHaveValue('Ana Ruiz');
	await screenshots(page, 'save-refused-es');
	// The typed text waited in the write-ahead journal: the reload stores it.
	await page.reload();
	await expect(page.getByLabel('Facilitador(a)')).toHaveValue('Ana Ruiz');
	await expect(status).toHaveText(/Guardado/);
});

test.describe('without the service worker (which keeps the fonts once fetched)', () => {
	test.use({ serviceWorkers: 'block' });
	test('in Spanish, a plan whose fonts cannot be loaded says so in Spanish; once they load, it builds', async ({
		page
	}) => {
		await loadDemo(page);
		await chooseSpanish(page);
		// The plan's fonts are unreachable (offline before they were ever fetched).
		await page.context().route('**/fonts/**', (route) => route.abort('internetdisconnected'));
		await page
			.getByRole('navigation', { name: /^Secciones de/ })
			.getByRole('link', { name: 'Plan y exportaciones' })
			.click();
		const alert = page.getByRole('alert').filter({ hasText: 'PDF' });
		await expect(alert).toHaveText(
			'No se pudo generar el PDF: no se pudo cargar una fuente tipográfica que el plan necesita. Revise la conexión e inténtelo de nuevo.'
		);
		await screenshots(page, 'plan-font-failed-es');
		await page.context().unroute('**/fonts/**');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Exportar PDF' }).click();
		expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
		await expect(alert).toHaveCount(0);
	});
});
