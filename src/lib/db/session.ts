/** The live session row: changed by read-modify-write in one transaction, so concurrent changes queue. */

import { sortRows } from '$lib/domain/bundle';
import { normalizeSession } from '$lib/domain/session';
import type { AgendaStep, SessionState } from '$lib/domain/types';
import type { Repository } from './repository';

export async function updateSession(
	repo: Repository,
	workshopId: string,
	change: (session: SessionState, agenda: AgendaStep[]) => SessionState
): Promise<SessionState> {
	const { db } = repo;
	return db.transaction('rw', db.sessions, db.agenda, async () => {
		const agenda = sortRows(await db.agenda.where('workshopId').equals(workshopId).toArray());
		const current = normalizeSession(
			await db.sessions.get([workshopId, 'session']),
			workshopId,
			agenda
		);
		const next = change(current, agenda);
		if (next !== current) await db.sessions.put(next);
		return next;
	});
}
