/**
 * Ticks and unticks in a multi-value field (a person's roles), each merged into the stored list in
 * one transaction by the repository (`toggleInList`), never a whole list written from what the page
 * last saw: two ticks a few milliseconds apart both land. Each goes through the journal like every
 * other write (`performWrite`), so a tick made just before the tab closes is replayed.
 */

import type { Person, PersonRole } from '$lib/domain/types';
import { saveStatus } from './save-status.svelte';
import { performWrite } from './writes';

/** Ticks (`on`) or unticks one role of a person; `order` is the roles' canonical order. */
export function togglePersonRole(
	person: Pick<Person, 'workshopId' | 'id'>,
	role: PersonRole,
	on: boolean,
	order: readonly PersonRole[]
) {
	return saveStatus.track(() =>
		performWrite({
			kind: 'toggle',
			table: 'people',
			workshopId: person.workshopId,
			id: person.id,
			field: 'roles',
			value: role,
			on,
			order: [...order]
		})
	);
}
