/**
 * The words of a plan health-check warning (`$lib/domain/health.ts`), from the message catalogue
 * and the seed content in the language active at the call (the page's, or the workshop's inside the
 * PDF worker's `inLocale`). A warning is one rule: a sentence with how many partners (or actions) it
 * concerns, and the list of their names.
 */

import { ASPIRATION_ADVICE } from '$lib/domain/content';
import type { HealthWarning } from '$lib/domain/health';
import type { PersonRole } from '$lib/domain/types';
import { m } from '$lib/paraglide/messages.js';

/** The roles' words inside a sentence ("… nobody who allocates resources"). */
const ROLE_WORDS: Record<PersonRole, () => string> = {
	'makes-decisions': () => m.modules_health_role_makes_decisions(),
	'allocates-resources': () => m.modules_health_role_allocates_resources(),
	implements: () => m.modules_health_role_implements(),
	contributes: () => m.modules_health_role_contributes()
};

/** The rule's sentence, with how many it concerns: "3 partners have nobody who makes decisions." */
export function healthRuleText(w: HealthWarning): string {
	const count = w.names.length;
	switch (w.ruleId) {
		case 'no-criteria':
			return m.modules_health_noCriteria();
		case 'no-decision-maker':
		case 'no-resource-allocator':
		case 'no-implementer':
		case 'no-contributor':
			return m.modules_health_rule_missingRole({
				count,
				role: ROLE_WORDS[w.role ?? 'contributes']()
			});
		case 'no-value-offered':
			return m.modules_health_rule_noValueOffered({ count, advice: ASPIRATION_ADVICE });
		case 'terms-in-phase-2':
			return m.modules_health_rule_termsInPhase2({ count });
		case 'action-no-owner':
			return m.modules_health_rule_actionNoOwner({ count });
	}
}

/** The names the warning concerns, a stand-in for a missing one (an unnamed partner, an untitled action). */
export function healthWarningNames(w: HealthWarning): string[] {
	const missing =
		w.ruleId === 'action-no-owner' ? m.modules_actions_untitled() : m.modules_unnamedPartner();
	return w.names.map((name) => name || missing);
}

/** A warning as one text: its rule's sentence, then "Concerns: A, B, C" (nothing more for 'no-criteria'). */
export function healthWarningText(w: HealthWarning): string {
	const rule = healthRuleText(w);
	if (w.names.length === 0) return rule;
	return `${rule} ${m.modules_health_names({ names: healthWarningNames(w).join(', ') })}`;
}
