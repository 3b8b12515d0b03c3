import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { downloadText, importFiles, jsonFile, loadDemo, openHome } from './helpers';

// PDFs are kept under reports/ (Playwright empties test-results/), to look at after a run.
const OUT = 'reports/plan';
mkdirSync(OUT, { recursive: true });

const PARTNERS = [
	'Valle Regional Medical Center',
	'Clínica Sierra Vista',
	'Golden Poppy Health Plan',
	'Alder County Public Health Department',
	'Hearthstone Supportive Housing',
	'Food Bank of the Valley',
	'Riverbend Behavioral Health',
	'Łódź Partners Foundation',
	'Ελληνική Κοινότητα Community Center',
	'Общество взаимопомощи',
	'Alder Valley Unified — Family Resource Centers',
	'Alder County Workforce Development Board',
	'Care Management Department',
	'Finance'
];

const ACTIONS = [
	'Request an introduction to Golden Poppy’s medical director'.replace('’', "'"),
	'Send counter-proposal on ECM caseload and outcome measures',
	'Find out who approves referral agreements at Riverbend',
	'Renew the on-site services MOU for another year',
	'Share the quarterly tenant-health dashboard',
	'Confirm capacity for two new produce prescription sites',
	'Present readmission numbers to the hospital population health committee',
	'Draft one-page business case with Finance',
	"Answer the foundation's question: which outcomes can we show for older adults?",
	'Visit the Wednesday senior lunch with a blood pressure clinic',
	'Score candidate partners against the selection criteria',
	'Finalise the shared PRAPARE referral workflow'
];

async function openPlan(page: Page) {
	await page.getByRole('link', { name: 'Plan & exports' }).click();
	await expect(page.getByRole('heading', { name: 'Plan & exports', level: 1 })).toBeVisible();
}

/** The page count the preview shows, once it has one. */
async function shownPages(page: Page): Promise<number> {
	const count = page.getByTestId('plan-pages');
	await expect(count).toHaveAttribute('data-pages', /^\d+$/, { timeout: 20_000 });
	return Number(await count.getAttribute('data-pages'));
}

async function exportPdf(page: Page, file: string) {
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 25_000 }),
		page.getByRole('button', { name: 'Export PDF' }).click()
	]);
	await download.saveAs(file);
	return download.suggestedFilename();
}

const pdfText = (file: string) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
		/\s+/g,
		' '
	);
const pdfPages = (file: string) =>
	Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

test('the demo plan as a PDF: every partner, action and aspiration, a vector map, the page count shown', async ({
	page
}) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	await openPlan(page);
	const pages = await shownPages(page);
	expect(pages).toBeGreaterThan(10);
	await expect(page.getByTestId('plan-pages')).toHaveText(`${pages} pages · Letter size`);
	await expect(page.getByTestId('section-page-partners')).toHaveText(/^p\. \d+$/);

	const file = `${OUT}/demo-plan.pdf`;
	const name = await exportPdf(page, file);
	expect(name).toMatch(/^roots-partnership-design-convening-\d{4}-\d{2}-\d{2}\.pdf$/);
	await expect(
		page.getByText(/^Saved “roots-partnership-design-convening-.*\.pdf” \(\d+ pages\)\.$/)
	).toBeVisible();

	expect(pdfPages(file)).toBe(pages);
	const text = pdfText(file);
	for (const partner of PARTNERS) expect(text).toContain(partner);
	for (const action of ACTIONS) expect(text).toContain(action);
	for (const name of ['Nguyễn Thị Lan', 'Agnieszka Wróblewska', 'Ольга Петренко'])
		expect(text).toContain(name);
	expect(text).toContain(
		'Our aspiration: every patient with complex needs has their social needs (food, housing, behavioral health) met through a partner we know by name'
	);
	expect(text).toContain('Convening Session: Partnership Design');
	expect(text).toContain('Strengthening Partnerships');
	expect(text).toContain(`Page 2 of ${pages}`);

	// The map is drawn as vectors with its names as text: the PDF holds no raster image at all.
	const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
		.trim()
		.split('\n');
	expect(images.slice(2)).toEqual([]);
	// DejaVu Sans is embedded; jsPDF keeps only the glyphs used, so the file stays small.
	const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
	expect(fonts).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes/);
	expect(statSync(file).size).toBeLessThan(500_000);
});

test('choosing sections changes the plan and its page count; export follows the choice', async ({
	page
}) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	await openPlan(page);
	const all = await shownPages(page);
	await page.getByRole('button', { name: 'Clear' }).click();
	await expect(page.getByTestId('plan-pages')).toHaveText('Choose at least one section.');
	await expect(page.getByRole('button', { name: 'Export PDF' })).toBeDisabled();
	await page.getByLabel('Action plan').check();
	await page.getByLabel('Sources').check();
	const few = await shownPages(page);
	expect(few).toBeLessThan(all);
	const file = `${OUT}/actions-only.pdf`;
	await exportPdf(page, file);
	expect(pdfPages(file)).toBe(few);
	const text = pdfText(file);
	expect(text).toContain(ACTIONS[0]);
	expect(text).not.toContain('Partner profiles');
});

test('CSV exports: BOM, quoting, formulas neutralised, Unicode intact; hostile text in the PDF; JSON backup from the same page', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	// A partner whose name has a comma and quotes, and an owner that looks like a formula.
	const backup = await downloadText(page, () =>
		page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
	);
	const data = JSON.parse(backup.text);
	data.workshop.partners[0].name = 'Smith, "Best" & Co';
	data.workshop.actions[0].owner = '=HYPERLINK("http://x")';
	// And bad input for the PDF: emoji, right-to-left, markup, a 10,000-character answer.
	data.workshop.partners[1].name = 'Partners 🤝🏽 <script>alert(1)</script> שותפות';
	const aspiration = data.workshop.answers.find(
		(a: { itemId: string; partnerId: string }) => a.itemId === 'aspiration-1' && a.partnerId === ''
	);
	aspiration.text = 'Ω'.repeat(10_000);
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await openHome(other);
	await importFiles(other, [jsonFile('edited.json', JSON.stringify(data))]);
	await other.getByRole('button', { name: 'Import', exact: true }).click();
	await other.getByRole('link', { name: 'ROOTS Partnership Design convening' }).click();
	await openPlan(other);

	const partners = await downloadText(other, () =>
		other.getByRole('button', { name: 'Partners (.csv)' }).click()
	);
	expect(partners.name).toMatch(
		/^roots-partnership-design-convening-partners-\d{4}-\d{2}-\d{2}\.csv$/
	);
	expect(partners.text.charCodeAt(0)).toBe(0xfeff);
	expect(partners.text).toContain('"Smith, ""Best"" & Co"');
	expect(partners.text).toContain('Łódź Partners Foundation');
	expect(partners.text.split('\r\n')[0]).toMatch(/^\uFEFFID,Name,Sector,/);

	const people = await downloadText(other, () =>
		other.getByRole('button', { name: 'People (.csv)' }).click()
	);
	expect(people.text).toContain(
		'Nguyễn Thị Lan,Community Health Worker Program Manager,Alder County Public Health Department'
	);

	const actions = await downloadText(other, () =>
		other.getByRole('button', { name: 'Actions (.csv)' }).click()
	);
	expect(actions.text).toContain(`"'=HYPERLINK(""http://x"")"`);
	expect(actions.text.trimEnd().split('\r\n')).toHaveLength(13);

	// The PDF still builds: markup stays text, emoji print from the emoji font, the long answer is there whole.
	const file = `${OUT}/hostile-plan.pdf`;
	await shownPages(other);
	await exportPdf(other, file);
	const text = pdfText(file);
	expect(text).toContain('<script>alert(1)</script>');
	expect(text).toContain('Partners 🤝🏽 <script>');
	expect(text).toContain('Smith, "Best" & Co');
	expect(text.replace(/[^Ω]/g, '')).toHaveLength(10_000);
	expect(pdfPages(file)).toBe(
		Number(await other.getByTestId('plan-pages').getAttribute('data-pages'))
	);

	const json = await downloadText(other, () =>
		other.getByRole('button', { name: 'Export workshop file (.json)' }).click()
	);
	expect(JSON.parse(json.text).workshop.partners[0].name).toBe('Smith, "Best" & Co');
	await fresh.close();
});

test('plan page: screenshots at projector and laptop sizes; Export reachable by keyboard', async ({
	page
}) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	await openPlan(page);
	await shownPages(page);
	mkdirSync('reports/screens', { recursive: true });
	for (const [width, height] of [
		[1280, 720],
		[1440, 900]
	]) {
		await page.setViewportSize({ width, height });
		await page.screenshot({ path: `reports/screens/plan-${width}x${height}.png`, fullPage: true });
	}
	// Keyboard: the export button is reachable and labelled.
	await page.getByRole('button', { name: 'Export PDF' }).focus();
	await expect(page.getByRole('button', { name: 'Export PDF' })).toBeFocused();
});
