/**
 * Partner writes that span several tables: deleting a partner with everything that belongs to it
 * (people, connections, criterion scores, per-partner answers, checks and phase votes, and its
 * links from actions), and restoring exactly that for "Undo". Each is one transaction.
 */

import type {
	Action,
	Answer,
	CheckItem,
	Connection,
	CriterionScore,
	Partner,
	Person,
	PhaseVote
} from '$lib/domain/types';
import type { ConveneDb } from './database';
import { GoneError } from '$lib/domain/errors';

/** Everything a partner deletion removed or changed, as it was before: enough to undo it. */
export interface DeletedPartner {
	partner: Partner;
	people: Person[];
	connections: Connection[];
	criterionScores: CriterionScore[];
	answers: Answer[];
	checks: CheckItem[];
	phaseVotes: PhaseVote[];
	/** Actions that named the partner, before their link was cleared. */
	actions: Action[];
}

const tablesOf = (db: ConveneDb) => [
	db.workshops,
	db.partners,
	db.people,
	db.connections,
	db.criterionScores,
	db.answers,
	db.checks,
	db.phaseVotes,
	db.actions
];

export async function deletePartner(
	db: ConveneDb,
	workshopId: string,
	partnerId: string,
	now = Date.now()
): Promise<DeletedPartner | undefined> {
	return db.transaction('rw', tablesOf(db), async () => {
		const partner = await db.partners.get([workshopId, partnerId]);
		if (!partner) return undefined;
		const inWorkshop = { workshopId };
		const people = await db.people
			.where('[workshopId+partnerId]')
			.equals([workshopId, partnerId])
			.toArray();
		const connections = await db.connections
			.where(inWorkshop)
			.filter((c) => c.sourceId === partnerId || c.targetId === partnerId)
			.toArray();
		const criterionScores = await db.criterionScores
			.where(inWorkshop)
			.filter((s) => s.partnerId === partnerId)
			.toArray();
		const answers = await db.answers
			.where(inWorkshop)
			.filter((a) => a.partnerId === partnerId)
			.toArray();
		const checks = await db.checks
			.where(inWorkshop)
			.filter((c) => c.partnerId === partnerId)
			.toArray();
		const phaseVotes = await db.phaseVotes
			.where(inWorkshop)
			.filter((v) => v.partnerId === partnerId)
			.toArray();
		const actions = await db.actions
			.where(inWorkshop)
			.filter((a) => a.partnerId === partnerId)
			.toArray();

		const keys = (rows: { id: string }[]) =>
			rows.map((r) => [workshopId, r.id] as [string, string]);
		await db.partners.delete([workshopId, partnerId]);
		await db.people.bulkDelete(keys(people));
		await db.connections.bulkDelete(keys(connections));
		await db.criterionScores.bulkDelete(keys(criterionScores));
		await db.answers.bulkDelete(keys(answers));
		await db.checks.bulkDelete(keys(checks));
		await db.phaseVotes.bulkDelete(keys(phaseVotes));
		// Actions stay: they are the team's work, only their partner link goes.
		await db.actions.bulkPut(actions.map((a) => ({ ...a, partnerId: '' })));
		await db.workshops.update(workshopId, { updatedAt: now });
		return { partner, people, connections, criterionScores, answers, checks, phaseVotes, actions };
	});
}

/**
 * Puts back what `deletePartner` removed; actions get their partner link back. Throws
 * `GoneError('workshop-gone')` when the workshop was deleted meanwhile.
 */
export async function restorePartner(
	db: ConveneDb,
	deleted: DeletedPartner,
	now = Date.now()
): Promise<void> {
	await db.transaction('rw', tablesOf(db), async () => {
		const workshopId = deleted.partner.workshopId;
		if (!(await db.workshops.get(workshopId))) throw new GoneError('workshop-gone');
		await db.partners.put(deleted.partner);
		await db.people.bulkPut(deleted.people);
		await db.connections.bulkPut(deleted.connections);
		await db.criterionScores.bulkPut(deleted.criterionScores);
		await db.answers.bulkPut(deleted.answers);
		await db.checks.bulkPut(deleted.checks);
		await db.phaseVotes.bulkPut(deleted.phaseVotes);
		// Only actions that still exist and were not relinked meanwhile get their link back.
		for (const action of deleted.actions) {
			const current = await db.actions.get([workshopId, action.id]);
			if (current && current.partnerId === '')
				await db.actions.put({ ...current, partnerId: action.partnerId });
		}
		await db.workshops.update(workshopId, { updatedAt: now });
	});
}
