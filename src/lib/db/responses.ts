/**
 * Participants' handed-in responses on the facilitator's side. An import batch (many files, links, a
 * pasted transcript) is planned in pure code (`planMerge`) and then written here in ONE transaction:
 * either every accepted response lands or none does. Writing the same batch twice changes nothing,
 * because the plan only keeps rows that are new or newer than what is stored.
 */

import type { ParticipantResponse } from '$lib/domain/types';
import type { Repository } from './repository';
import { GoneError } from '$lib/domain/errors';

/** The responses stored for a workshop (what `planMerge` compares an import against). */
export function storedResponses(
	repo: Repository,
	workshopId: string
): Promise<ParticipantResponse[]> {
	return repo.rows('responses', workshopId);
}

/**
 * Writes one planned import batch in one transaction and marks the workshop edited; a row keeps the
 * facilitator's removal as stored at the time of the write. Throws
 * `GoneError('workshop-gone')` when the workshop was deleted meanwhile.
 */
export async function applyMerge(
	repo: Repository,
	workshopId: string,
	rows: readonly ParticipantResponse[]
): Promise<void> {
	if (rows.some((r) => r.workshopId !== workshopId))
		throw new Error('A response belongs to another workshop.');
	const { db } = repo;
	await db.transaction('rw', db.workshops, db.responses, async () => {
		if (!(await db.workshops.get(workshopId))) throw new GoneError('workshop-gone');
		if (rows.length > 0) {
			// Removal is the facilitator's alone, and may land between a merge's plan and its write:
			// what is stored now wins over what the plan read (a merge never removes nor restores).
			const stored = await db.responses.bulkGet(rows.map((r) => [workshopId, r.id]));
			await db.responses.bulkPut(
				rows.map((r, i) => {
					const { removedAt: _planned, ...rest } = r;
					void _planned;
					const removedAt = stored[i]?.removedAt;
					return removedAt != null ? { ...rest, removedAt } : rest;
				})
			);
		}
		await db.workshops.update(workshopId, { updatedAt: Date.now() });
	});
}
