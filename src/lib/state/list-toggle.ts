/**
 * Ticks and unticks in a multi-value field (a person's roles, the questions a step asks), each
 * merged into the stored list in one transaction by the repository (`toggleInList`), never a whole
 * list written from what the page last saw: two ticks a few milliseconds apart both land. Each goes
 * through `save` like every other write, so a tick made just before the tab closes is replayed.
 */

import type { AgendaStep, Person, PersonRole } from '$lib/domain/types';
import { save } from './writes';

/** Ticks (`on`) or unticks one role of a person; `order` is the roles' canonical order. */
export function togglePersonRole(
	person: Pick<Person, 'workshopId' | 'id'>,
	role: PersonRole,
	on: boolean,
	order: readonly PersonRole[]
) {
	return save({
		kind: 'toggle',
		table: 'people',
		workshopId: person.workshopId,
		id: person.id,
		field: 'roles',
		value: role,
		on,
		order: [...order]
	});
}

/**
 * Asks (`on`) or stops asking one seed question at an agenda step (`AgendaStep.asked`); `all` is
 * the module's questions in their order. A step that has never been narrowed asks all of them, so
 * the first untick starts from `all` (`whenAbsent`).
 */
export function toggleAsked(
	step: Pick<AgendaStep, 'workshopId' | 'id'>,
	questionId: string,
	on: boolean,
	all: readonly string[]
) {
	return save({
		kind: 'toggle',
		table: 'agenda',
		workshopId: step.workshopId,
		id: step.id,
		field: 'asked',
		value: questionId,
		on,
		order: [...all],
		whenAbsent: [...all]
	});
}
