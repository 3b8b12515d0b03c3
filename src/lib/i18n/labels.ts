/**
 * Words for the codes the plan and its spreadsheets print (decision kinds, roles, action and check
 * statuses, rubric ratings, pitfall marks): maps from each code to a message function, so every
 * message is called by a literal key (the Paraglide codemod converts them) and a new code is a
 * type error here rather than a blank cell.
 */

import type { ActionStatus, CheckStatus, PersonRole, StatusDecision } from '$lib/domain/types';
import { m } from '$lib/paraglide/messages.js';

const DECISIONS: Record<StatusDecision['kind'], () => string> = {
	sustain: () => m.plan_decision_sustain(),
	refine: () => m.plan_decision_refine(),
	expand: () => m.plan_decision_expand(),
	terminate: () => m.plan_decision_terminate()
};

const ROLES: Record<PersonRole, () => string> = {
	contributes: () => m.plan_role_contributes(),
	'allocates-resources': () => m.plan_role_allocates_resources(),
	implements: () => m.plan_role_implements(),
	'makes-decisions': () => m.plan_role_makes_decisions()
};

const ACTION_STATUSES: Record<ActionStatus, () => string> = {
	todo: () => m.plan_actionStatus_todo(),
	doing: () => m.plan_actionStatus_doing(),
	done: () => m.plan_actionStatus_done()
};

const CHECK_STATUSES: Record<CheckStatus, () => string> = {
	'not-started': () => m.plan_check_not_started(),
	'in-progress': () => m.plan_check_in_progress(),
	done: () => m.plan_check_done()
};

const RATINGS: Record<string, () => string> = {
	'in-place': () => m.plan_rating_in_place(),
	'in-progress': () => m.plan_rating_in_progress(),
	'not-in-place': () => m.plan_rating_not_in_place()
};

const MARKS: Record<string, () => string> = {
	risk: () => m.plan_mark_risk(),
	'under-control': () => m.plan_mark_under_control(),
	accelerator: () => m.plan_mark_accelerator(),
	'n/a': () => m.plan_mark_n_a()
};

export const decisionName = (kind: StatusDecision['kind']) => DECISIONS[kind]();
export const roleLabel = (role: PersonRole) => ROLES[role]();
export const actionStatusLabel = (status: ActionStatus) => ACTION_STATUSES[status]();
export const checkStatusLabel = (status: CheckStatus) => CHECK_STATUSES[status]();
/** A rubric rating's words; anything else (including '') is "Not rated". */
export const ratingLabel = (value: string) =>
	Object.hasOwn(RATINGS, value) ? RATINGS[value]() : m.plan_rating_none();
/** A pitfall mark's words; anything else (including '') is "Not assessed". */
export const markLabel = (mark: string) =>
	Object.hasOwn(MARKS, mark) ? MARKS[mark]() : m.plan_mark_none();
