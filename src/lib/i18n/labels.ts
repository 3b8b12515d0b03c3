/**
 * Words for the codes the plan and its spreadsheets print (decision kinds, roles, action and check
 * statuses, rubric ratings, pitfall marks): maps from each code to a message function, so every
 * message is called by a literal key (the Paraglide codemod converts them) and a new code is a
 * type error here rather than a blank cell.
 */

import type { ActionStatus, CheckStatus, PersonRole, StatusDecision } from '$lib/domain/types';
import { t } from '$lib/i18n/messages';

const DECISIONS: Record<StatusDecision['kind'], () => string> = {
	sustain: () => t('plan.decision.sustain'),
	refine: () => t('plan.decision.refine'),
	expand: () => t('plan.decision.expand'),
	terminate: () => t('plan.decision.terminate')
};

const ROLES: Record<PersonRole, () => string> = {
	contributes: () => t('plan.role.contributes'),
	'allocates-resources': () => t('plan.role.allocates-resources'),
	implements: () => t('plan.role.implements'),
	'makes-decisions': () => t('plan.role.makes-decisions')
};

const ACTION_STATUSES: Record<ActionStatus, () => string> = {
	todo: () => t('plan.actionStatus.todo'),
	doing: () => t('plan.actionStatus.doing'),
	done: () => t('plan.actionStatus.done')
};

const CHECK_STATUSES: Record<CheckStatus, () => string> = {
	'not-started': () => t('plan.check.not-started'),
	'in-progress': () => t('plan.check.in-progress'),
	done: () => t('plan.check.done')
};

const RATINGS: Record<string, () => string> = {
	'in-place': () => t('plan.rating.in-place'),
	'in-progress': () => t('plan.rating.in-progress'),
	'not-in-place': () => t('plan.rating.not-in-place')
};

const MARKS: Record<string, () => string> = {
	risk: () => t('plan.mark.risk'),
	'under-control': () => t('plan.mark.under-control'),
	accelerator: () => t('plan.mark.accelerator'),
	'n/a': () => t('plan.mark.n/a')
};

export const decisionName = (kind: StatusDecision['kind']) => DECISIONS[kind]();
export const roleLabel = (role: PersonRole) => ROLES[role]();
export const actionStatusLabel = (status: ActionStatus) => ACTION_STATUSES[status]();
export const checkStatusLabel = (status: CheckStatus) => CHECK_STATUSES[status]();
/** A rubric rating's words; anything else (including '') is "Not rated". */
export const ratingLabel = (value: string) => (Object.hasOwn(RATINGS, value) ? RATINGS[value]() : t('plan.rating.none'));
/** A pitfall mark's words; anything else (including '') is "Not assessed". */
export const markLabel = (mark: string) => (Object.hasOwn(MARKS, mark) ? MARKS[mark]() : t('plan.mark.none'));
