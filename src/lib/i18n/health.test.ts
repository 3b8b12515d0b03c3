import { describe, expect, it } from 'vitest';
import type { HealthRuleId, HealthWarning } from '$lib/domain/health';
import { healthWarningText } from './health';
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

	it('names partners and actions, and stands in for a missing name', async () => {
		const en = (id: HealthRuleId) => inLocale('en', () => healthWarningText(warning(id)));
		expect(await en('no-contributor')).toContain('Food Bank, Clinic');
		expect(await en('no-decision-maker')).toContain('Food Bank');
		expect(await en('terms-in-phase-2')).not.toMatch(/^\s/);
		expect(await en('action-no-owner')).not.toContain('""');
	});
});
