/**
 * The one Dexie database: its tables and the history of its schema. Append-only — a new schema is a
 * new `db.version(n)` with an upgrade; old versions stay as they are (fixtures test the upgrades).
 * Only repositories in this folder import `db`.
 */

import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import { restoreContentV2, type WorkshopContentV2 } from '$lib/domain/file-v2';
import { restoreContentV1, type PartnerV1, type WorkshopContentV1 } from '$lib/domain/home';
import { emptyContentRows, type RowOf, type RowTableName } from '$lib/domain/tables';
import type { ParticipantResponse, Snapshot, Workshop } from '$lib/domain/types';

type RowTable<T> = Table<T, [string, string]>;

/** The database: the workshops, one table per entry of `ROW_TABLES` (`domain/tables.ts`), and this browser's own answers. */
export type ConveneDb = Dexie & {
	workshops: EntityTable<Workshop, 'id'>;
	/** This browser's own answers as a participant, keyed by the invite's workshop id (schema 2). */
	ownResponses: RowTable<ParticipantResponse>;
} & { [T in RowTableName]: RowTable<RowOf<T>> };

import { DB_NAME } from './schema-version';

export { DB_NAME };

/** Every row is keyed by [workshopId+id] and indexed by workshopId, so a workshop is one range. */
const row = '[workshopId+id], workshopId';

export const SCHEMA_V1 = {
	workshops: 'id, updatedAt, archived',
	agenda: row,
	sessions: row,
	answers: row,
	phaseVotes: row,
	customRubricItems: row,
	rubricRatings: row,
	partners: row,
	people: `${row}, [workshopId+partnerId]`,
	connections: row,
	criteria: row,
	criterionScores: row,
	pitfalls: row,
	checks: row,
	actions: row,
	responses: row,
	snapshots: row
} as const;

/**
 * Schema 2: a participant's own answers get a table of their own, which no workshop file, import or
 * bundle touches (they were a `responses` row under the workshop id `join:<workshopId>`, which an
 * imported workshop with that id could replace).
 */
export const SCHEMA_V2 = { ownResponses: row } as const;

/**
 * Schema 4 (workshop file format 3): the room's answers worked with. Themes, the facilitator's marks
 * on answers (theme, set aside) and dot-vote rounds get tables of their own; snapshots taken before
 * gain empty lists of them (`restoreContentV2`).
 */
export const SCHEMA_V4 = { themes: row, answerMarks: row, voteRounds: row } as const;

/** Where schema 1 kept a participant's own answers. */
export const LEGACY_JOIN_PREFIX = 'join:';

/**
 * Schema 3 (workshop file format 2): the home organisation is a partner (`home: true`). Same stores;
 * the upgrade gives every partner `home: false`, adds a home partner to each workshop that names an
 * organisation, and upgrades the content frozen in snapshots the same way (`restoreContentV1`).
 */
async function upgradeToHomePartner(tx: Transaction): Promise<void> {
	const workshops = (await tx.table('workshops').toArray()) as Workshop[];
	const partners = tx.table('partners');
	for (const w of workshops) {
		const rows = (await partners.where('workshopId').equals(w.id).toArray()) as (PartnerV1 & {
			workshopId: string;
		})[];
		const { id: _id, ...record } = w;
		void _id;
		// Only the partners change, so the other tables are not read: EMPTY_V1 stands in for them.
		const restored = restoreContentV1({ ...EMPTY_V1, workshop: record, partners: rows });
		await partners.bulkPut(restored.partners.map((p) => ({ ...p, workshopId: w.id })));
	}
	await tx
		.table('snapshots')
		.toCollection()
		.modify((s: Snapshot) => {
			if (s.content.partners.every((p) => typeof p.home === 'boolean')) return;
			s.content = restoreContentV2(restoreContentV1(s.content as unknown as WorkshopContentV1));
		});
}

const { partners: _partners, ...EMPTY_V1 } = emptyContentRows();
void _partners;

/**
 * The database `name` with its whole schema history (not opened yet: Dexie opens on first use).
 * `indexedDB` replaces the browser's factory (the app passes one that refuses newer schemas).
 */
export function openDatabase(name = DB_NAME, indexedDB?: IDBFactory): ConveneDb {
	const db = (
		indexedDB ? new Dexie(name, { indexedDB, IDBKeyRange }) : new Dexie(name)
	) as ConveneDb;
	db.version(1).stores(SCHEMA_V1);
	db.version(2)
		.stores(SCHEMA_V2)
		.upgrade(async (tx) => {
			const legacy = tx.table('responses');
			const rows: ParticipantResponse[] = await legacy
				.where('workshopId')
				.startsWith(LEGACY_JOIN_PREFIX)
				.toArray();
			const moved = rows
				.map((r) => ({ ...r, workshopId: r.workshopId.slice(LEGACY_JOIN_PREFIX.length) }))
				.filter((r) => r.workshopId !== '');
			await tx.table('ownResponses').bulkPut(moved);
			await legacy.where('workshopId').startsWith(LEGACY_JOIN_PREFIX).delete();
			// No workshop can be named `join:…` any more; one stored by an old import is left in place
			// (the user's data), but its own answers are now out of its reach.
		});
	// Schema 3 changes no store, only the partners' shape (home organisation).
	db.version(3).stores({}).upgrade(upgradeToHomePartner);
	db.version(4)
		.stores(SCHEMA_V4)
		.upgrade(async (tx) => {
			await tx
				.table('snapshots')
				.toCollection()
				.modify((s: Snapshot) => {
					s.content = restoreContentV2(s.content as unknown as WorkshopContentV2);
				});
		});
	return db;
}

// Compile-time proof that the schema history declares every table the database type has: a table
// added to `ROW_TABLES` without a new `db.version(n)` that creates it stops this line compiling.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type DeclaredTables = keyof typeof SCHEMA_V1 | keyof typeof SCHEMA_V2 | keyof typeof SCHEMA_V4;
const everyTableDeclared: Same<DeclaredTables, 'workshops' | 'ownResponses' | RowTableName> = true;
void everyTableDeclared;
