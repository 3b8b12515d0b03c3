/**
 * Agenda changes that touch several steps (add, remove, reorder) as read-modify-write in one
 * transaction: the change is applied to the steps as stored now, so an edit that landed a moment
 * ago (a prompt being typed) is never overwritten by a stale copy from the screen.
 */

import { sortRows } from '$lib/domain/bundle';
import type { AgendaStep } from '$lib/domain/types';
import type { Repository } from './repository';

export async function changeAgenda(
	repo: Repository,
	workshopId: string,
	change: (steps: AgendaStep[]) => AgendaStep[]
): Promise<AgendaStep[]> {
	const { db } = repo;
	return db.transaction('rw', db.agenda, db.workshops, async () => {
		const current = sortRows(await db.agenda.where('workshopId').equals(workshopId).toArray());
		const next = change(current).map((s) => ({ ...s, workshopId }));
		const keep = new Set(next.map((s) => s.id));
		await db.agenda.bulkDelete(
			current.filter((s) => !keep.has(s.id)).map((s) => [workshopId, s.id] as [string, string])
		);
		await db.agenda.bulkPut(next);
		await db.workshops.update(workshopId, { updatedAt: Date.now() });
		return next;
	});
}
