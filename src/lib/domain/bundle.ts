/** The canonical order of a workshop's rows, so that stored, loaded and exported data compare equal. */

import type { WorkshopBundle } from './types';

type Row = { id: string; order?: number };

/** Ordered rows (agenda, actions, criteria, custom items) by `order`, then everything by id. */
export function sortRows<T extends Row>(rows: readonly T[]): T[] {
	return [...rows].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function canonicalBundle(bundle: WorkshopBundle): WorkshopBundle {
	return {
		...bundle,
		agenda: sortRows(bundle.agenda),
		answers: sortRows(bundle.answers),
		phaseVotes: sortRows(bundle.phaseVotes),
		customRubricItems: sortRows(bundle.customRubricItems),
		rubricRatings: sortRows(bundle.rubricRatings),
		partners: sortRows(bundle.partners),
		people: sortRows(bundle.people),
		connections: sortRows(bundle.connections),
		criteria: sortRows(bundle.criteria),
		criterionScores: sortRows(bundle.criterionScores),
		pitfalls: sortRows(bundle.pitfalls),
		checks: sortRows(bundle.checks),
		actions: sortRows(bundle.actions),
		responses: sortRows(bundle.responses),
		snapshots: sortRows(bundle.snapshots)
	};
}
