/**
 * Monitoring over time as the UI uses it: snapshots (take, delete, undo) and the partner fields the
 * progress page edits (relationship phase, status decision). Every write goes through the save status.
 */

import { repo } from '$lib/db';
import {
	deleteSnapshot as deleteStored,
	restoreSnapshot as restoreStored,
	takeSnapshot as takeStored
} from '$lib/db/snapshots';
import { FileLimitError } from '$lib/domain/file-format';
import type { Partner, RelationshipPhase, Snapshot, StatusDecision } from '$lib/domain/types';
import { saveStatus } from './save-status.svelte';
import { performWrite, type PendingWrite } from './writes';

/** Takes a snapshot; a `FileLimitError` (the file would grow too large to import) is returned, not shown as a failed save. */
export function takeSnapshot(
	workshopId: string,
	label: string
): Promise<Snapshot | FileLimitError | undefined> {
	return saveStatus.track(async () => {
		try {
			return await takeStored(repo(), workshopId, label);
		} catch (e) {
			if (e instanceof FileLimitError) return e;
			throw e;
		}
	});
}

export function deleteSnapshot(workshopId: string, id: string) {
	return saveStatus.track(() => deleteStored(repo(), workshopId, id));
}

export function restoreSnapshot(snapshot: Snapshot) {
	return saveStatus.track(() => restoreStored(repo(), snapshot));
}

/** The write that sets a partner's status decision (the whole decision: kind, reason and date together). */
function decisionWrite(
	partner: Pick<Partner, 'workshopId' | 'id'>,
	decision: StatusDecision | null
): PendingWrite {
	return {
		kind: 'rowPatch',
		table: 'partners',
		workshopId: partner.workshopId,
		id: partner.id,
		patch: { decision, updatedAt: Date.now() }
	};
}

/** The write for one field of an existing decision: applied to the decision as stored, never a stale copy. */
export function decisionFieldWrite(
	partner: Pick<Partner, 'workshopId' | 'id'>,
	field: 'reason' | 'date',
	value: string
): PendingWrite {
	return {
		kind: 'rowPatch',
		table: 'partners',
		workshopId: partner.workshopId,
		id: partner.id,
		into: 'decision',
		patch: { [field]: value }
	};
}

export function setDecision(
	partner: Pick<Partner, 'workshopId' | 'id'>,
	decision: StatusDecision | null
) {
	return saveStatus.track(() => performWrite(decisionWrite(partner, decision)));
}

export function setRelationshipPhase(
	partner: Pick<Partner, 'workshopId' | 'id'>,
	phase: RelationshipPhase
) {
	return saveStatus.track(() =>
		performWrite({
			kind: 'rowPatch',
			table: 'partners',
			workshopId: partner.workshopId,
			id: partner.id,
			patch: { phase, updatedAt: Date.now() }
		})
	);
}
