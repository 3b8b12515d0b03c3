import { expect, test, type Page } from '@playwright/test';
import { expectSaved, loadDemo, openHome } from './helpers';

const LONG = 'Partnership is a long game. '.repeat(400).slice(0, 10_000);
const ARABIC = 'نحن في مرحلة بناء العلاقات مع الشركاء 🤝';
const HEBREW = 'יש לנו תרשים ארגוני מעודכן ✅';
const CANDIDATE_1 = 'Clínica Sierra Vista';
const CANDIDATE_2 = 'مؤسسة الأمل';

async function createWorkshop(page: Page) {
	await openHome(page);
	await page.getByLabel('Partnership Design convening').check();
	await page.getByLabel('Title').fill('Modules walk-through');
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await expect(page.getByTestId('workshop-title')).toHaveText('Modules walk-through');
}

async function openStep(page: Page, title: string) {
	await page.getByTestId('step-agenda').getByRole('link', { name: title }).click();
	await expect(page.getByTestId('module-title')).toHaveText(title);
}

async function next(page: Page, title: string) {
	await page.getByRole('link', { name: `Next: ${title} →` }).click();
	await expect(page.getByTestId('module-title')).toHaveText(title);
}

const warning = (page: Page, rule: string) =>
	page.getByTestId('health-warning').and(page.locator(`[data-rule="${rule}"]`));

test('every module of the Partnership Design convening saves its answers and keeps them after a reload', async ({
	page
}) => {
	// Measured 14–18 s alone, 29 s on a heavily shared machine: 2×+ margin.
	test.setTimeout(90_000);
	await createWorkshop(page);
	await page.getByRole('link', { name: 'Work through the modules' }).click();

	// 1. Momentum and conditions: a rating and a 10,000-character note.
	await expect(page.getByTestId('module-title')).toHaveText(
		'Momentum and conditions for effectiveness'
	);
	await page
		.getByRole('group', { name: 'Rating for “From More is Better to Better is Better” (1–5)' })
		.getByRole('radio', { name: '4' })
		.check();
	await page.locator('#team-momentum-1-note').fill(LONG);
	await page
		.getByRole('group', { name: 'Rating for “Leadership” (1–5)' })
		.getByRole('radio', { name: '2' })
		.check();

	// 2. Phase: the team in phase 3, with confidence and a right-to-left reason; guidance for phases 2–3.
	await next(page, 'What phase of partnership development are you in?');
	await page.getByRole('radio', { name: /Phase 3/ }).check();
	await page
		.getByRole('group', { name: /How sure are you/ })
		.getByRole('radio', { name: '4' })
		.check();
	await page.getByLabel('Why this phase?').fill(ARABIC);
	await expect(
		page.getByRole('heading', { name: 'Opportunities in Phases 2 and 3' })
	).toBeVisible();
	await expect(page.getByTestId('phase-prompts')).toContainText('Listen: what will you do next?');

	// 3. Rubric: a rating with a Hebrew note, and an item of the team's own, rated.
	await next(page, 'Assess internally: capacity rubric');
	await page
		.getByRole('group', { name: 'Rating of MC 1. (i)' })
		.getByRole('radio', { name: 'In place', exact: true })
		.check();
	await page.locator('#rubric-rubric-mc1-i-note').fill(HEBREW);
	await page.getByLabel('New item for MC').fill('Partnership lead named 🎯');
	await page.getByLabel('New item for MC').press('Enter');
	await page
		.getByRole('group', { name: 'Rating of Partnership lead named 🎯' })
		.getByRole('radio', { name: 'In progress', exact: true })
		.check();
	await expect(page.getByTestId('rubric-summary')).toContainText(
		'MC — Management Capacity: 1 in place · 1 in progress · 0 not in place · 10 not rated'
	);

	// 4. Pitfalls: a mark, a mitigation, an owner, a due date.
	await next(page, 'Common pitfalls (or accelerators?)');
	await page
		.getByRole('group', { name: 'Assessment of pitfall 4' })
		.getByRole('radio', { name: 'Risk' })
		.check();
	await page
		.locator('#pitfall-4-mitigation')
		.fill('Agree weighted criteria before approaching anyone <script>alert(1)</script>');
	await page.locator('#pitfall-4-owner').fill('Kevin Tran');
	await page.locator('#pitfall-4-due').fill('2030-06-30');

	// 5. Aspiration.
	await next(page, 'Revisit your aspiration');
	await page
		.getByLabel('What is compelling about your aspiration')
		.fill('We are the medical home for 1 in 3 residents 🏥');

	// 6. Partnership map questions: no partners yet, so add a candidate here, then answer for it.
	await next(page, 'Building your Partnership Map');
	await page
		.getByLabel('Who are your most appropriate partners and why?')
		.fill('Partners who serve the same people.');
	await expect(page.getByTestId('no-partners')).toBeVisible();
	await page.getByLabel('Add a candidate partner (name)').fill(CANDIDATE_1);
	await page.getByRole('button', { name: 'Add candidate' }).click();
	const perPartner = page.getByRole('region', { name: 'Per partner' });
	await expect(perPartner.getByLabel('Partner', { exact: true })).toContainText(CANDIDATE_1);
	await perPartner
		.getByLabel(/What resources or support can you offer/)
		.fill('Our dental van two days a month.');

	// 7. Stakeholder map step: the partners at a glance; add a second candidate.
	await next(page, 'Stakeholder map');
	await page.getByLabel('Add a candidate partner (name)').fill(CANDIDATE_2);
	await page.getByRole('button', { name: 'Add candidate' }).click();
	await expect(page.getByTestId('partners').getByRole('row')).toHaveCount(3);

	// 8. Criteria: the health check warns until criteria exist; suggestions, a weight, scores, a ranking.
	await next(page, 'Partner selection criteria');
	await expect(warning(page, 'no-criteria')).toBeVisible();
	await page.getByRole('button', { name: 'Start from suggestions' }).click();
	await expect(page.getByTestId('criteria').getByRole('row')).toHaveCount(7);
	await expect(warning(page, 'no-criteria')).toHaveCount(0);
	await page.getByLabel('Weight (0–10) 1').selectOption('5');
	await page.getByLabel(`Score of ${CANDIDATE_1} on Shared goal`).selectOption('2');
	await page.getByLabel(`Score of ${CANDIDATE_2} on Shared goal`).selectOption('4');
	await expect(page.getByTestId('ranking').getByRole('row').nth(1)).toContainText(CANDIDATE_2);
	await expect(page.getByTestId('ranking').getByRole('row').nth(1)).toContainText(
		'20 of 100 (20%)'
	);

	// 9. Action plan: an action without an owner is a warning until it has one; overdue is said in words.
	await next(page, 'Action plan');
	await page.getByLabel('New action').fill('Call the food bank 📞');
	await page.getByRole('button', { name: 'Add action' }).click();
	await expect(warning(page, 'action-no-owner')).toContainText('Call the food bank 📞');
	await page.getByLabel('Owner (action 1)').fill('Rosa Delgado');
	await expect(warning(page, 'action-no-owner')).toHaveCount(0);
	await page.getByLabel('Partner (action 1)').selectOption({ label: CANDIDATE_1 });
	await page.getByLabel('Due date (action 1)').fill('2020-01-15');
	await expect(page.getByTestId('overdue')).toHaveText('Overdue');
	await page.getByLabel('Status (action 1)').selectOption('doing');

	// 10. Final words and a reflection.
	await next(page, 'Final words');
	await expect(
		page.getByText('Upfront work is critical and often jumping in creates the clarity needed')
	).toBeVisible();
	await page.getByLabel('Your final thoughts').fill(`${HEBREW} — ${ARABIC}`);

	await expectSaved(page);
	await page.reload();
	await expect(page.getByTestId('module-title')).toHaveText('Final words');
	await expect(page.getByLabel('Your final thoughts')).toHaveValue(`${HEBREW} — ${ARABIC}`);

	await openStep(page, 'Momentum and conditions for effectiveness');
	await expect(page.locator('#team-momentum-1-note')).toHaveValue(LONG);
	await expect(
		page
			.getByRole('group', { name: 'Rating for “From More is Better to Better is Better” (1–5)' })
			.getByRole('radio', { name: '4' })
	).toBeChecked();
	await expect(
		page
			.getByRole('group', { name: 'Rating for “Leadership” (1–5)' })
			.getByRole('radio', { name: '2' })
	).toBeChecked();

	await openStep(page, 'What phase of partnership development are you in?');
	await expect(page.getByRole('radio', { name: /Phase 3/ })).toBeChecked();
	await expect(
		page.getByRole('group', { name: /How sure are you/ }).getByRole('radio', { name: '4' })
	).toBeChecked();
	await expect(page.getByLabel('Why this phase?')).toHaveValue(ARABIC);

	await openStep(page, 'Assess internally: capacity rubric');
	await expect(
		page
			.getByRole('group', { name: 'Rating of MC 1. (i)' })
			.getByRole('radio', { name: 'In place', exact: true })
	).toBeChecked();
	await expect(page.locator('#rubric-rubric-mc1-i-note')).toHaveValue(HEBREW);
	await expect(
		page
			.getByRole('group', { name: 'Rating of Partnership lead named 🎯' })
			.getByRole('radio', { name: 'In progress', exact: true })
	).toBeChecked();

	await openStep(page, 'Common pitfalls (or accelerators?)');
	await expect(
		page
			.getByRole('group', { name: 'Assessment of pitfall 4' })
			.getByRole('radio', { name: 'Risk' })
	).toBeChecked();
	await expect(page.locator('#pitfall-4-mitigation')).toHaveValue(
		'Agree weighted criteria before approaching anyone <script>alert(1)</script>'
	);
	await expect(page.locator('#pitfall-4-owner')).toHaveValue('Kevin Tran');
	await expect(page.locator('#pitfall-4-due')).toHaveValue('2030-06-30');

	await openStep(page, 'Revisit your aspiration');
	await expect(page.getByLabel('What is compelling about your aspiration')).toHaveValue(
		'We are the medical home for 1 in 3 residents 🏥'
	);

	await openStep(page, 'Building your Partnership Map');
	await expect(page.getByLabel('Who are your most appropriate partners and why?')).toHaveValue(
		'Partners who serve the same people.'
	);
	await perPartner
		.getByLabel('Partner', { exact: true })
		.selectOption({ label: `${CANDIDATE_2} · Candidate` });
	await expect(perPartner.getByLabel(/What resources or support can you offer/)).toHaveValue('');
	await perPartner
		.getByLabel('Partner', { exact: true })
		.selectOption({ label: `${CANDIDATE_1} · Candidate` });
	await expect(perPartner.getByLabel(/What resources or support can you offer/)).toHaveValue(
		'Our dental van two days a month.'
	);

	await openStep(page, 'Stakeholder map');
	await expect(page.getByTestId('partners')).toContainText(CANDIDATE_1);
	await expect(page.getByTestId('partners')).toContainText(CANDIDATE_2);

	await openStep(page, 'Partner selection criteria');
	await expect(page.getByLabel('Weight (0–10) 1')).toHaveValue('5');
	await expect(page.getByLabel(`Score of ${CANDIDATE_2} on Shared goal`)).toHaveValue('4');
	await expect(page.getByTestId('ranking').getByRole('row').nth(1)).toContainText(CANDIDATE_2);

	await openStep(page, 'Action plan');
	await expect(page.getByLabel('Action (action 1)')).toHaveValue('Call the food bank 📞');
	await expect(page.getByLabel('Owner (action 1)')).toHaveValue('Rosa Delgado');
	await expect(page.getByLabel('Partner (action 1)').locator('option:checked')).toHaveText(
		CANDIDATE_1
	);
	await expect(page.getByLabel('Due date (action 1)')).toHaveValue('2020-01-15');
	await expect(page.getByLabel('Status (action 1)')).toHaveValue('doing');
	await expect(page.getByTestId('overdue')).toHaveText('Overdue');
});

test('the plan health check shows on the overview, links to the fix, and clears', async ({
	page
}) => {
	await createWorkshop(page);
	const panel = page.getByTestId('health-check');
	await expect(warning(page, 'no-criteria')).toContainText(
		'No partner selection criteria are defined yet.'
	);
	await expect(warning(page, 'no-criteria')).toContainText(
		'Pitfall: No clear partnership criteria'
	);
	await warning(page, 'no-criteria').getByRole('link', { name: 'Fix this' }).click();
	await expect(page.getByTestId('module-title')).toHaveText('Partner selection criteria');
	await page.getByRole('button', { name: 'Start from suggestions' }).click();
	await expect(page.getByTestId('criteria').getByRole('row')).toHaveCount(7);
	await page.getByRole('link', { name: 'Overview' }).click();
	await expect(panel).toContainText('No warnings');
	await expect(page.getByTestId('health-warning')).toHaveCount(0);
});

test('the demo workshop: health warnings, overdue actions sorted by due date', async ({ page }) => {
	await loadDemo(page);
	// Six rules fire on the demo; each missing role is one line, however many partners it names.
	await expect(page.getByTestId('health-warning')).toHaveCount(6);
	await expect(warning(page, 'no-decision-maker')).toContainText('Riverbend Behavioral Health');
	await page.getByTestId('agenda').getByRole('link', { name: 'Action plan' }).click();
	await expect(page.getByTestId('module-title')).toHaveText('Action plan');
	await expect(page.getByTestId('action-count')).toContainText('12 actions · 2 overdue');
	await page.getByLabel('Sort by').selectOption('dueDate');
	// The earliest is done (so not overdue); the next two are open and past due.
	const rows = page.getByTestId('action-row');
	await expect(rows.nth(0).getByRole('textbox').first()).toHaveValue(
		'Share the quarterly tenant-health dashboard'
	);
	await expect(rows.nth(0).getByTestId('overdue')).toHaveCount(0);
	await expect(rows.nth(1).getByTestId('overdue')).toHaveText('Overdue');
	await expect(rows.nth(2).getByTestId('overdue')).toHaveText('Overdue');
});

test('the step page without a step shows the first one; an unknown step says so', async ({
	page
}) => {
	await createWorkshop(page);
	const id = new URL(page.url()).searchParams.get('id');
	await page.goto(`/workshop/step/?id=${id}`);
	await expect(page.getByTestId('module-title')).toHaveText(
		'Momentum and conditions for effectiveness'
	);
	await page.goto(`/workshop/step/?id=${id}&step=nope`);
	await expect(page.getByTestId('step-not-found')).toBeVisible();
});

test('the Strengthening partnerships modules: core activities per partner and getting-started steps with owners', async ({
	page
}) => {
	await openHome(page);
	await page.getByLabel('Strengthening partnerships').check();
	await page.getByRole('button', { name: 'Create workshop' }).click();
	await page.getByRole('link', { name: 'Work through the modules' }).click();
	await expect(page.getByTestId('module-title')).toHaveText(
		'Why partnerships, and what makes them effective'
	);
	await expect(page.getByText('Humility and ability to listen to others.')).toBeVisible();

	await openStep(page, 'Core activities of effective partnerships');
	await expect(page.getByTestId('no-partners')).toBeVisible();
	await page.getByLabel('Add a candidate partner (name)').fill('Food Bank of the Valley');
	await page.getByRole('button', { name: 'Add candidate' }).click();
	const first = page.getByTestId('check-item').first();
	await first.getByRole('radio', { name: 'Done' }).check();
	await first.getByLabel('Owner').fill('Luis Carrillo');

	await next(page, 'How to get started');
	const step = page.getByTestId('check-item').first();
	await step.getByRole('radio', { name: 'In progress' }).check();
	await step.getByLabel('Owner').fill('Dr. Elena Castillo');

	await expectSaved(page);
	await page.reload();
	await expect(
		page.getByTestId('check-item').first().getByRole('radio', { name: 'In progress' })
	).toBeChecked();
	await expect(page.getByTestId('check-item').first().getByLabel('Owner')).toHaveValue(
		'Dr. Elena Castillo'
	);
	await openStep(page, 'Core activities of effective partnerships');
	await expect(
		page.getByTestId('check-item').first().getByRole('radio', { name: 'Done' })
	).toBeChecked();
	await expect(page.getByTestId('check-item').first().getByLabel('Owner')).toHaveValue(
		'Luis Carrillo'
	);
	await openStep(page, 'Overall tips and guidance');
	await expect(
		page.getByRole('heading', { name: 'Overall tips and guidance', level: 3 })
	).toBeVisible();
});
