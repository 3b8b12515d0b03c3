/**
 * The one list of a workshop's row tables. Everything else that names them is derived from
 * `ROW_TABLES` or checked against it with `satisfies Record<RowTableName, …>`: the bundle and content
 * types (`types.ts`), the Dexie tables and their row types (`db/database.ts`), the file format's row
 * schemas and list limits (`file-format.ts`), copying rows under another workshop id, the canonical
 * order, and the kinds of thing a refusal names. Adding a table is one entry here; the compiler (and
 * `tables.test.ts`) then lists every other step. Pure: no Svelte, Dexie or DOM.
 */

import type {
	Action,
	AgendaStep,
	Answer,
	AnswerMark,
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
	Theme,
	VoteRound
} from './types';

/**
 * How one table sits in a workshop bundle: `key` is its field there; `one` when the workshop holds at
 * most one such row (held as `Row | null`, not a list); `content: false` when it is not part of the
 * workshop's content (snapshots: frozen copies of that content). `row` is a type-only marker of the
 * row's shape (always `undefined` at run time).
 */
interface TableSpec<Row, One extends boolean, Content extends boolean> {
	readonly one: One;
	readonly content: Content;
	readonly row?: Row;
}

/** A table holding a list of rows in the workshop's content. */
const list = <Row>(): TableSpec<Row, false, true> => ({ one: false, content: true });
/** A table holding at most one row of the workshop's content. */
const single = <Row>(): TableSpec<Row, true, true> => ({ one: true, content: true });
/** A table of rows that belong to the workshop but not to its content. */
const frozen = <Row>(): TableSpec<Row, false, false> => ({ one: false, content: false });

/**
 * Every table that holds a workshop's rows, by its database name, in the order the database, the
 * bundle and the file format list them (the order of keys in a written file: keep it).
 */
export const ROW_TABLES = {
	agenda: { key: 'agenda', ...list<AgendaStep>() },
	sessions: { key: 'session', ...single<SessionState>() },
	answers: { key: 'answers', ...list<Answer>() },
	phaseVotes: { key: 'phaseVotes', ...list<PhaseVote>() },
	customRubricItems: { key: 'customRubricItems', ...list<CustomRubricItem>() },
	rubricRatings: { key: 'rubricRatings', ...list<RubricRating>() },
	partners: { key: 'partners', ...list<Partner>() },
	people: { key: 'people', ...list<Person>() },
	connections: { key: 'connections', ...list<Connection>() },
	criteria: { key: 'criteria', ...list<Criterion>() },
	criterionScores: { key: 'criterionScores', ...list<CriterionScore>() },
	pitfalls: { key: 'pitfalls', ...list<PitfallAssessment>() },
	checks: { key: 'checks', ...list<CheckItem>() },
	actions: { key: 'actions', ...list<Action>() },
	responses: { key: 'responses', ...list<ParticipantResponse>() },
	themes: { key: 'themes', ...list<Theme>() },
	answerMarks: { key: 'answerMarks', ...list<AnswerMark>() },
	voteRounds: { key: 'voteRounds', ...list<VoteRound>() },
	snapshots: { key: 'snapshots', ...frozen<Snapshot>() }
} as const;

type Tables = typeof ROW_TABLES;

/** A row table's database name (`sessions`, `partners`, …). */
export type RowTableName = keyof Tables;
/** The row a table holds, with its `workshopId`. */
export type RowOf<T extends RowTableName> = NonNullable<Tables[T]['row']>;
/** A table's field in a bundle (`session` for `sessions`; the others are the same). */
export type BundleKeyOf<T extends RowTableName> = Tables[T]['key'];
/** The tables whose rows make up a workshop's content (all but snapshots). */
export type ContentTableName = {
	[T in RowTableName]: Tables[T]['content'] extends true ? T : never;
}[RowTableName];
/** The bundle fields of the content tables (`agenda`, `session`, …). */
export type ContentKey = BundleKeyOf<ContentTableName>;
/** The tables that hold a list of rows (all but the session), each with a limit in the file format. */
export type ListTableName = {
	[T in RowTableName]: Tables[T]['one'] extends true ? never : T;
}[RowTableName];

type Field<T extends RowTableName, Row> = Tables[T]['one'] extends true ? Row | null : Row[];

/** A bundle's row fields: every table's rows, each with its workshopId. */
export type BundleRows = { [T in RowTableName as BundleKeyOf<T>]: Field<T, RowOf<T>> };
/** A content's row fields: the content tables' rows without their workshopId. */
export type ContentRows = {
	[T in ContentTableName as BundleKeyOf<T>]: Field<T, Omit<RowOf<T>, 'workshopId'>>;
};

/** Every row table's database name, in `ROW_TABLES` order. */
export const ROW_TABLE_NAMES = Object.keys(ROW_TABLES) as RowTableName[];
/** The tables of a workshop's content (all but snapshots), in order. */
export const CONTENT_TABLE_NAMES = ROW_TABLE_NAMES.filter(
	(t) => ROW_TABLES[t].content
) as ContentTableName[];
/** The bundle fields of the content tables, in order (`agenda`, `session`, `answers`, …). */
export const CONTENT_KEYS = CONTENT_TABLE_NAMES.map((t) => ROW_TABLES[t].key);

/**
 * Applies `change` to every row of `tables` in `source` (an object with bundle or content fields) and
 * returns the new fields, in table order: a single row stays single (or null), a list stays a list.
 * Callers type the result (the loop cannot: each table has its own row type).
 */
export function mapTableRows(
	source: object,
	tables: readonly RowTableName[],
	change: (row: object) => object
): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const table of tables) {
		const { key, one } = ROW_TABLES[table];
		const value = (source as Record<string, unknown>)[key];
		out[key] = one ? (value ? change(value as object) : null) : (value as object[]).map(change);
	}
	return out;
}

/** Content with no rows at all: every list empty, no session. */
export function emptyContentRows(): ContentRows {
	return Object.fromEntries(
		CONTENT_TABLE_NAMES.map((t) => [ROW_TABLES[t].key, ROW_TABLES[t].one ? null : []])
	) as unknown as ContentRows;
}
