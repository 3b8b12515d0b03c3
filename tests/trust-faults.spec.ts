/** Issue 29's faults that cost a team's trust, each with the journey that showed it. */
import { expect, test } from '@playwright/test';
import { importGrownDemo, loadDemo } from './helpers';

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

	// A module page: the same boxes, three names each and how many more, and the way to the rest.
	await page.getByRole('link', { name: 'Work through the modules' }).click();
	await expect(page.getByTestId('module-title')).toBeVisible();
	await expect(boxes).toHaveCount(rules.length);
	await expect(value.getByTestId('health-names').getByRole('listitem')).toHaveCount(4);
	await expect(value).toContainText(/and \d+ more/);
	await expect(value).not.toContainText('Pitfall:');
	await page.getByRole('link', { name: 'Every partner of each warning, on the Overview' }).click();
	await expect(value.getByRole('link', { name: /^Bulk partner/ })).toHaveCount(10);
});
