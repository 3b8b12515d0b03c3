/**
 * Anonymity that holds (issue 13, point 8): a workshop switched to anonymous after names were handed
 * in shows none of them on screen, in its file or in its PDF, and the PDF does not label answers per
 * participant.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { downloadText, expectSaved, loadDemo } from './helpers';

const pdfText = (file: string) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
		/\s+/g,
		' '
	);

test('switching to anonymous hides the names already handed in: screens, file, PDF', async ({
	page
}) => {
	test.setTimeout(90_000);
	await loadDemo(page);
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto(`/workshop/session/?id=${id}`);
	await page.getByRole('switch', { name: /Anonymous responses/ }).check();
	await expectSaved(page);

	// The file: every response's name is blank.
	await page.goto(`/workshop/?id=${id}`);
	const exported = await downloadText(page, () =>
		page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
	);
	const file = JSON.parse(exported.text) as { workshop: { responses: { name: string }[] } };
	expect(file.workshop.responses.length).toBeGreaterThan(0);
	expect(file.workshop.responses.map((r) => r.name)).toEqual(file.workshop.responses.map(() => ''));

	// The PDF: no participant's name before an answer, no "Participant n" label tying answers together.
	await page.getByRole('link', { name: 'Plan & exports' }).click();
	await expect(page.getByTestId('plan-pages')).toHaveAttribute('data-pages', /^\d+$/, {
		timeout: 20_000
	});
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 25_000 }),
		page.getByRole('button', { name: 'Export PDF' }).click()
	]);
	mkdirSync('reports/plan', { recursive: true });
	await download.saveAs('reports/plan/anonymous-plan.pdf');
	const text = pdfText('reports/plan/anonymous-plan.pdf');
	expect(text).toContain('Patients with complex needs get their social needs met');
	expect(text).not.toContain('Rosa Delgado: Patients');
	expect(text).not.toMatch(/Participant \d+:/);
});
