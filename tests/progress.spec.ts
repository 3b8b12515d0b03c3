import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { downloadText, expectSaved, importFiles, jsonFile, loadDemo, openHome } from './helpers';

type Row = Record<string, unknown>;

async function openProgress(page: Page) {
	await page.getByRole('link', { name: 'Progress', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Progress', level: 1 })).toBeVisible();
}

async function exportFile(page: Page) {
	await page.getByRole('link', { name: 'Overview', exact: true }).click();
	return downloadText(page, () =>
		page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
	);
}

/** Changes a workshop file the way weeks of work would: the data modules that have no screen on this branch yet. */
function weeksLater(text: string): string {
	const file = JSON.parse(text);
	const w = file.workshop;
	const byId = (rows: Row[], id: string) => rows.find((r) => r.id === id)!;
	byId(w.phaseVotes, 'team').phase = 3;
	byId(w.responses, 'participant-1').phase = 3;
	byId(w.rubricRatings, 'rubric-mc3-ii').rating = 'in-progress';
	byId(w.pitfalls, 'pitfall-7').mark = 'under-control';
	byId(w.pitfalls, 'pitfall-5').mark = 'risk';
	byId(w.actions, 'action-2').status = 'done';
	w.actions.push({
		...byId(w.actions, 'action-6'),
		id: 'action-late',
		title: 'Call the adult school',
		dueDate: '2020-01-15',
		status: 'todo',
		order: 99
	});
	w.partners.push({
		...byId(w.partners, 'p-school-district'),
		id: 'p-adult-school',
		name: 'Alder Valley Adult School',
		phase: 0
	});
	// Removing a partner removes what refers to it.
	const gone = 'p-workforce';
	w.partners = w.partners.filter((p: Row) => p.id !== gone);
	for (const table of ['people', 'answers', 'phaseVotes', 'checks', 'actions', 'criterionScores']) {
		w[table] = w[table].filter((r: Row) => r.partnerId !== gone);
	}
	w.connections = w.connections.filter((c: Row) => c.sourceId !== gone && c.targetId !== gone);
	return JSON.stringify(file);
}

const group = (page: Page, kind: string) =>
	page.locator(`[data-testid="change-group"][data-kind="${kind}"]`);

async function screenshots(page: Page, name: string) {
	mkdirSync('reports/screens', { recursive: true });
	for (const [width, height] of [
		[1440, 900],
		[1280, 720]
	]) {
		await page.setViewportSize({ width, height });
		await page.screenshot({
			path: `reports/screens/${name}-${width}x${height}.png`,
			fullPage: true
		});
		// Close-ups, legible at full size.
		await page
			.getByTestId('change-summary')
			.screenshot({ path: `reports/screens/${name}-summary-${width}x${height}.png` });
		await page
			.getByTestId('decisions')
			.screenshot({ path: `reports/screens/${name}-decisions-${width}x${height}.png` });
	}
	await page.setViewportSize({ width: 1440, height: 900 });
}

/** The demo with a snapshot "March convening", then changed weeks later (see `weeksLater`) by importing a file. */
async function demoWithSnapshotThenChanged(page: Page) {
	await loadDemo(page);
	await openProgress(page);
	await expect(page.getByTestId('no-snapshots')).toBeVisible();
	await page.getByLabel('Snapshot label').fill('March convening');
	await page.getByRole('button', { name: 'Save a snapshot' }).click();
	await expect(page.getByText('Saved the snapshot “March convening”.')).toBeVisible();
	await expect(page.getByTestId('snapshot-row')).toHaveCount(1);
}

/** Replaces the current workshop by its own export changed with `weeksLater`, and opens Progress. */
async function importWeeksLater(page: Page) {
	const exported = await exportFile(page);
	await page.getByRole('link', { name: 'All workshops' }).click();
	await importFiles(page, [jsonFile('weeks-later.json', weeksLater(exported.text))]);
	await page.getByRole('button', { name: 'Replace the existing one' }).click();
	await expect(page.getByText('Imported “ROOTS Partnership Design convening”.')).toBeVisible();
	await page.getByRole('link', { name: 'ROOTS Partnership Design convening' }).click();
	await expect(page.getByTestId('count-snapshots')).toHaveText('1');
	await openProgress(page);
}

test('snapshot the demo, change phases, rubric, pitfalls, partners and actions, and see each change since the snapshot', async ({
	page
}) => {
	// Measured 16–21 s on a 2-core machine shared with other suites (about half alone): 2×+ margin.
	test.setTimeout(90_000);
	await demoWithSnapshotThenChanged(page);
	await expect(page.getByTestId('snapshot-row')).toContainText('March convening');
	await expect(page.getByTestId('snapshot-row')).toContainText(
		'15 partners · 12 actions · 4 responses'
	);
	await expect(page.getByTestId('change-count')).toHaveText('Nothing changed between these two.');

	// On this page: a partner's relationship phase, another's status decision.
	await page.getByLabel('Relationship phase of Golden Poppy Health Plan').selectOption('3');
	await page.getByLabel('Status decision for Riverbend Behavioral Health').selectOption('refine');
	await page
		.getByLabel('Reason for the decision on Riverbend Behavioral Health')
		.fill('Find the decision-maker first.');
	await page.getByLabel('Reason for the decision on Riverbend Behavioral Health').blur();
	await expectSaved(page);
	await expect(group(page, 'partners-moved')).toContainText('Golden Poppy Health Plan');

	// Elsewhere (team phase, participants, rubric, pitfalls, actions, partners): through a workshop file.
	await importWeeksLater(page);

	// Compare: the newest snapshot with now, by default.
	await expect(page.getByLabel('From', { exact: true })).toHaveValue(/^snapshot-/);
	await expect(page.getByLabel('To', { exact: true })).toHaveValue('now');
	await expect(page.getByTestId('team-phase')).toContainText('Phase 2: Assess Externally');
	await expect(page.getByTestId('team-phase')).toContainText(
		'Phase 3: Engagement and Relationship Building'
	);
	await expect(
		page.getByTestId('distribution').getByRole('row', { name: /Phase 2: Assess Externally/ })
	).toHaveText(/2\s*1$/);
	await expect(group(page, 'rubric')).toContainText('Rubric tasks that moved (1)');
	await expect(group(page, 'rubric')).toContainText(
		'MC 3. (ii) The gaps in talent have been assessed and address the current and future needs: Not in place → In progress'
	);
	await expect(group(page, 'pitfalls-resolved')).toContainText(
		'Hurrying agreements without full partner commitment: Risk → Under control'
	);
	await expect(group(page, 'pitfalls-new')).toContainText(
		'Lack of understanding about sources of expertise: Not applicable → Risk'
	);
	await expect(group(page, 'partners-added')).toContainText(
		'Alder Valley Adult School (Candidate)'
	);
	await expect(group(page, 'partners-removed')).toContainText(
		'Alder County Workforce Development Board'
	);
	await expect(
		group(page, 'partners-moved').getByRole('row', { name: /Golden Poppy Health Plan/ })
	).toContainText('Phase 2 → Phase 3');
	await expect(group(page, 'decisions')).toContainText(
		/Riverbend Behavioral Health: No decision → Refine \(\d{4}-\d\d-\d\d\) — Find the decision-maker first\./
	);
	await expect(group(page, 'actions-completed')).toContainText(
		'Send counter-proposal on ECM caseload and outcome measures'
	);
	await expect(group(page, 'actions-overdue')).toContainText('Call the adult school');
	await expect(group(page, 'actions-added')).toContainText(
		'Call the adult school · Luis Carrillo · due 2020-01-15'
	);
	await expect(page.getByTestId('change-count')).toHaveText(/^\d+ changes$/);
	await screenshots(page, 'progress');
	// Printed, the page is the one-page summary alone.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('change-summary')).toBeVisible();
	await expect(page.getByTestId('snapshot-list')).toBeHidden();
	await expect(page.getByTestId('decisions')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print this summary' })).toBeHidden();
});

test('two snapshots compare like a snapshot with now, and survive export and import in a fresh browser', async ({
	page,
	browser
}) => {
	// Measured 16–21 s on a 2-core machine shared with other suites (about half alone): 2×+ margin.
	test.setTimeout(90_000);
	await demoWithSnapshotThenChanged(page);
	await importWeeksLater(page);
	const changes = (await page.getByTestId('change-count').textContent())!;
	expect(changes).toMatch(/^\d+ changes$/);

	await page.getByLabel('Snapshot label').fill('April convening');
	await page.getByRole('button', { name: 'Save a snapshot' }).click();
	await expect(page.getByTestId('snapshot-row')).toHaveCount(2);
	// Nothing changed since April was saved, so the default compares the two latest snapshots (issue 14).
	await expect(page.getByLabel('To', { exact: true })).not.toHaveValue('now');
	await expect(page.getByTestId('change-count')).toHaveText(changes); // March → April
	await page.getByLabel('From', { exact: true }).selectOption({ index: 1 }); // March (newest first)
	await page.getByLabel('To', { exact: true }).selectOption({ index: 1 }); // April
	await expect(page.getByTestId('change-count')).toHaveText(changes);

	// Export, then import in a fresh browser: the snapshots are intact.
	const withSnapshots = await exportFile(page);
	const snapshots = JSON.parse(withSnapshots.text).workshop.snapshots;
	expect(snapshots.map((s: Row) => s.label).sort()).toEqual(['April convening', 'March convening']);
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await openHome(other);
	await importFiles(other, [jsonFile(withSnapshots.name, withSnapshots.text)]);
	await expect(other.getByTestId('import-review')).toContainText('2 snapshots');
	await other.getByRole('button', { name: 'Import', exact: true }).click();
	await other.getByRole('link', { name: 'ROOTS Partnership Design convening' }).click();
	await openProgress(other);
	await expect(other.getByTestId('snapshot-row')).toHaveCount(2);
	await expect(other.getByTestId('snapshot-row').first()).toContainText('April convening');
	await other.getByLabel('From', { exact: true }).selectOption({ index: 1 });
	await other.getByLabel('To', { exact: true }).selectOption({ index: 1 });
	await expect(other.getByTestId('change-count')).toHaveText(changes);
	const again = await exportFile(other);
	expect(JSON.parse(again.text).workshop.snapshots).toEqual(snapshots);
	await fresh.close();
});

test('snapshot labels are plain text; delete with undo; decisions clear with undo and survive a reload', async ({
	page
}) => {
	await loadDemo(page);
	await openProgress(page);
	// An empty label gets a dated default.
	await page.getByRole('button', { name: 'Save a snapshot' }).click();
	await expect(page.getByTestId('snapshot-row')).toContainText(/Snapshot \d{4}-\d\d-\d\d/);
	const hostile = '<script>alert(1)</script> مارس 🎉';
	await page.getByLabel('Snapshot label').fill(hostile);
	await page.getByRole('button', { name: 'Save a snapshot' }).click();
	await expect(page.getByTestId('snapshot-row')).toHaveCount(2);
	await expect(page.getByTestId('snapshot-row').first().getByRole('rowheader')).toHaveText(hostile);

	await page.getByRole('button', { name: `Delete the snapshot “${hostile}”` }).click();
	await expect(page.getByTestId('snapshot-row')).toHaveCount(1);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByTestId('snapshot-row')).toHaveCount(2);
	await page.getByRole('button', { name: `Delete the snapshot “${hostile}”` }).click();
	await expect(page.getByTestId('snapshot-row')).toHaveCount(1);
	await expectSaved(page);

	// Hearthstone's demo decision (sustain): clear it, undo, then change it.
	const decision = page.getByLabel('Status decision for Hearthstone Supportive Housing');
	await expect(decision).toHaveValue('sustain');
	await decision.selectOption('');
	await expect(
		page.getByLabel('Reason for the decision on Hearthstone Supportive Housing')
	).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(decision).toHaveValue('sustain');
	await expect(
		page.getByLabel('Reason for the decision on Hearthstone Supportive Housing')
	).toHaveValue(/Tenant ED visits down/);
	await decision.selectOption('expand');
	await page
		.getByLabel('Date of the decision on Hearthstone Supportive Housing')
		.fill('2026-03-05');
	await page.getByLabel('Relationship phase of Hearthstone Supportive Housing').selectOption('6');
	await page.getByLabel('Relationship phase of Hearthstone Supportive Housing').focus();
	await expectSaved(page);

	await page.reload();
	await expect(page.getByTestId('snapshot-row')).toHaveCount(1);
	await expect(decision).toHaveValue('expand');
	await expect(
		page.getByLabel('Date of the decision on Hearthstone Supportive Housing')
	).toHaveValue('2026-03-05');
	await expect(group(page, 'decisions')).toContainText('Hearthstone Supportive Housing: Sustain');
	await expect(group(page, 'decisions')).toContainText(
		'→ Expand (new populations, replicate) (2026-03-05)'
	);
	await expect(group(page, 'partners-moved')).toContainText('Phase 5 → Phase 6');
});
