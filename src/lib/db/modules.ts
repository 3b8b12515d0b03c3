/**
 * Writes of the workshop modules that need more than one row: adding several rows at once, and
 * deleting a criterion with its scores. Each is one transaction that also marks the workshop edited.
 * (Merging a change into one row is `Repository.patchRow`.)
 */

import type { Table } from 'dexie';
import type { RowTableName } from '$lib/domain/tables';
import type { Repository } from './repository';

type Row = { workshopId: string; id: string };

export async function putRows(
	repo: Repository,
	table: RowTableName,
	workshopId: string,
	rows: readonly Row[],
	now = Date.now()
): Promise<void> {
	const db = repo.db;
	await db.transaction('rw', db.workshops, db[table], async () => {
		await (db[table] as unknown as Table<Row, [string, string]>).bulkPut([...rows]);
		await db.workshops.update(workshopId, { updatedAt: now });
	});
}

/** Deletes a criterion and every score given on it. */
export async function deleteCriterion(
	repo: Repository,
	workshopId: string,
	criterionId: string,
	now = Date.now()
): Promise<void> {
	const db = repo.db;
	await db.transaction('rw', db.workshops, db.criteria, db.criterionScores, async () => {
		await db.criteria.delete([workshopId, criterionId]);
		await db.criterionScores
			.where('workshopId')
			.equals(workshopId)
			.filter((s) => s.criterionId === criterionId)
			.delete();
		await db.workshops.update(workshopId, { updatedAt: now });
	});
}
