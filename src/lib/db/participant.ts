/**
 * A participant's own answers, kept in this browser's database until handed in. They are one
 * `ParticipantResponse` row in the ordinary `responses` table, filed under the workshop id
 * `join:<workshopId>`: no workshop has that id, so the row never shows up in a workshop's bundle, its
 * exports or its results, even when the facilitator's own browser joins as a participant. Fields
 * change by patch (`Repository.patchRow` with a base), so quick edits of two fields never overwrite
 * each other and the first edit creates the row.
 */

import type { ParticipantResponse } from '$lib/domain/types';
import type { Repository } from './repository';

export const JOIN_PREFIX = 'join:';

/** Where a participant's answers for `workshopId` are filed. */
export const ownKey = (workshopId: string) => `${JOIN_PREFIX}${workshopId}`;

/** An empty response (revision 0: not handed in yet). */
export function blankResponse(workshopId: string, id: string): ParticipantResponse {
	return {
		workshopId: ownKey(workshopId),
		id,
		name: '',
		revision: 0,
		submittedAt: 0,
		answers: {},
		phase: null,
		phaseReason: '',
		rubric: {},
		pitfalls: {},
		suggestedPartners: []
	};
}

/** The participant's stored answers for a workshop, if they started. */
export async function loadOwnResponse(repo: Repository, workshopId: string): Promise<ParticipantResponse | undefined> {
	const rows = await repo.rows('responses', ownKey(workshopId));
	return rows[0];
}

/** Changes some fields of the participant's answers (creating them from `base` on the first edit). */
export function patchOwnResponse(repo: Repository, base: ParticipantResponse, patch: Partial<ParticipantResponse>): Promise<void> {
	return repo.patchRow('responses', base.workshopId, base.id, patch, base);
}

/**
 * Hands in: bumps the revision and the time in one read-modify-write, and returns the row as handed
 * in (what the response file carries).
 */
export async function markHandedIn(repo: Repository, base: ParticipantResponse, now: number): Promise<ParticipantResponse> {
	const { db } = repo;
	return db.transaction('rw', db.responses, async () => {
		const stored = (await db.responses.get([base.workshopId, base.id])) ?? base;
		const row = { ...stored, revision: stored.revision + 1, submittedAt: Math.max(now, stored.submittedAt + 1) };
		await db.responses.put(row);
		return row;
	});
}

type RecordField = 'answers' | 'rubric' | 'pitfalls';

/** Sets one entry of a record field (an answer, a rating, a mark), reading the stored record first. */
export async function patchOwnEntry<F extends RecordField>(
	repo: Repository,
	base: ParticipantResponse,
	field: F,
	key: string,
	value: ParticipantResponse[F][string]
): Promise<void> {
	const { db } = repo;
	await db.transaction('rw', db.responses, async () => {
		const stored = (await db.responses.get([base.workshopId, base.id])) ?? base;
		await db.responses.put({ ...stored, [field]: { ...stored[field], [key]: value } });
	});
}
