import { describe, expect, it } from 'vitest';
import type { HealthRuleId, HealthWarning } from '$lib/domain/health';
import { healthRuleText, healthWarningNames, healthWarningText } from './health';
import { inLocale } from './locale';

const RULES: Record<HealthRuleId, Pick<HealthWarning, 'names' | 'role'>> = {
	'no-criteria': { names: [] },
	'no-decision-maker': { names: ['Food Bank'], role: 'makes-decisions' },
	'no-resource-allocator': { names: ['Food Bank', ''], role: 'allocates-resources' },
	'no-implementer': { names: ['Food Bank'], role: 'implements' },
	'no-contributor': { names: ['Food Bank', 'Clinic'], role: 'contributes' },
	'no-value-offered': { names: ['Food Bank'] },
	'terms-in-phase-2': { names: [''] },
	'action-no-owner': { names: [''] }
};

const warning = (ruleId: HealthRuleId): HealthWarning => ({
	ruleId,
	pitfallId: 'p',
	target: 'overview',
	subjectId: '',
	...RULES[ruleId]
});

describe('healthWarningText', () => {
	it('words every rule in English and Spanish, differently', async () => {
		for (const ruleId of Object.keys(RULES) as HealthRuleId[]) {
			const en = await inLocale('en', () => healthWarningText(warning(ruleId)));
			const es = await inLocale('es', () => healthWarningText(warning(ruleId)));
			expect(en.trim(), ruleId).not.toBe('');
			expect(es.trim(), ruleId).not.toBe('');
			expect(es, ruleId).not.toBe(en);
		}
	});

	it('counts what a rule concerns, names it, and stands in for a missing name', async () => {
		const en = (id: HealthRuleId) => inLocale('en', () => healthWarningText(warning(id)));
		expect(await en('no-contributor')).toBe(
			'2 partners have nobody who contributes. Concerns: Food Bank, Clinic'
		);
		expect(await en('no-decision-maker')).toBe(
			'1 partner has nobody who makes decisions. Concerns: Food Bank'
		);
		expect(await en('terms-in-phase-2')).not.toMatch(/^\s/);
		expect(await en('action-no-owner')).toBe(
			'1 open action has no owner. Concerns: Untitled action'
		);
		expect(await inLocale('en', () => healthRuleText(warning('no-resource-allocator')))).toBe(
			'2 partners have nobody who allocates resources.'
		);
		expect(
			await inLocale('es', () => healthWarningNames(warning('no-resource-allocator')))
		).toEqual([
			'Food Bank',
			await inLocale('es', () => healthWarningNames(warning('terms-in-phase-2'))[0])
		]);
	});
});
