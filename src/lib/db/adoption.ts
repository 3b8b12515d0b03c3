/**
 * Writing an adoption of the room's answers into the team's rows, and undoing it: one transaction
 * each. `adoptRows` returns the rows as they were (or `null` where none was stored), which is what
 * `undoAdoption` puts back, so undo restores the team's earlier values exactly.
 */

import type { Table } from 'dexie';
import type { AdoptedRow, AdoptedTable } from '$lib/domain/adoption';
import { GoneError } from '$lib/domain/errors';
import type { ConveneDb } from './database';

type Row = { workshopId: string; id: string };

/** One row before an adoption: the stored row, or null when the adoption created it. */
export interface PreviousRow {
	table: AdoptedTable;
	id: string;
	row: Row | null;
}

export interface AdoptionUndo {
	workshopId: string;
	previous: PreviousRow[];
	/** The rows as adopted: undo leaves a row alone that was edited since. */
	adopted: AdoptedRow[];
}

const tableOf = (db: ConveneDb, table: AdoptedTable) =>
	db[table] as unknown as Table<Row, [string, string]>;

const tablesFor = (db: ConveneDb, rows: readonly { table: AdoptedTable }[]) => [
	db.workshops,
	...[...new Set(rows.map((r) => r.table))].map((t) => tableOf(db, t))
];

/** Writes the adopted rows; returns what undoing needs. Throws `GoneError` for a deleted workshop. */
export async function adoptRows(
	db: ConveneDb,
	workshopId: string,
	rows: readonly AdoptedRow[],
	now = Date.now()
): Promise<AdoptionUndo> {
	return db.transaction('rw', tablesFor(db, rows), async () => {
		if (!(await db.workshops.get(workshopId))) throw new GoneError('workshop-gone');
		const previous: PreviousRow[] = [];
		for (const { table, row } of rows) {
			const t = tableOf(db, table);
			previous.push({ table, id: row.id, row: (await t.get([workshopId, row.id])) ?? null });
			await t.put({ ...row, workshopId });
		}
		await db.workshops.update(workshopId, { updatedAt: now });
		return { workshopId, previous, adopted: rows.map((r) => ({ ...r })) };
	});
}

/**
 * Puts back the rows an adoption replaced and removes those it created. A row the team edited after
 * adopting (it no longer equals what was adopted) is left as the team made it.
 */
export async function undoAdoption(
	db: ConveneDb,
	undo: AdoptionUndo,
	now = Date.now()
): Promise<void> {
	const { workshopId } = undo;
	await db.transaction('rw', tablesFor(db, undo.previous), async () => {
		if (!(await db.workshops.get(workshopId))) throw new GoneError('workshop-gone');
		const adopted = new Map(undo.adopted.map((a) => [`${a.table}/${a.row.id}`, a.row]));
		for (const { table, id, row } of undo.previous) {
			const t = tableOf(db, table);
			const stored = await t.get([workshopId, id]);
			const mine = adopted.get(`${table}/${id}`);
			if (stored && mine && JSON.stringify(stored) !== JSON.stringify({ ...mine, workshopId }))
				continue;
			if (row) await t.put(row);
			else await t.delete([workshopId, id]);
		}
		await db.workshops.update(workshopId, { updatedAt: now });
	});
}
