/**
 * The words of a plan health-check warning (`$lib/domain/health.ts`), from the message catalogue
 * and the seed content in the language active at the call (the page's, or the workshop's inside the
 * PDF worker's `inLocale`).
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

const partnerName = (name: string | undefined) => name || m.modules_unnamedPartner();

/**
 * A warning as one sentence: "Food Bank has nobody who makes decisions …". Partner names are joined
 * with ", " (the PDF puts a grouped list on lines of its own afterwards).
 */
export function healthWarningText(w: HealthWarning): string {
	const [first] = w.names;
	switch (w.ruleId) {
		case 'no-criteria':
			return m.modules_health_noCriteria();
		case 'no-decision-maker':
		case 'no-resource-allocator':
		case 'no-implementer':
		case 'no-contributor': {
			const role = ROLE_WORDS[w.role ?? 'contributes']();
			return w.names.length === 1
				? m.modules_health_missingRoleOne({ partner: partnerName(first), role })
				: m.modules_health_missingRoleMany({
						count: w.names.length,
						role,
						partners: w.names.map(partnerName).join(', ')
					});
		}
		case 'no-value-offered':
			return m.modules_health_noValueOffered({
				partner: partnerName(first),
				advice: ASPIRATION_ADVICE
			});
		case 'terms-in-phase-2':
			return m.modules_health_termsInPhase2({ partner: partnerName(first) });
		case 'action-no-owner':
			return m.modules_health_actionNoOwner({ action: first || m.modules_actions_untitled() });
	}
}
