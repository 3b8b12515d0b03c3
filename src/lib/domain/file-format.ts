/**
 * The Convene workshop file: a versioned JSON envelope holding one whole workshop (documented in
 * docs/file-format.md). `serializeWorkshop` writes it; `readWorkshopFile` validates untrusted text
 * with valibot, repairs older versions, checks references, and returns a bundle or a reason (a
 * `WorkshopFileProblem` code, see problem.ts; `problemText` in `$lib/i18n/problem.ts` words it).
 */

import * as v from 'valibot';
import { CONTENT_VERSION } from './content-version';
import { MODULE_KINDS } from './modules';
import { refusalFromIssues, type RuleCode } from './refusal';
import { restoreContentV1, type WorkshopContentV1 } from './home';
import type { Inconsistency, WorkshopFileProblem } from './problem';
import { fail, ok, parseUntrustedJson, type Result } from './safe-json';
import {
	CONTENT_KEYS,
	CONTENT_TABLE_NAMES,
	mapTableRows,
	ROW_TABLES,
	type BundleKeyOf,
	type BundleRows,
	type ContentKey,
	type ContentRows,
	type ContentTableName,
	type ListTableName,
	type RowTableName
} from './tables';
import {
	MAP_VIEWS,
	PITFALL_MARKS,
	RUBRIC_VALUES,
	type LiveBundle,
	type ModuleKind,
	type WorkshopBundle,
	type WorkshopContent
} from './types';

// Issue messages are never shown: `refusalFromIssues` reads the issue's type, path and value, and a
// `v.check`'s message is its `RuleCode`.

export const WORKSHOP_FILE_TYPE = 'convene/workshop';
/** The version this app writes; it reads 1 (restored on import) and 2. See docs/file-format.md. */
export const WORKSHOP_FILE_VERSION = 2;
/**
 * The largest workshop file Convene reads, in bytes: above what the largest workshop the app allows
 * exports to (every list at its limit, snapshots up to `snapshotFits`), so every workshop Convene
 * holds, it can export and import back.
 */
export const MAX_FILE_BYTES = 48 * 1024 * 1024;

// ─── Field schemas ──────────────────────────────────────────────────────────────────────────────

/** Long answers (10,000 characters must fit, with room to spare). */
const text = v.pipe(v.string(), v.maxLength(20_000));
/** Names, titles, owners. */
const short = v.pipe(v.string(), v.maxLength(500));
/** Row ids: unique within their workshop; letters, digits and `_ . : @ -`. */
export const ROW_ID_PATTERN = /^[A-Za-z0-9_.:@-]{1,200}$/;
/**
 * Workshop ids: letters, digits, `_` and `-` (a UUID, `w-demo`). No `:`, so that no file can name a
 * workshop after anything else this browser keeps (a participant's answers once lived under `join:…`).
 */
export const WORKSHOP_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
const id = v.pipe(v.string(), v.regex(ROW_ID_PATTERN));
export const workshopId = v.pipe(v.string(), v.regex(WORKSHOP_ID_PATTERN));

/** The latest time JavaScript dates can format: 9999-12-31T23:59:59.999Z, in ms since 1970. */
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** The longest duration a timer can hold (a year); more cannot be drawn as minutes and seconds. */
export const MAX_DURATION_MS = 366 * 24 * 3600 * 1000;
/** How far from the centre a map position may be; the map draws well inside this. */
export const MAX_COORDINATE = 1_000_000;

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
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_TIME));
const duration = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_DURATION_MS));
const coordinate = v.nullable(
	v.pipe(v.number(), v.finite(), v.minValue(-MAX_COORDINATE), v.maxValue(MAX_COORDINATE))
);
const int = (min: number, max: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const list = <T extends v.GenericSchema>(item: T, max: number) =>
	v.pipe(v.array(item), v.maxLength(max));

const phase = v.picklist([1, 2, 3, 4, 5, 6] as const);
const rubricValue = v.picklist(['', ...RUBRIC_VALUES] as const);
const pitfallMark = v.picklist(['', ...PITFALL_MARKS] as const);

const workshopFields = {
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
	notes: text
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
	)
});

const answer = v.object({
	id,
	itemId: id,
	partnerId: v.union([v.literal(''), id]),
	text,
	rating: int(0, 5),
	updatedAt: time
});

const phaseVote = v.object({
	id,
	partnerId: v.union([v.literal(''), id]),
	phase,
	confidence: int(0, 5),
	reason: text,
	updatedAt: time
});

const customRubricItem = v.object({ id, domainId: id, text: short, order: int(0, 10_000) });

const rubricRating = v.object({ id, rating: rubricValue, note: text, updatedAt: time });

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
const partner = v.object({ ...partnerFieldsV1, home: v.boolean(), ringAngle });

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
	order: int(0, 10_000)
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
	updatedAt: time
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
	// The participant's public signing key (`p256.…`, see identity.ts): the first key seen pins the id.
	signer: v.optional(v.pipe(v.string(), v.regex(/^p256\.[A-Za-z0-9_-]{87}$/)))
});

/**
 * The most rows of each kind one workshop may hold: what the app allows, and what every workshop file
 * (and every snapshot in it) is checked against.
 */
export const LIST_LIMITS = {
	agenda: 500,
	answers: 50_000,
	phaseVotes: 5_000,
	customRubricItems: 1_000,
	rubricRatings: 5_000,
	partners: 5_000,
	people: 20_000,
	connections: 20_000,
	criteria: 200,
	criterionScores: 100_000,
	pitfalls: 1_000,
	checks: 50_000,
	actions: 10_000,
	responses: 2_000,
	snapshots: 200
} as const satisfies Record<ListTableName, number>;

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
	responses: response
} as const satisfies Record<ContentTableName, v.GenericSchema>;

type RowSchema<T extends ContentTableName> = (typeof CONTENT_ROW_SCHEMAS)[T];
/** The content's table fields: a nullable row for a single-row table, else a list up to its limit. */
type ContentTableSchemas = {
	[T in ContentTableName as BundleKeyOf<T>]: (typeof ROW_TABLES)[T]['one'] extends true
		? v.NullableSchema<RowSchema<T>, undefined>
		: ReturnType<typeof list<RowSchema<T>>>;
};

const contentTables = Object.fromEntries(
	CONTENT_TABLE_NAMES.map((t) => [
		ROW_TABLES[t].key,
		ROW_TABLES[t].one
			? v.nullable(CONTENT_ROW_SCHEMAS[t])
			: list(CONTENT_ROW_SCHEMAS[t], LIST_LIMITS[t as ListTableName])
	])
) as ContentTableSchemas;

const contentSchema = v.object({ workshop: v.object(workshopFields), ...contentTables });
const contentTablesV1 = { ...contentTables, partners: list(partnerV1, 5_000) };
const contentSchemaV1 = v.object({ workshop: v.object(workshopFields), ...contentTablesV1 });

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

const snapshot = ROW_SCHEMAS.snapshots;

const snapshotV1 = v.object({ id, label: short, takenAt: time, content: contentSchemaV1 });

const workshopV1 = v.object({
	id: workshopId,
	...workshopFields,
	...contentTablesV1,
	snapshots: list(snapshotV1, LIST_LIMITS.snapshots)
});

const workshopV2 = v.object({
	id: workshopId,
	...workshopFields,
	...contentTables,
	snapshots: list(snapshot, LIST_LIMITS.snapshots)
});

/**
 * The workshop objects of both file versions (inside the envelope's `workshop`): what a refusal of a
 * workshop file names fields of (`refusal-fields.ts` lists them).
 */
export const WORKSHOP_SCHEMAS = [workshopV1, workshopV2] as const;

const envelopeFields = {
	type: v.literal(WORKSHOP_FILE_TYPE),
	source: v.optional(short, ''),
	exportedAt: v.optional(v.string(), ''),
	contentVersion: v.optional(int(1, 1000), 1)
};
const envelopeV1 = v.object({ ...envelopeFields, version: v.literal(1), workshop: workshopV1 });
const envelopeV2 = v.object({ ...envelopeFields, version: v.literal(2), workshop: workshopV2 });

export type WorkshopFileV1 = v.InferOutput<typeof envelopeV1>;
export type WorkshopFileV2 = v.InferOutput<typeof envelopeV2>;

/**
 * Upgrades a validated version-1 file to version 2, losslessly: every partner gets `home: false`,
 * and the workshop (and each snapshot) that names an organisation gets a home partner (see
 * `restoreContentV1`). Deterministic, so export → import → export gives the same text.
 */
export function restoreV1(file: WorkshopFileV1): WorkshopFileV2 {
	const { id: workshopId, snapshots, record, rows } = splitWorkshop(file.workshop);
	const content = restoreContentV1({ workshop: record, ...rows });
	const { workshop: restoredRecord, ...restoredRows } = content;
	return {
		...file,
		version: 2,
		workshop: {
			id: workshopId,
			...restoredRecord,
			...restoredRows,
			snapshots: snapshots.map((s) => ({
				...s,
				content: restoreContentV1(s.content as WorkshopContentV1)
			}))
		}
	};
}

/**
 * A file's workshop object split into its id, its snapshots, its record's fields and its content's
 * rows (`CONTENT_KEYS`, in table order).
 */
function splitWorkshop<W extends { id: string; snapshots: unknown[] }>(
	w: W
): {
	id: string;
	snapshots: W['snapshots'];
	record: Omit<W, 'id' | 'snapshots' | ContentKey>;
	rows: Pick<W, ContentKey & keyof W>;
} {
	const { id: workshopId, snapshots, ...fields } = w;
	const keys = new Set<string>(CONTENT_KEYS);
	const all = fields as Record<string, unknown>;
	const record = Object.fromEntries(Object.entries(all).filter(([key]) => !keys.has(key)));
	const rows = Object.fromEntries(CONTENT_KEYS.map((key) => [key, all[key]]));
	return { id: workshopId, snapshots, record, rows } as ReturnType<typeof splitWorkshop<W>>;
}

// Compile-time proof that the schema and the domain types describe the same data: if a field is added
// to one and not the other, one of these lines stops compiling.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<v.InferOutput<typeof contentSchema>, WorkshopContent> = true;
void schemaMatchesTypes;

// ─── Writing ────────────────────────────────────────────────────────────────────────────────────

function stripWorkshopId<T extends { workshopId: string }>(row: T): Omit<T, 'workshopId'> {
	const { workshopId: _omit, ...rest } = row;
	void _omit;
	return rest;
}

/** A workshop bundle as the content it holds (rows without workshopId), e.g. for a snapshot. */
export function bundleToContent(bundle: LiveBundle): WorkshopContent {
	const { id: _id, ...workshop } = bundle.workshop;
	void _id;
	const rows = mapTableRows(bundle, CONTENT_TABLE_NAMES, (row) =>
		stripWorkshopId(row as { workshopId: string })
	);
	return { workshop, ...(rows as ContentRows) };
}

/** Rows of a content object given back their workshopId (the inverse of bundleToContent). */
export function contentToBundle(workshopId: string, content: WorkshopContent): LiveBundle {
	const rows = mapTableRows(content, CONTENT_TABLE_NAMES, (row) => ({ ...row, workshopId }));
	return {
		workshop: { id: workshopId, ...content.workshop },
		...(rows as Omit<BundleRows, 'snapshots'>)
	};
}

/**
 * An anonymous workshop's bundle with every participant's name blanked, in its responses and in
 * every snapshot's: names handed in before the switch to anonymous never leave in a file.
 */
export function withoutHiddenNames(bundle: WorkshopBundle): WorkshopBundle {
	if (!bundle.workshop.settings.anonymous) return bundle;
	const blank = <T extends { name: string }>(rows: T[]) =>
		rows.map((r) => (r.name === '' ? r : { ...r, name: '' }));
	return {
		...bundle,
		responses: blank(bundle.responses),
		snapshots: bundle.snapshots.map((s) => ({
			...s,
			content: { ...s.content, responses: blank(s.content.responses) }
		}))
	};
}

/** The file, as an object (see `workshopFileText` for the text written to disk). */
export function serializeWorkshop(
	bundleIn: WorkshopBundle,
	source = 'Convene',
	exportedAt = new Date()
): WorkshopFileV2 {
	const bundle = withoutHiddenNames(bundleIn);
	const content = bundleToContent(bundle);
	const { workshop: record, ...rows } = content;
	return {
		type: WORKSHOP_FILE_TYPE,
		version: WORKSHOP_FILE_VERSION,
		source,
		exportedAt: exportedAt.toISOString(),
		contentVersion: CONTENT_VERSION,
		workshop: {
			id: bundle.workshop.id,
			...record,
			...rows,
			snapshots: bundle.snapshots.map(stripWorkshopId)
		}
	};
}

/** Files below this size are indented for people to read; larger ones are written compactly. */
export const INDENT_BELOW_BYTES = 1024 * 1024;

/** The text of a workshop file: indented when small, compact when large (a third smaller). */
export function workshopFileText(bundle: WorkshopBundle): string {
	const file = serializeWorkshop(bundle);
	const compact = JSON.stringify(file);
	return compact.length < INDENT_BELOW_BYTES ? JSON.stringify(file, null, 2) : compact;
}

/** The size of a text in UTF-8 bytes (what a file on disk weighs; `File.size`). */
export function utf8Bytes(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

/**
 * Whether a workshop still exports to a file Convene can import once `snapshot` is added (each
 * snapshot is a full copy of the workshop, so snapshots are what makes a file grow). Sizes in bytes.
 */
export function snapshotFits(
	bundle: WorkshopBundle,
	snapshot: WorkshopBundle['snapshots'][number],
	limit = MAX_FILE_BYTES
): { fits: boolean; size: number; limit: number } {
	// The compact file grows by exactly the snapshot's own JSON (and a comma after the first).
	const size =
		utf8Bytes(JSON.stringify(serializeWorkshop(bundle))) +
		utf8Bytes(JSON.stringify(stripWorkshopId(snapshot))) +
		(bundle.snapshots.length > 0 ? 1 : 0);
	return { fits: size <= limit && bundle.snapshots.length < LIST_LIMITS.snapshots, size, limit };
}

/**
 * A snapshot refused because the workshop's file would grow past what Convene imports: `size` and
 * `limit` in bytes (the interface words it; `message` is for developers).
 */
export class FileLimitError extends Error {
	constructor(
		readonly size: number,
		readonly limit: number
	) {
		super(`workshop file would be ${size} bytes, over the ${limit}-byte import limit`);
		this.name = 'FileLimitError';
	}
}

// ─── Reading ────────────────────────────────────────────────────────────────────────────────────

/** Cross-row checks a schema cannot express: unique ids and references that point somewhere. */
function checkReferences(content: WorkshopContent): Inconsistency | null {
	for (const table of CONTENT_TABLE_NAMES) {
		const { key, one } = ROW_TABLES[table];
		if (one) continue;
		const rows = content[key] as { id: string }[];
		const seen = new Set<string>();
		for (const row of rows) {
			if (seen.has(row.id)) return { code: 'duplicate-id', table: key, id: row.id };
			seen.add(row.id);
		}
	}
	const partners = new Set(content.partners.map((p) => p.id));
	const criteria = new Set(content.criteria.map((c) => c.id));
	const steps = new Set(content.agenda.map((s) => s.id));
	const missingPartner = (pid: string) => pid !== '' && !partners.has(pid);
	if (content.partners.filter((p) => p.home).length > 1) return { code: 'two-homes' };
	if (content.people.some((p) => !partners.has(p.partnerId))) return { code: 'person-no-partner' };
	if (content.connections.some((c) => !partners.has(c.sourceId) || !partners.has(c.targetId))) {
		return { code: 'connection-no-partner' };
	}
	if (
		content.criterionScores.some((s) => !criteria.has(s.criterionId) || !partners.has(s.partnerId))
	) {
		return { code: 'score-no-criterion' };
	}
	for (const rows of [content.answers, content.phaseVotes, content.checks, content.actions]) {
		if (rows.some((r) => missingPartner(r.partnerId))) return { code: 'entry-no-partner' };
	}
	if (
		content.session &&
		content.session.currentStepId !== '' &&
		!steps.has(content.session.currentStepId)
	) {
		return { code: 'session-no-step' };
	}
	return null;
}

/**
 * Validates untrusted text as a workshop file. On success the bundle's rows carry the file's workshop
 * id; nothing is stored here — the caller decides (replace or keep both). A refusal is a
 * `WorkshopFileProblem`: a `JsonProblem` from `parseUntrustedJson`, `not-workshop`,
 * `is-response-file`, `wrong-type`, `no-version`, `newer-workshop`, `not-workshop-format` (with the
 * schema's `Refusal`), `inconsistent` / `snapshot-inconsistent` (with the `Inconsistency`) or
 * `duplicate-snapshot`.
 */
export function readWorkshopFile(textIn: string): Result<WorkshopBundle, WorkshopFileProblem> {
	const parsed = parseUntrustedJson(textIn, { maxChars: MAX_FILE_BYTES, maxDepth: 32 });
	if (!parsed.ok) return parsed;
	const data = parsed.value;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return fail({ code: 'not-workshop' });
	}
	const envelope = data as Record<string, unknown>;
	if (envelope.type !== WORKSHOP_FILE_TYPE) {
		if (envelope.type === 'convene/response') {
			return fail({ code: 'is-response-file' });
		}
		return fail({ code: 'wrong-type' });
	}
	if (
		typeof envelope.version !== 'number' ||
		!Number.isInteger(envelope.version) ||
		envelope.version < 1
	) {
		return fail({ code: 'no-version' });
	}
	if (envelope.version > WORKSHOP_FILE_VERSION) {
		return fail({
			code: 'newer-workshop',
			version: envelope.version,
			supported: WORKSHOP_FILE_VERSION
		});
	}
	// Older versions are validated against their own schema, then repaired (restoreV1 → V2), each with fixture tests.
	const refused = (issues: Parameters<typeof refusalFromIssues>[0]) =>
		fail<WorkshopBundle, WorkshopFileProblem>({
			code: 'not-workshop-format',
			refusal: refusalFromIssues(issues, 'workshop')
		});
	let file: WorkshopFileV2;
	if (envelope.version === 1) {
		const old = v.safeParse(envelopeV1, envelope);
		if (!old.success) return refused(old.issues);
		file = restoreV1(old.output);
	} else {
		const result = v.safeParse(envelopeV2, envelope);
		if (!result.success) return refused(result.issues);
		file = result.output;
	}
	const { id: workshopId, snapshots, record, rows } = splitWorkshop(file.workshop);
	const content: WorkshopContent = { workshop: record, ...rows };
	const problem = checkReferences(content);
	if (problem) return fail({ code: 'inconsistent', problem });
	for (const s of snapshots) {
		const p = checkReferences(s.content);
		if (p) return fail({ code: 'snapshot-inconsistent', label: s.label, problem: p });
	}
	if (new Set(snapshots.map((s) => s.id)).size !== snapshots.length)
		return fail({ code: 'duplicate-snapshot' });
	const bundle = contentToBundle(workshopId, content);
	return ok({ ...bundle, snapshots: snapshots.map((s) => ({ ...s, workshopId })) });
}
