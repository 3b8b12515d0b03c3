/**
 * The one owner of the stakeholder map's rows as the UI writes them: partners (their fields, their
 * relationship phase and status decision), people and connections. Every write is a described
 * write through `save` (journaled first, shown in the save status); patches change only the fields
 * given, applied to the row as stored, so two fields edited in quick succession never overwrite
 * each other with a stale copy. (Adoption writes partners in its own transaction: `db/adoption`.)
 */

import { repo } from '$lib/db';
import { deletePartner, restorePartner, type DeletedPartner } from '$lib/db/partners';
import { blankPartner } from '$lib/domain/home';
import type {
	Connection,
	Partner,
	Person,
	RelationshipPhase,
	StatusDecision
} from '$lib/domain/types';
import { saveStatus } from './save-status.svelte';
import { save } from './writes';

type PartnerKey = Pick<Partner, 'workshopId' | 'id'>;

/** A new partner of the workshop (a candidate, not yet stored), with a fresh id. */
export function newPartner(
	workshopId: string,
	fields: Partial<Partner> & Pick<Partner, 'name' | 'sector'>
): Partner {
	return { workshopId, ...blankPartner({ id: `p-${crypto.randomUUID()}`, ...fields }, Date.now()) };
}

/** Stores a whole partner row (a new one, or one replaced as a whole). */
export function savePartner(partner: Partner) {
	const row: Partner = { ...partner, updatedAt: Date.now() };
	return save({ kind: 'row', table: 'partners', row });
}

/** Changes some fields of a stored partner (and its `updatedAt`). */
export function updatePartner(partner: PartnerKey, patch: Partial<Partner>) {
	return save({
		kind: 'rowPatch',
		table: 'partners',
		workshopId: partner.workshopId,
		id: partner.id,
		patch: { ...patch, updatedAt: Date.now() }
	});
}

/** Sets a partner's relationship phase (the progress page's column). */
export function setRelationshipPhase(partner: PartnerKey, phase: RelationshipPhase) {
	return updatePartner(partner, { phase });
}

/** Sets a partner's whole status decision (kind, reason and date together), or clears it with null. */
export function setDecision(partner: PartnerKey, decision: StatusDecision | null) {
	return updatePartner(partner, { decision });
}

/**
 * Changes one field of an existing decision inside the decision as stored (a kind chosen a moment
 * ago in another control is kept).
 */
export function setDecisionField(partner: PartnerKey, field: 'reason' | 'date', value: string) {
	return save({
		kind: 'rowPatch',
		table: 'partners',
		workshopId: partner.workshopId,
		id: partner.id,
		into: 'decision',
		patch: { [field]: value }
	});
}

/** Removes a partner with its people and connections; resolves to what undo needs. */
export function removePartner(
	workshopId: string,
	partnerId: string
): Promise<DeletedPartner | undefined> {
	return saveStatus.track(() => deletePartner(repo().db, workshopId, partnerId));
}

export function undoRemovePartner(deleted: DeletedPartner) {
	return saveStatus.track(() => restorePartner(repo().db, deleted));
}

export function newPerson(partner: PartnerKey, name: string): Person {
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
	return save({ kind: 'row', table: 'people', row: person });
}

/** Changes some fields of a stored person. */
export function updatePerson(person: Pick<Person, 'workshopId' | 'id'>, patch: Partial<Person>) {
	return save({
		kind: 'rowPatch',
		table: 'people',
		workshopId: person.workshopId,
		id: person.id,
		patch
	});
}

export function deletePerson(person: Person) {
	return saveStatus.track(() => repo().deleteRow('people', person.workshopId, person.id));
}

export function saveConnection(connection: Omit<Connection, 'id'> & { id?: string }) {
	const row: Connection = { ...connection, id: connection.id ?? `conn-${crypto.randomUUID()}` };
	return save({ kind: 'row', table: 'connections', row });
}

export function deleteConnection(connection: Connection) {
	return saveStatus.track(() =>
		repo().deleteRow('connections', connection.workshopId, connection.id)
	);
}
