/**
 * The row schemas of a workshop file: one valibot schema per table (`ROW_SCHEMAS`), the workshop's
 * own fields, and the field schemas they are built from. The envelope and its restore steps are in
 * `file-format.ts`; the most rows and the largest values in `file-limits.ts`.
 */

import * as v from 'valibot';
import { type RuleCode } from './refusal';
import {
	LIST_LIMITS,
	MAX_COORDINATE,
	MAX_DURATION_MS,
	MAX_TIME,
	MAX_VOTE_ITEMS
} from './file-limits';
import {
	CONTENT_TABLE_NAMES,
	ROW_TABLES,
	type BundleKeyOf,
	type ContentTableName,
	type ListTableName,
	type RowTableName
} from './tables';
import {
	MAP_VIEWS,
	MAX_DOTS,
	PITFALL_MARKS,
	RUBRIC_VALUES,
	SIDES,
	VOTE_TARGETS,
	type ModuleKind
} from './types';
import { TABLES_ADDED_IN_V3 } from './file-v2';
import { answerKey } from './room-answers';
import { MODULE_KINDS } from './modules';

// Issue messages are never shown: `refusalFromIssues` reads the type, path and value, and a
// `v.check`'s message is its `RuleCode`.

// ─── Field schemas ──────────────────────────────────────────────────────────────────────────────

/** Long answers (10,000 characters must fit, with room to spare). */
const text = v.pipe(v.string(), v.maxLength(20_000));
/** Names, titles, owners. */
export const short = v.pipe(v.string(), v.maxLength(500));
/** Row ids: unique within their workshop; letters, digits and `_ . : @ -`. */
export const ROW_ID_PATTERN = /^[A-Za-z0-9_.:@-]{1,200}$/;
/**
 * Workshop ids: letters, digits, `_` and `-` (a UUID, `w-demo`). No `:`, so that no file can name a
 * workshop after anything else this browser keeps (a participant's answers once lived under `join:…`).
 */
export const WORKSHOP_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
export const id = v.pipe(v.string(), v.regex(ROW_ID_PATTERN));
export const workshopId = v.pipe(v.string(), v.regex(WORKSHOP_ID_PATTERN));

/** `YYYY-MM-DD` naming a day that exists (no 31 February), year 0001 to 9999. */
export function isCalendarDate(text: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (year < 1 || month < 1 || month > 12 || day < 1) return false;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
	return day <= days;
}

const isoDate = v.union([
	v.literal(''),
	v.pipe(v.string(), v.check(isCalendarDate, 'bad-date' satisfies RuleCode))
]);
export const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_TIME));
const duration = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_DURATION_MS));
const coordinate = v.nullable(
	v.pipe(v.number(), v.finite(), v.minValue(-MAX_COORDINATE), v.maxValue(MAX_COORDINATE))
);
export const int = (min: number, max: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
export const list = <T extends v.GenericSchema>(item: T, max: number) =>
	v.pipe(v.array(item), v.maxLength(max));

const phase = v.picklist([1, 2, 3, 4, 5, 6] as const);
const rubricValue = v.picklist(['', ...RUBRIC_VALUES] as const);
const pitfallMark = v.picklist(['', ...PITFALL_MARKS] as const);

/**
 * Where a team value adopted from the room came from (format 3, optional on the rows that can be
 * adopted): responses counted, when, the room's count per value, and the value as adopted.
 */
const source = v.optional(
	v.object({
		responses: int(0, 100_000),
		at: time,
		counts: v.pipe(
			v.record(v.pipe(v.string(), v.maxLength(200)), int(0, 100_000)),
			v.check((r) => Object.keys(r).length <= 500, 'too-many-answers' satisfies RuleCode)
		),
		adopted: text
	})
);

export const workshopFields = {
	title: short,
	organisation: short,
	date: isoDate,
	facilitator: short,
	templateId: v.picklist(['partnership-design', 'strengthening-partnerships', 'blank'] as const),
	contentVersion: int(1, 1000),
	archived: v.boolean(),
	settings: v.object({
		anonymous: v.boolean(),
		expectedParticipants: int(0, 10_000),
		language: v.optional(v.picklist(['en', 'es'] as const))
	}),
	createdAt: time,
	updatedAt: time
};

const agendaStep = v.object({
	id,
	order: int(0, 10_000),
	module: v.picklist(MODULE_KINDS as [ModuleKind, ...ModuleKind[]]),
	title: short,
	prompt: text,
	durationMin: int(1, 60),
	notes: text,
	// Format 3: the seed questions participants are asked at this step (absent = all of them).
	asked: v.optional(list(id, 100))
});

const session = v.object({
	id,
	currentStepId: v.union([v.literal(''), id]),
	timerElapsedMs: duration,
	timerStartedAt: v.nullable(time),
	timerExtraMs: duration,
	blank: v.boolean(),
	revealed: v.boolean(),
	showJoin: v.boolean(),
	mapView: v.optional(
		v.object({
			view: v.picklist(MAP_VIEWS),
			sector: short,
			phase: v.nullable(v.picklist([0, 1, 2, 3, 4, 5, 6] as const)),
			highlightId: v.union([v.literal(''), id])
		})
	),
	// Format 3: what the projector shows of the room's answers.
	roomView: v.optional(
		v.object({
			stepId: v.union([v.literal(''), id]),
			itemId: v.union([v.literal(''), id]),
			page: int(0, 100_000),
			featured: v.union([v.literal(''), id]),
			themeId: v.union([v.literal(''), id]),
			showThemes: v.optional(v.boolean()),
			split: v.boolean(),
			voteId: v.union([v.literal(''), id])
		})
	),
	// The live room locked to new participants (absent = open).
	roomLocked: v.optional(v.boolean())
});

const answer = v.object({
	id,
	itemId: id,
	partnerId: v.union([v.literal(''), id]),
	text,
	rating: int(0, 5),
	updatedAt: time,
	source
});

const phaseVote = v.object({
	id,
	partnerId: v.union([v.literal(''), id]),
	phase,
	confidence: int(0, 5),
	reason: text,
	updatedAt: time,
	source
});

const customRubricItem = v.object({ id, domainId: id, text: short, order: int(0, 10_000) });

const rubricRating = v.object({ id, rating: rubricValue, note: text, updatedAt: time, source });

const partnerFieldsV1 = {
	id,
	name: short,
	sector: short,
	phase: v.picklist([0, 1, 2, 3, 4, 5, 6] as const),
	influence: int(1, 5),
	interest: int(1, 5),
	sharedGoal: text,
	capacities: text,
	valueWeOffer: text,
	overlappingPopulation: text,
	relationshipTerms: text,
	notes: text,
	decision: v.nullable(
		v.object({
			kind: v.picklist(['sustain', 'refine', 'expand', 'terminate'] as const),
			reason: text,
			date: isoDate
		})
	),
	x: coordinate,
	y: coordinate,
	pinned: v.boolean(),
	createdAt: time,
	updatedAt: time
};
const partnerV1 = v.object(partnerFieldsV1);
/**
 * An angle on the rings view's ring, in degrees [0, 360). Optional within version 2 (added after it):
 * files without it read as before, and a reader that predates it drops it (the partner is spread on
 * its ring again, nothing else changes).
 */
const ringAngle = v.optional(
	v.nullable(
		v.pipe(
			v.number(),
			v.finite(),
			v.minValue(0),
			v.maxValue(360, 'A ring angle is not between 0 and 360 degrees.')
		)
	)
);
/** Version 2 adds `home`: true for the workshop's own organisation (at most one); later `ringAngle`. */
const partner = v.object({ ...partnerFieldsV1, home: v.boolean(), ringAngle, source });

const person = v.object({
	id,
	partnerId: id,
	name: short,
	title: short,
	roles: list(
		v.picklist(['contributes', 'allocates-resources', 'implements', 'makes-decisions'] as const),
		4
	),
	contact: text
});

const connection = v.object({ id, sourceId: id, targetId: id, type: short, strength: int(1, 3) });

const criterion = v.object({
	id,
	name: short,
	description: text,
	weight: int(0, 10),
	order: int(0, 10_000),
	source
});

const criterionScore = v.object({
	id,
	criterionId: id,
	partnerId: id,
	score: v.nullable(int(0, 5))
});

const pitfall = v.object({
	id,
	mark: pitfallMark,
	mitigation: text,
	owner: short,
	dueDate: isoDate,
	updatedAt: time,
	source
});

const check = v.object({
	id,
	itemId: id,
	partnerId: v.union([v.literal(''), id]),
	status: v.picklist(['not-started', 'in-progress', 'done'] as const),
	owner: short,
	note: text
});

const action = v.object({
	id,
	title: text,
	partnerId: v.union([v.literal(''), id]),
	owner: short,
	dueDate: isoDate,
	status: v.picklist(['todo', 'doing', 'done'] as const),
	order: int(0, 100_000),
	createdAt: time
});

const response = v.object({
	id,
	name: short,
	// 0 = a participant's own answers not handed in yet (kept in their browser); handed in = 1 or more.
	revision: int(0, 1_000_000),
	submittedAt: time,
	answers: v.pipe(
		v.record(id, text),
		v.check((r) => Object.keys(r).length <= 500, 'too-many-answers' satisfies RuleCode)
	),
	phase: v.nullable(phase),
	phaseReason: text,
	rubric: v.record(id, rubricValue),
	pitfalls: v.record(id, pitfallMark),
	suggestedPartners: list(short, 200),
	// The participant's public signing key (`p256.…`, see crypto.ts): the first key seen pins the id.
	signer: v.optional(v.pipe(v.string(), v.regex(/^p256\.[A-Za-z0-9_-]{87}$/))),
	// Format 3 / participation 2: the side they speak for, their organisation, momentum ratings, dot
	// votes (vote id → item id → dots), and the facilitator's removal (kept, restorable).
	side: v.optional(v.picklist(['', ...SIDES] as const)),
	organisation: v.optional(short),
	momentum: v.optional(
		v.pipe(
			v.record(id, int(1, 5)),
			v.check((r) => Object.keys(r).length <= 100, 'too-many-answers' satisfies RuleCode)
		)
	),
	votes: v.optional(
		v.pipe(
			v.record(
				id,
				v.pipe(
					v.record(id, int(1, MAX_DOTS)),
					v.check((b) => Object.keys(b).length <= MAX_DOTS, 'too-many-dots' satisfies RuleCode)
				)
			),
			v.check((r) => Object.keys(r).length <= 500, 'too-many-votes' satisfies RuleCode)
		)
	),
	removedAt: v.optional(v.nullable(time))
});

const theme = v.object({
	id,
	stepId: id,
	itemId: id,
	label: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	order: int(0, 100_000),
	createdAt: time,
	updatedAt: time
});

const answerMark = v.pipe(
	v.object({
		id,
		responseId: id,
		itemId: id,
		themeId: v.union([v.literal(''), id]),
		setAside: v.boolean(),
		updatedAt: time
	}),
	v.check(
		(m) => m.id === answerKey(m.responseId, m.itemId),
		'answer-key-mismatch' satisfies RuleCode
	)
);

const voteRound = v.object({
	id,
	stepId: id,
	target: v.picklist(VOTE_TARGETS),
	itemId: v.union([v.literal(''), id]),
	dots: int(1, MAX_DOTS),
	itemIds: list(id, MAX_VOTE_ITEMS),
	open: v.boolean(),
	openedAt: time,
	closedAt: v.nullable(time)
});

/** One row of each content table, as the database names them. */
const CONTENT_ROW_SCHEMAS = {
	agenda: agendaStep,
	sessions: session,
	answers: answer,
	phaseVotes: phaseVote,
	customRubricItems: customRubricItem,
	rubricRatings: rubricRating,
	partners: partner,
	people: person,
	connections: connection,
	criteria: criterion,
	criterionScores: criterionScore,
	pitfalls: pitfall,
	checks: check,
	actions: action,
	responses: response,
	themes: theme,
	answerMarks: answerMark,
	voteRounds: voteRound
} as const satisfies Record<ContentTableName, v.GenericSchema>;

type RowSchema<T extends ContentTableName> = (typeof CONTENT_ROW_SCHEMAS)[T];
/** The content's table fields: a nullable row for a single-row table, else a list up to its limit. */
type ContentTableSchemas = {
	[T in ContentTableName as BundleKeyOf<T>]: (typeof ROW_TABLES)[T]['one'] extends true
		? v.NullableSchema<RowSchema<T>, undefined>
		: ReturnType<typeof list<RowSchema<T>>>;
};

export const contentTables = Object.fromEntries(
	CONTENT_TABLE_NAMES.map((t) => [
		ROW_TABLES[t].key,
		ROW_TABLES[t].one
			? v.nullable(CONTENT_ROW_SCHEMAS[t])
			: list(CONTENT_ROW_SCHEMAS[t], LIST_LIMITS[t as ListTableName])
	])
) as ContentTableSchemas;

export const contentSchema = v.object({ workshop: v.object(workshopFields), ...contentTables });
/** Version 2's tables: today's without those format 3 added (their rows' new fields are optional). */
export const contentTablesV2 = Object.fromEntries(
	Object.entries(contentTables).filter(
		([key]) => !(TABLES_ADDED_IN_V3 as readonly string[]).includes(key)
	)
) as Omit<ContentTableSchemas, (typeof TABLES_ADDED_IN_V3)[number]>;
export const contentSchemaV2 = v.object({ workshop: v.object(workshopFields), ...contentTablesV2 });
export const contentTablesV1 = { ...contentTablesV2, partners: list(partnerV1, 5_000) };
export const contentSchemaV1 = v.object({ workshop: v.object(workshopFields), ...contentTablesV1 });

/** One row of each table, as the database names them (used to check rows read back from storage). */
export const ROW_SCHEMAS = {
	...CONTENT_ROW_SCHEMAS,
	snapshots: v.object({ id, label: short, takenAt: time, content: contentSchema })
} as const satisfies Record<RowTableName, v.GenericSchema>;

/** The workshop fields a user edits, any subset of them. */
export const WORKSHOP_PATCH_SCHEMA = v.partial(
	v.object({
		title: short,
		organisation: short,
		date: isoDate,
		facilitator: short,
		archived: v.boolean(),
		settings: workshopFields.settings
	})
);
