/**
 * Writes of the workshop modules that need more than `putRow`: merging a change into a row that may
 * have changed since the UI last saw it, adding several rows at once, and deleting a criterion with
 * its scores. Each is one transaction that also marks the workshop edited.
 */

import type { Table } from 'dexie';
import type { RowTableName } from './database';
import type { Repository } from './repository';

type Row = { workshopId: string; id: string };

/**
 * Applies `patch` to the stored row (or to `base` when there is none yet). Two quick edits of the same
 * row (a rating, then a note) each change only their own fields, whatever the UI had loaded.
 */
export async function patchRow<T extends Row>(repo: Repository, table: RowTableName, base: T, patch: Partial<T>, now = Date.now()): Promise<T> {
	const db = repo.db;
	const rows = db[table] as unknown as Table<T, [string, string]>;
	return db.transaction('rw', db.workshops, rows, async () => {
		const stored = await rows.get([base.workshopId, base.id]);
		const row = { ...base, ...stored, ...patch } as T;
		await rows.put(row);
		await db.workshops.update(base.workshopId, { updatedAt: now });
		return row;
	});
}

export async function putRows(repo: Repository, table: RowTableName, workshopId: string, rows: readonly Row[], now = Date.now()): Promise<void> {
	const db = repo.db;
	await db.transaction('rw', db.workshops, db[table], async () => {
		await (db[table] as unknown as Table<Row, [string, string]>).bulkPut([...rows]);
		await db.workshops.update(workshopId, { updatedAt: now });
	});
}

/** Deletes a criterion and every score given on it. */
export async function deleteCriterion(repo: Repository, workshopId: string, criterionId: string, now = Date.now()): Promise<void> {
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
