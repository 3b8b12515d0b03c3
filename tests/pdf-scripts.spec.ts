import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { SCRIPT_NAMES, comparable } from './fixtures/script-names';
import {
	downloadText,
	importFiles,
	jsonFile,
	loadDemo,
	openHome,
	waitForServiceWorker
} from './helpers';

// The PDF plan in every script a partner name can carry (issue 16), its fonts fetched only when
// needed and kept for offline use, and a plan page that shows its progress while a PDF is laid out.
const OUT = 'reports/pdf-scripts';
mkdirSync(OUT, { recursive: true });

/** Every font file the context fetches (the page, its worker and the service worker alike). */
function watchFonts(context: BrowserContext) {
	const urls: string[] = [];
	context.on('request', (request) => {
		if (/\.(woff2?|ttf)(\?|$)/.test(request.url())) urls.push(new URL(request.url()).pathname);
	});
	return urls;
}

async function openPlan(page: Page) {
	await page.getByRole('link', { name: 'Plan & exports' }).click();
	await expect(page.getByRole('heading', { name: 'Plan & exports', level: 1 })).toBeVisible();
	await expect(page.getByTestId('plan-pages')).toHaveAttribute('data-pages', /^\d+$/, {
		timeout: 20_000
	});
}

async function exportPdf(page: Page, file: string) {
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 25_000 }),
		page.getByRole('button', { name: 'Export PDF' }).click()
	]);
	await download.saveAs(file);
}

const pdfText = (file: string, first: number, last: number) =>
	comparable(
		execFileSync(
			'pdftotext',
			['-enc', 'UTF-8', '-f', String(first), '-l', String(last), file, '-'],
			{ encoding: 'utf8' }
		)
	);

/** The demo workshop, exported and grown by one partner per test name (a person, a connection, an action each). */
async function importScriptsWorkshop(page: Page) {
	await loadDemo(page);
	const backup = await downloadText(page, () =>
		page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
	);
	const data = JSON.parse(backup.text);
	const w = data.workshop;
	w.id = 'scripts';
	w.title = 'Scripts convening';
	const first = w.partners[0];
	SCRIPT_NAMES.forEach(({ name }, i) => {
		const id = `script-${i}`;
		w.partners.push({
			...first,
			id,
			name,
			influence: 1 + (i % 5),
			interest: i < 5 ? 1 : 2,
			decision: null,
			phase: 0,
			home: false
		});
		w.people.push({
			...w.people[0],
			id: `script-person-${i}`,
			partnerId: id,
			name: `Contact ${i + 1}`,
			roles: ['contributes']
		});
		w.connections.push({
			...w.connections[0],
			id: `script-c-${i}`,
			sourceId: first.id,
			targetId: id
		});
		w.actions.push({
			...w.actions[0],
			id: `script-a-${i}`,
			title: `Call ${i + 1}`,
			partnerId: id,
			order: 100 + i
		});
	});
	await openHome(page);
	await importFiles(page, [jsonFile('scripts.convene.json', JSON.stringify(data))]);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await page.getByRole('link', { name: 'Scripts convening' }).click();
}

test('every script prints in logical order, with its own glyphs, in every section that names partners', async ({
	page,
	context
}) => {
	// 8–13 s measured alone, up to 24 s beside other suites on the shared 2-core machine.
	test.setTimeout(90_000);
	const fonts = watchFonts(context);
	await importScriptsWorkshop(page);
	await openPlan(page);
	const file = `${OUT}/scripts.pdf`;
	await exportPdf(page, file);
	await expect(page.getByText(/^Saved “scripts-convening-.*\.pdf”/)).toBeVisible();

	// Each section's pages, from the start pages the page lists.
	const total = Number(await page.getByTestId('plan-pages').getAttribute('data-pages'));
	const starts = await page.locator('[data-testid^=section-page-]').evaluateAll((nodes) =>
		nodes
			.map((n) => ({
				id: n.getAttribute('data-testid')!.replace('section-page-', ''),
				page: Number(n.textContent!.replace(/\D/g, ''))
			}))
			.sort((a, b) => a.page - b.page)
	);
	const range = (id: string) => {
		const at = starts.findIndex((s) => s.id === id);
		return [starts[at].page, (starts[at + 1]?.page ?? total + 1) - 1];
	};
	const bounds = {
		map: range('map'),
		partners: range('partners'),
		actions: range('actions'),
		health: range('health')
	};
	const texts = Object.fromEntries(
		Object.entries(bounds).map(([id, [a, b]]) => [id, pdfText(file, a, b)])
	);
	for (const { script, name } of SCRIPT_NAMES) {
		for (const [section, text] of Object.entries(texts))
			expect(text, `${script} in ${section}`).toContain(comparable(name));
	}
	// The health rule names every partner without a decision-maker in one warning (grouped by rule).
	expect(texts.health).toContain(comparable('partners have nobody who makes decisions.'));
	// No box in place of a missing glyph, and a font for every script.
	expect(pdfText(file, 1, total)).not.toContain('□');
	const embedded = execFileSync('pdffonts', [file], { encoding: 'utf8' });
	for (const family of ['sc', 'jp', 'kr', 'thai', 'devanagari', 'emoji'])
		expect(embedded, family).toContain(`Noto-${family}-`);
	expect(fonts.filter((u) => u.endsWith('.woff')).length).toBeGreaterThan(5);
});

test('script fonts fetched once are kept: offline, a fresh page prints them again', async ({
	page,
	context
}) => {
	// Up to 29 s measured beside other suites on the shared 2-core machine.
	test.setTimeout(90_000);
	await page.goto('/');
	await waitForServiceWorker(page);
	await importScriptsWorkshop(page);
	await openPlan(page);
	const total = await page.getByTestId('plan-pages').getAttribute('data-pages');
	// A fresh page has a fresh worker with no fonts in memory: they can only come from the cache.
	await context.setOffline(true);
	try {
		const again = await context.newPage();
		await again.goto(page.url());
		await expect(again.getByTestId('plan-pages')).toHaveAttribute('data-pages', total!, {
			timeout: 20_000
		});
		const file = `${OUT}/scripts-offline.pdf`;
		await exportPdf(again, file);
		const text = pdfText(file, 1, Number(total));
		for (const { script, name } of SCRIPT_NAMES) expect(text, script).toContain(comparable(name));
	} finally {
		await context.setOffline(false);
	}
});

test('a plan in Latin script fetches no font beyond DejaVu Sans and stays as small as before', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	const fonts = watchFonts(context);
	await loadDemo(page);
	await openPlan(page);
	const file = `${OUT}/latin.pdf`;
	await exportPdf(page, file);
	expect(fonts.length).toBeGreaterThan(0);
	expect(
		fonts.every((u) => /\/fonts\/DejaVuSans(-Bold)?\.ttf$/.test(u)),
		fonts.join(', ')
	).toBe(true);
	expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).not.toContain('Noto-');
	// The demo plan's PDF before issue 16 (svg2pdf map, DejaVu Sans only) was 252,436 bytes.
	expect(statSync(file).size).toBeLessThanOrEqual(252_436);
});

/** Records every text the export progress shows, however briefly (read with `progressSeen`). */
async function recordProgress(page: Page) {
	await page.evaluate(() => {
		const seen: string[] = [];
		(window as unknown as { __progress: string[] }).__progress = seen;
		new MutationObserver(() => {
			const text = document.querySelector('[data-testid=export-progress]')?.textContent?.trim();
			if (text && seen.at(-1) !== text) seen.push(text);
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
}
const progressSeen = (page: Page) =>
	page.evaluate(() => (window as unknown as { __progress: string[] }).__progress.splice(0));

test('Export reuses the PDF the page count came from; an export that must lay the plan out shows its progress', async ({
	page
}) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	await openPlan(page);
	await recordProgress(page);
	// With the preview ready, Export saves it at once: no second layout, so no progress to show.
	const [first] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export PDF' }).click()
	]);
	expect(first.suggestedFilename()).toMatch(/\.pdf$/);
	expect(await progressSeen(page)).toEqual([]);
	// Sections changed and Export pressed at once: the export lays the plan out and says how far it is.
	await page.getByLabel('Sources').uncheck();
	const [second] = await Promise.all([
		page.waitForEvent('download', { timeout: 25_000 }),
		page.getByRole('button', { name: 'Export PDF' }).click()
	]);
	expect(second.suggestedFilename()).toMatch(/\.pdf$/);
	const seen = await progressSeen(page);
	expect(
		seen.some((text) => /^Laying out the PDF: \d+ of \d+ sections$/.test(text)),
		seen.join(' | ')
	).toBe(true);
	await expect(page.getByTestId('export-progress')).toHaveCount(0);
});
