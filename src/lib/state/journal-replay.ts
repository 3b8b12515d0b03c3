/**
 * Replaying the write-ahead journal (see journal.ts): every entry is validated before it is applied,
 * since storage can be tampered with or corrupted. Loaded only when the app starts a replay, so the
 * schemas it needs stay out of the first page load.
 */

import * as v from 'valibot';
import {
	ROW_ID_PATTERN,
	ROW_SCHEMAS,
	WORKSHOP_PATCH_SCHEMA,
	workshopId as workshopIdSchema
} from '$lib/domain/file-rows';
import { LEGACY_JOIN_PREFIX } from '$lib/db/database';
import type { RowTableName } from '$lib/domain/tables';
import type { ParticipantResponse } from '$lib/domain/types';
import { MAX_AGE_MS, read, store, type PendingWrite } from './journal';

const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const rowIdSchema = v.pipe(v.string(), v.regex(ROW_ID_PATTERN));
/** What a participant edits in their own answers (revision and time change only by handing in, `handedInAt`). */
const OWN_FIELDS = v.partial(
	v.pick(ROW_SCHEMAS.responses, [
		'name',
		'phase',
		'phaseReason',
		'suggestedPartners',
		'side',
		'organisation'
	])
);
const OWN_RECORDS = ['answers', 'rubric', 'pitfalls', 'momentum', 'votes'] as const;

/** A participant's own-answers write, if well-formed (`into` one of their record fields, or none). */
function validOwnWrite(w: Record<string, unknown>): PendingWrite | null {
	const owner = v.safeParse(workshopIdSchema, w.workshopId);
	const rowId = v.safeParse(rowIdSchema, w.id);
	const { workshopId: _w, ...baseFields } = (
		w.base && typeof w.base === 'object' ? w.base : {}
	) as Record<string, unknown>;
	void _w;
	const base = v.safeParse(ROW_SCHEMAS.responses, baseFields);
	if (!owner.success || !rowId.success || !base.success || base.output.id !== rowId.output)
		return null;
	const into = w.into === undefined ? undefined : OWN_RECORDS.find((f) => f === w.into);
	if (w.into !== undefined && !into) return null;
	const patch = into
		? v.safeParse(ROW_SCHEMAS.responses.entries[into], w.patch)
		: v.safeParse(OWN_FIELDS, w.patch);
	if (!patch.success) return null;
	const handedInAt =
		w.handedInAt === undefined
			? undefined
			: v.safeParse(ROW_SCHEMAS.responses.entries.submittedAt, w.handedInAt);
	if (handedInAt && !handedInAt.success) return null;
	const out: PendingWrite & { kind: 'own' } = {
		kind: 'own',
		workshopId: owner.output,
		id: rowId.output,
		patch: patch.output as Record<string, unknown>,
		base: { ...base.output, workshopId: owner.output } as ParticipantResponse
	};
	if (handedInAt) out.handedInAt = handedInAt.output;
	return into ? { ...out, into } : out;
}

/** The list fields a toggle write may change, per table: nothing else is replayed. */
const TOGGLE_FIELDS: Partial<Record<RowTableName, readonly string[]>> = {
	people: ['roles'],
	agenda: ['asked']
};
const listValues = v.pipe(v.array(rowIdSchema), v.maxLength(200));

function validToggle(w: Record<string, unknown>): PendingWrite | null {
	if (typeof w.table !== 'string' || !Object.hasOwn(TOGGLE_FIELDS, w.table)) return null;
	const table = w.table as RowTableName;
	if (typeof w.field !== 'string' || !TOGGLE_FIELDS[table]!.includes(w.field)) return null;
	const owner = v.safeParse(idSchema, w.workshopId);
	const rowId = v.safeParse(rowIdSchema, w.id);
	const value = v.safeParse(rowIdSchema, w.value);
	const order = w.order === undefined ? null : v.safeParse(listValues, w.order);
	const absent = w.whenAbsent === undefined ? null : v.safeParse(listValues, w.whenAbsent);
	if (!owner.success || !rowId.success || !value.success || typeof w.on !== 'boolean') return null;
	if ((order && !order.success) || (absent && !absent.success)) return null;
	// The value must be one the stored list may hold (a known role, a question id): the row's own schema.
	const rowSchema = ROW_SCHEMAS[table] as v.ObjectSchema<v.ObjectEntries, undefined>;
	if (!v.safeParse(rowSchema.entries[w.field], [value.output]).success) return null;
	const out: PendingWrite & { kind: 'toggle' } = {
		kind: 'toggle',
		table,
		workshopId: owner.output,
		id: rowId.output,
		field: w.field,
		value: value.output,
		on: w.on
	};
	if (order) out.order = order.output;
	if (absent) out.whenAbsent = absent.output;
	return out;
}

/** A journal entry's write if it is well-formed (storage can be tampered with or corrupted). */
export function validWrite(write: unknown): PendingWrite | null {
	if (!write || typeof write !== 'object') return null;
	const w = write as Record<string, unknown>;
	if (w.kind === 'own') return validOwnWrite(w);
	// Left by a page of schema 1, which filed a participant's answers under `join:<workshopId>`.
	if (
		w.kind === 'rowPatch' &&
		w.table === 'responses' &&
		typeof w.workshopId === 'string' &&
		w.workshopId.startsWith(LEGACY_JOIN_PREFIX)
	) {
		const workshopId = w.workshopId.slice(LEGACY_JOIN_PREFIX.length);
		return validOwnWrite({ ...w, workshopId, base: { ...(w.base as object), workshopId } });
	}
	if (w.kind === 'toggle') return validToggle(w);
	if (w.kind === 'workshop') {
		const id = v.safeParse(idSchema, w.id);
		const patch = v.safeParse(WORKSHOP_PATCH_SCHEMA, w.patch);
		return id.success && patch.success
			? { kind: 'workshop', id: id.output, patch: patch.output }
			: null;
	}
	// Own keys only: `in` would also accept '__proto__', 'constructor' or 'toString' and crash the replay.
	if (
		w.kind === 'row' &&
		typeof w.table === 'string' &&
		Object.hasOwn(ROW_SCHEMAS, w.table) &&
		w.row &&
		typeof w.row === 'object'
	) {
		const table = w.table as RowTableName;
		const { workshopId, ...rest } = w.row as Record<string, unknown>;
		const owner = v.safeParse(idSchema, workshopId);
		const row = v.safeParse(ROW_SCHEMAS[table], rest);
		return owner.success && row.success
			? { kind: 'row', table, row: { ...row.output, workshopId: owner.output } }
			: null;
	}
	if (
		w.kind === 'rowPatch' &&
		typeof w.table === 'string' &&
		Object.hasOwn(ROW_SCHEMAS, w.table) &&
		w.patch &&
		typeof w.patch === 'object'
	) {
		const table = w.table as RowTableName;
		const owner = v.safeParse(idSchema, w.workshopId);
		const rowId = v.safeParse(idSchema, w.id);
		const rowSchema = ROW_SCHEMAS[table] as v.ObjectSchema<v.ObjectEntries, undefined>;
		const target = w.into === undefined ? rowSchema : innerObjectSchema(rowSchema, w.into);
		if (!target) return null;
		const patch = v.safeParse(v.partial(target), w.patch);
		if (!owner.success || !rowId.success || !patch.success) return null;
		const fields = patch.output as Record<string, unknown>;
		// A patch never moves a row to another key.
		if (w.into === undefined && ('id' in fields || 'workshopId' in fields)) return null;
		const out: PendingWrite = {
			kind: 'rowPatch',
			table,
			workshopId: owner.output,
			id: rowId.output,
			patch: fields
		};
		if (typeof w.into === 'string') out.into = w.into;
		if (w.base === undefined) return out;
		const { workshopId: _w, ...baseFields } = (w.base ?? {}) as Record<string, unknown>;
		void _w;
		const base = v.safeParse(ROW_SCHEMAS[table], baseFields);
		if (!base.success || (base.output as { id: string }).id !== rowId.output) return null;
		return {
			...out,
			base: { ...(base.output as Record<string, unknown>), workshopId: owner.output }
		};
	}
	return null;
}

/** The object schema of a row field that holds an object (possibly nullable), or null if it holds none. */
function innerObjectSchema(row: v.ObjectSchema<v.ObjectEntries, undefined>, field: unknown) {
	if (typeof field !== 'string' || !Object.hasOwn(row.entries, field)) return null;
	let schema = row.entries[field] as v.GenericSchema & { type: string; wrapped?: v.GenericSchema };
	if (schema.type === 'nullable' && schema.wrapped) schema = schema.wrapped as typeof schema;
	return schema.type === 'object'
		? (schema as unknown as v.ObjectSchema<v.ObjectEntries, undefined>)
		: null;
}

/** Takes every pending write left by an earlier page, oldest first, clearing the journal. */
export function journalTake(now = Date.now()): PendingWrite[] {
	const entries = read();
	store([]);
	return entries
		.filter((e) => e && typeof e.at === 'number' && now - e.at < MAX_AGE_MS)
		.sort((a, b) => a.at - b.at)
		.map((e) => validWrite(e.write))
		.filter((w): w is PendingWrite => w !== null);
}
