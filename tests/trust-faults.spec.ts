/** Issue 29's faults that cost a team's trust, each with the journey that showed it. */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { downloadText, expectSaved, importGrownDemo, loadDemo, openHome } from './helpers';

test('the health check is one box per rule: every partner on the Overview, the first few on a module page', async ({
	page
}) => {
	await loadDemo(page);
	// Ten more partners, each with no people, no value offered and terms while in phase 2.
	const demoPartners = Number(await page.getByTestId('count-partners').textContent());
	await importGrownDemo(page, demoPartners + 10, () => ({
		partner: { valueWeOffer: '', phase: 2, relationshipTerms: 'Draft MOU sent' }
	}));
	const boxes = page.getByTestId('health-warning');
	const rules = [
		'no-decision-maker',
		'no-resource-allocator',
		'no-implementer',
		'no-contributor',
		'no-value-offered',
		'terms-in-phase-2'
	];
	await expect(boxes).toHaveCount(rules.length);
	for (const [i, rule] of rules.entries())
		await expect(boxes.nth(i)).toHaveAttribute('data-rule', rule);
	const value = boxes.and(page.locator('[data-rule="no-value-offered"]'));
	await expect(value.getByRole('link', { name: /^Bulk partner/ })).toHaveCount(10);
	await expect(value).toContainText('Pitfall:');
	await page.getByTestId('health-warning').first().scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'reports/screens/health-overview-1440.png' });

	// A module page: the same boxes, three names each and how many more, and the way to the rest.
	await page.getByRole('link', { name: 'Work through the modules' }).click();
	await expect(page.getByTestId('module-title')).toBeVisible();
	await expect(boxes).toHaveCount(rules.length);
	await expect(value.getByTestId('health-names').getByRole('listitem')).toHaveCount(4);
	await expect(value).toContainText(/and \d+ more/);
	await expect(value).not.toContainText('Pitfall:');
	await value.scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'reports/screens/health-module-1440.png' });
	await page.getByRole('link', { name: 'Every partner of each warning, on the Overview' }).click();
	await expect(value.getByRole('link', { name: /^Bulk partner/ })).toHaveCount(10);
});

const pdfText = (file: string) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
		/\s+/g,
		' '
	);

test('the home organisation has the sector chosen at creation, no phase, and is never a candidate or a status decision', async ({
	page
}, testInfo) => {
	test.setTimeout(90_000);
	await openHome(page);
	await page.getByLabel('Organisation or team').fill('Valley Clinic Network');
	await page.getByLabel('Your organisation’s sector').selectOption({ label: 'Clinic / FQHC' });
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toBeVisible();
	const nav = page.getByRole('navigation', { name: /^Sections of/ });

	// The map: its sector as chosen, and no phase to set.
	await nav.getByRole('link', { name: 'Stakeholder map' }).click();
	await page.locator('[data-testid="map-node"].home').click();
	const panel = page.getByTestId('partner-panel');
	await expect(panel.getByLabel('Sector', { exact: true }).locator('option:checked')).toHaveText(
		'Clinic / FQHC'
	);
	await expect(panel.getByLabel('Relationship phase')).toHaveCount(0);
	// One partner beside it, so that the lists below are not empty.
	const form = page.getByTestId('add-partner');
	await form.getByLabel('Name').fill('Harbor Housing Collaborative');
	await form.getByRole('button', { name: 'Add partner' }).click();
	await expectSaved(page);

	// Progress: status decisions are about partners, not the team itself.
	await nav.getByRole('link', { name: 'Progress', exact: true }).click();
	const decisions = page.getByTestId('decisions');
	await expect(decisions).toContainText('Harbor Housing Collaborative');
	await expect(decisions).not.toContainText('Valley Clinic Network');

	// The CSV and the PDF: the home organisation is itself, never a candidate.
	await nav.getByRole('link', { name: 'Plan & exports' }).click();
	const csv = await downloadText(page, () =>
		page.getByRole('button', { name: 'Partners (.csv)' }).click()
	);
	const home = csv.text.split('\r\n').find((row) => row.includes('Valley Clinic Network'))!;
	expect(home).toContain('Clinic / FQHC');
	expect(home).toContain('Our organisation');
	expect(home).not.toContain('Candidate');
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 25_000 }),
		page.getByRole('button', { name: 'Export PDF' }).click()
	]);
	const file = testInfo.outputPath('home.pdf');
	await download.saveAs(file);
	const text = pdfText(file);
	expect(text).toContain('Valley Clinic Network');
	expect(text).toMatch(
		/Valley Clinic Network Sector Clinic \/ FQHC Relationship phase Our organisation/
	);
	// Of the two profiles, Harbor's is the one candidate's.
	expect(text.match(/Relationship phase Candidate \(not yet partnering\)/g)).toHaveLength(1);
});

test('adding a partner whose name matches an existing one (case, accents, spacing ignored) offers the existing one', async ({
	page
}) => {
	await loadDemo(page);
	const partners = page.getByTestId('count-partners');
	const before = Number(await partners.textContent());
	const nav = page.getByRole('navigation', { name: /^Sections of/ });

	// The criteria page's "Add candidate": the existing partner is offered, nothing is added.
	await page
		.getByTestId('agenda')
		.getByRole('link', { name: 'Partner selection criteria' })
		.click();
	await page.getByLabel('Add a candidate partner (name)').fill('  clinica SIERRA   vista ');
	await page.getByRole('button', { name: 'Add candidate' }).click();
	const offer = page.getByTestId('existing-partner');
	await expect(offer).toContainText('“Clínica Sierra Vista” is already a partner.');
	await offer.getByRole('button', { name: 'Use the existing one' }).click();
	await expect(offer).toHaveCount(0);
	await expect(page.getByLabel('Add a candidate partner (name)')).toHaveValue('');

	// The map's form: the existing partner opens instead; "Add a second one anyway" still adds.
	await nav.getByRole('link', { name: 'Stakeholder map' }).click();
	const form = page.getByTestId('add-partner');
	await form.getByLabel('Name').fill('food bank of the VALLEY');
	await form.getByRole('button', { name: 'Add partner' }).click();
	await offer.getByRole('button', { name: 'Use the existing one' }).click();
	await expect(page.getByTestId('partner-panel').getByRole('heading', { level: 2 })).toHaveText(
		'Food Bank of the Valley'
	);
	await form.getByLabel('Name').fill('Hearthstone Supportive Housing');
	await form.getByRole('button', { name: 'Add partner' }).click();
	await offer.getByRole('button', { name: 'Add a second one anyway' }).click();
	await expectSaved(page);
	await nav.getByRole('link', { name: 'Overview' }).click();
	await expect(partners).toHaveText(String(before + 1));
});

test('removing a person or a connection can be undone, and the undo survives a reload', async ({
	page
}) => {
	await loadDemo(page);
	await page
		.getByRole('navigation', { name: /^Sections of/ })
		.getByRole('link', { name: 'Stakeholder map' })
		.click();
	await page
		.locator('[data-testid="map-node"][aria-label^="Valle Regional Medical Center"]')
		.click();
	const panel = page.getByTestId('partner-panel');
	const people = panel.getByTestId('person');
	const connections = panel.getByTestId('connection');
	const peopleBefore = await people.count();
	const connectionsBefore = await connections.count();
	expect(peopleBefore).toBeGreaterThan(0);
	expect(connectionsBefore).toBeGreaterThan(0);
	const undo = page.getByRole('button', { name: 'Undo' });

	const person = await people.first().getByLabel('Name').inputValue();
	await people
		.first()
		.getByRole('button', { name: `Remove ${person}` })
		.click();
	await expect(people).toHaveCount(peopleBefore - 1);
	await undo.click();
	await expect(people).toHaveCount(peopleBefore);
	expect(
		await people
			.getByLabel('Name')
			.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
	).toContain(person);

	await connections
		.first()
		.getByRole('button', { name: /^Remove connection with / })
		.click();
	await expect(connections).toHaveCount(connectionsBefore - 1);
	await undo.click();
	await expect(connections).toHaveCount(connectionsBefore);

	await expectSaved(page);
	await page.reload();
	await page
		.locator('[data-testid="map-node"][aria-label^="Valle Regional Medical Center"]')
		.click();
	await expect(people).toHaveCount(peopleBefore);
	await expect(people.getByLabel('Name').first()).toBeVisible();
	expect(
		await people
			.getByLabel('Name')
			.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
	).toContain(person);
	await expect(connections).toHaveCount(connectionsBefore);
});

test('the agenda: steps closed to title and time, a clamped duration said where it happens, and a drag that scrolls to an off-screen target', async ({
	page
}) => {
	await openHome(page);
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toBeVisible();
	await page.getByRole('link', { name: 'Agenda', exact: true }).first().click();
	const steps = page.getByTestId('agenda-step');
	await expect(steps).toHaveCount(10);
	// Closed: each step is its title and time, with no fields.
	await expect(steps.first().getByTestId('step-duration')).toHaveText('10 min');
	await expect(page.getByLabel('Facilitator notes')).toHaveCount(0);
	expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2000);

	// Opened: 90 minutes is saved as 60, and the step says so.
	const first = steps.first();
	await first.getByRole('button', { name: /^Edit: Momentum/ }).click();
	await first.getByLabel('Minutes (1–60)').fill('90');
	await first.getByLabel('Minutes (1–60)').press('Tab');
	await expect(first.getByLabel('Minutes (1–60)')).toHaveValue('60');
	await expect(first.getByTestId('minutes-clamped')).toHaveText(
		'A step lasts 1 to 60 minutes: 90 was set to 60. Split a longer activity into two steps.'
	);
	await expect(first.getByTestId('step-duration')).toHaveText('60 min');
	await first.getByRole('button', { name: /^Close: Momentum/ }).click();

	// Drag the first step towards the bottom edge of a short window: the page scrolls to the last step.
	await page.setViewportSize({ width: 1440, height: 500 });
	await page.evaluate(() => window.scrollTo(0, 0));
	const last = steps.last();
	await expect(last).not.toBeInViewport();
	const handle = first.getByRole('img', { name: /Drag to reorder Momentum/ });
	const box = (await handle.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(700, 300, { steps: 4 });
	// 60 px above the edge: inside the page's own scrolling zone, outside the browser's (its last few pixels).
	await page.mouse.move(700, 440, { steps: 4 });
	// The pointer rests there (a browser repeats dragover meanwhile; here, small moves do).
	// It rests until the page has scrolled to its end, so the target no longer moves under it.
	const atEnd = () =>
		page.evaluate(
			() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1
		);
	for (let i = 0; !(await atEnd()); i++) {
		expect(i, 'the page scrolls to its end while the pointer rests near the edge').toBeLessThan(
			500
		);
		await page.mouse.move(700, 440 + (i % 2));
	}
	await expect(last).toBeInViewport();
	const target = (await last.boundingBox())!;
	await page.mouse.move(700, target.y + target.height / 2, { steps: 4 });
	await page.mouse.up();
	await expect(steps.last().locator('.head')).toContainText(
		'Momentum and conditions for effectiveness'
	);
});

test('two roles of one person ticked 60 ms apart are both kept after a reload', async ({
	page
}) => {
	await loadDemo(page);
	await page
		.getByRole('navigation', { name: /^Sections of/ })
		.getByRole('link', { name: 'Stakeholder map' })
		.click();
	const node = page.locator('[data-testid="map-node"][aria-label^="Riverbend Behavioral Health"]');
	await node.click();
	const person = page.getByTestId('partner-panel').getByTestId('person').first();
	const unticked = person.getByRole('checkbox', { checked: false });
	const labels = await unticked.evaluateAll((boxes) =>
		boxes.map((b) => (b.parentElement as HTMLElement).textContent!.trim())
	);
	expect(labels.length).toBeGreaterThanOrEqual(2);
	const [a, b] = labels;
	// Two ticks 60 ms apart, as a quick hand makes them: the second before the first has come back.
	const first = await person.getByRole('checkbox', { name: a }).elementHandle();
	const second = await person.getByRole('checkbox', { name: b }).elementHandle();
	await page.evaluate(
		([x, y]) =>
			new Promise<void>((done) => {
				(x as HTMLInputElement).click();
				setTimeout(() => {
					(y as HTMLInputElement).click();
					done();
				}, 60);
			}),
		[first, second]
	);
	await expectSaved(page);
	await page.reload();
	await node.click();
	await expect(person.getByRole('checkbox', { name: a })).toBeChecked();
	await expect(person.getByRole('checkbox', { name: b })).toBeChecked();
});
