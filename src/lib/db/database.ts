/**
 * The one Dexie database: its tables and the history of its schema. Append-only — a new schema is a
 * new `db.version(n)` with an upgrade; old versions stay as they are (fixtures test the upgrades).
 * Only repositories in this folder import `db`.
 */

import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
	Action,
	AgendaStep,
	Answer,
	CheckItem,
	Connection,
	Criterion,
	CriterionScore,
	CustomRubricItem,
	ParticipantResponse,
	Partner,
	Person,
	PhaseVote,
	PitfallAssessment,
	RubricRating,
	SessionState,
	Snapshot,
	Workshop
} from '$lib/domain/types';

type RowTable<T> = Table<T, [string, string]>;

export type ConveneDb = Dexie & {
	workshops: EntityTable<Workshop, 'id'>;
	agenda: RowTable<AgendaStep>;
	sessions: RowTable<SessionState>;
	answers: RowTable<Answer>;
	phaseVotes: RowTable<PhaseVote>;
	customRubricItems: RowTable<CustomRubricItem>;
	rubricRatings: RowTable<RubricRating>;
	partners: RowTable<Partner>;
	people: RowTable<Person>;
	connections: RowTable<Connection>;
	criteria: RowTable<Criterion>;
	criterionScores: RowTable<CriterionScore>;
	pitfalls: RowTable<PitfallAssessment>;
	checks: RowTable<CheckItem>;
	actions: RowTable<Action>;
	responses: RowTable<ParticipantResponse>;
	snapshots: RowTable<Snapshot>;
	/** This browser's own answers as a participant, keyed by the invite's workshop id (schema 2). */
	ownResponses: RowTable<ParticipantResponse>;
};

export const DB_NAME = 'convene';

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

/** Where schema 1 kept a participant's own answers. */
export const LEGACY_JOIN_PREFIX = 'join:';

export function openDatabase(name = DB_NAME): ConveneDb {
	const db = new Dexie(name) as ConveneDb;
	db.version(1).stores(SCHEMA_V1);
	db.version(2)
		.stores(SCHEMA_V2)
		.upgrade(async (tx) => {
			const legacy = tx.table('responses');
			const rows: ParticipantResponse[] = await legacy.where('workshopId').startsWith(LEGACY_JOIN_PREFIX).toArray();
			const moved = rows
				.map((r) => ({ ...r, workshopId: r.workshopId.slice(LEGACY_JOIN_PREFIX.length) }))
				.filter((r) => r.workshopId !== '');
			await tx.table('ownResponses').bulkPut(moved);
			await legacy.where('workshopId').startsWith(LEGACY_JOIN_PREFIX).delete();
			// No workshop can be named `join:…` any more; one stored by an old import is left in place
			// (the user's data), but its own answers are now out of its reach.
		});
	return db;
}

/** The tables that hold a workshop's rows (everything but `workshops`). */
export const ROW_TABLE_NAMES = [
	'agenda',
	'sessions',
	'answers',
	'phaseVotes',
	'customRubricItems',
	'rubricRatings',
	'partners',
	'people',
	'connections',
	'criteria',
	'criterionScores',
	'pitfalls',
	'checks',
	'actions',
	'responses',
	'snapshots'
] as const;

export type RowTableName = (typeof ROW_TABLE_NAMES)[number];
