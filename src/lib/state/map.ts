/**
 * Stakeholder-map operations as the UI uses them: every write goes through the save status (and the
 * journal, for single rows), so a failed save is never silent. Rows handed to IndexedDB are plain
 * copies, never Svelte proxies.
 */

import { repo } from '$lib/db';
import { deletePartner, restorePartner, type DeletedPartner } from '$lib/db/partners';
import { blankPartner } from '$lib/domain/home';
import type { Connection, Partner, Person } from '$lib/domain/types';
import { saveStatus } from './save-status.svelte';
import { performWrite, type PendingWrite } from './writes';

const plain = <T>(row: T): T => JSON.parse(JSON.stringify(row)) as T;

/** A new partner of the workshop (a candidate, not yet stored), with a fresh id. */
export function newPartner(
	workshopId: string,
	fields: Partial<Partner> & Pick<Partner, 'name' | 'sector'>
): Partner {
	return { workshopId, ...blankPartner({ id: `p-${crypto.randomUUID()}`, ...fields }, Date.now()) };
}

export function savePartner(partner: Partner) {
	return saveStatus.track(() =>
		performWrite({
			kind: 'row',
			table: 'partners',
			row: plain({ ...partner, updatedAt: Date.now() })
		})
	);
}

/**
 * The write for changed partner fields (for AutosaveField): a patch applied to the stored row, so two
 * fields edited in quick succession never overwrite each other with a stale copy.
 */
export function partnerWrite(
	partner: Pick<Partner, 'workshopId' | 'id'>,
	patch: Partial<Partner>
): PendingWrite {
	return {
		kind: 'rowPatch',
		table: 'partners',
		workshopId: partner.workshopId,
		id: partner.id,
		patch: plain({ ...patch, updatedAt: Date.now() })
	};
}

export function updatePartner(
	partner: Pick<Partner, 'workshopId' | 'id'>,
	patch: Partial<Partner>
) {
	return saveStatus.track(() => performWrite(partnerWrite(partner, patch)));
}

export function removePartner(
	workshopId: string,
	partnerId: string
): Promise<DeletedPartner | undefined> {
	return saveStatus.track(() => deletePartner(repo().db, workshopId, partnerId));
}

export function undoRemovePartner(deleted: DeletedPartner) {
	return saveStatus.track(() => restorePartner(repo().db, deleted));
}

export function newPerson(partner: Pick<Partner, 'workshopId' | 'id'>, name: string): Person {
	return {
		workshopId: partner.workshopId,
		id: `person-${crypto.randomUUID()}`,
		partnerId: partner.id,
		name,
		title: '',
		roles: [],
		contact: ''
	};
}

export function savePerson(person: Person) {
	return saveStatus.track(() => performWrite({ kind: 'row', table: 'people', row: plain(person) }));
}

export function personWrite(
	person: Pick<Person, 'workshopId' | 'id'>,
	patch: Partial<Person>
): PendingWrite {
	return {
		kind: 'rowPatch',
		table: 'people',
		workshopId: person.workshopId,
		id: person.id,
		patch: plain(patch)
	};
}

export function updatePerson(person: Pick<Person, 'workshopId' | 'id'>, patch: Partial<Person>) {
	return saveStatus.track(() => performWrite(personWrite(person, patch)));
}

export function deletePerson(person: Person) {
	return saveStatus.track(() => repo().deleteRow('people', person.workshopId, person.id));
}

export function saveConnection(connection: Omit<Connection, 'id'> & { id?: string }) {
	const row: Connection = { ...connection, id: connection.id ?? `conn-${crypto.randomUUID()}` };
	return saveStatus.track(() =>
		performWrite({ kind: 'row', table: 'connections', row: plain(row) })
	);
}

export function deleteConnection(connection: Connection) {
	return saveStatus.track(() =>
		repo().deleteRow('connections', connection.workshopId, connection.id)
	);
}
