/**
 * The Convene workshop file: a versioned JSON envelope holding one whole workshop (documented in
 * docs/file-format.md). `serializeWorkshop` writes it; `readWorkshopFile` validates untrusted text
 * with valibot, repairs older versions, checks references, and returns a bundle or a reason (a
 * `WorkshopFileProblem` code, see problem.ts; `problemText` in `$lib/i18n/problem.ts` words it).
 */

import * as v from 'valibot';
import { CONTENT_VERSION } from './content-version';
import { LIST_LIMITS, MAX_FILE_BYTES } from './file-limits';
import {
	contentSchema,
	contentSchemaV1,
	contentSchemaV2,
	contentTables,
	contentTablesV1,
	contentTablesV2,
	id,
	int,
	list,
	ROW_SCHEMAS,
	short,
	time,
	workshopFields,
	workshopId
} from './file-rows';
import { refusalFromIssues } from './refusal';
import { restoreContentV1, type WorkshopContentV1 } from './home';
import { restoreContentV2, type WorkshopContentV2 } from './file-v2';
import type { Inconsistency, WorkshopFileProblem } from './problem';
import { fail, ok, parseUntrustedJson, type Result } from './safe-json';
import {
	CONTENT_KEYS,
	CONTENT_TABLE_NAMES,
	mapTableRows,
	ROW_TABLES,
	type BundleRows,
	type ContentKey,
	type ContentRows
} from './tables';
import type { LiveBundle, WorkshopBundle, WorkshopContent } from './types';

export const WORKSHOP_FILE_TYPE = 'convene/workshop';
/**
 * The version this app writes; it reads 1 and 2 (each restored to the next on import) and 3. See
 * docs/file-format.md.
 */
export const WORKSHOP_FILE_VERSION = 3;

const snapshot = ROW_SCHEMAS.snapshots;

const snapshotV1 = v.object({ id, label: short, takenAt: time, content: contentSchemaV1 });

const workshopV1 = v.object({
	id: workshopId,
	...workshopFields,
	...contentTablesV1,
	snapshots: list(snapshotV1, LIST_LIMITS.snapshots)
});

const snapshotV2 = v.object({ id, label: short, takenAt: time, content: contentSchemaV2 });

const workshopV2 = v.object({
	id: workshopId,
	...workshopFields,
	...contentTablesV2,
	snapshots: list(snapshotV2, LIST_LIMITS.snapshots)
});

const workshopV3 = v.object({
	id: workshopId,
	...workshopFields,
	...contentTables,
	snapshots: list(snapshot, LIST_LIMITS.snapshots)
});

/**
 * The workshop objects of both file versions (inside the envelope's `workshop`): what a refusal of a
 * workshop file names fields of (`refusal-fields.ts` lists them).
 */
export const WORKSHOP_SCHEMAS = [workshopV1, workshopV2, workshopV3] as const;

const envelopeFields = {
	type: v.literal(WORKSHOP_FILE_TYPE),
	source: v.optional(short, ''),
	exportedAt: v.optional(v.string(), ''),
	contentVersion: v.optional(int(1, 1000), 1)
};
const envelopeV1 = v.object({ ...envelopeFields, version: v.literal(1), workshop: workshopV1 });
const envelopeV2 = v.object({ ...envelopeFields, version: v.literal(2), workshop: workshopV2 });
const envelopeV3 = v.object({ ...envelopeFields, version: v.literal(3), workshop: workshopV3 });

export type WorkshopFileV1 = v.InferOutput<typeof envelopeV1>;
export type WorkshopFileV2 = v.InferOutput<typeof envelopeV2>;
export type WorkshopFileV3 = v.InferOutput<typeof envelopeV3>;

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
 * Upgrades a validated version-2 file to version 3, losslessly: the workshop and each snapshot gain
 * empty lists of themes, answer marks and vote rounds (`restoreContentV2`); nothing else changes.
 */
export function restoreV2(file: WorkshopFileV2): WorkshopFileV3 {
	const { id: workshopId, snapshots, record, rows } = splitWorkshop(file.workshop);
	const { workshop: restoredRecord, ...restoredRows } = restoreContentV2({
		workshop: record,
		...rows
	} as WorkshopContentV2);
	return {
		...file,
		version: 3,
		workshop: {
			id: workshopId,
			...restoredRecord,
			...restoredRows,
			snapshots: snapshots.map((s) => ({
				...s,
				content: restoreContentV2(s.content as WorkshopContentV2)
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
): WorkshopFileV3 {
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
	const themes = new Set(content.themes.map((t) => t.id));
	if (content.answerMarks.some((m) => m.themeId !== '' && !themes.has(m.themeId))) {
		return { code: 'mark-no-theme' };
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
	// Older versions are validated against their own schema, then repaired (restoreV1 → V2 →
	// restoreV2 → V3), each with fixture tests.
	const refused = (issues: Parameters<typeof refusalFromIssues>[0]) =>
		fail<WorkshopBundle, WorkshopFileProblem>({
			code: 'not-workshop-format',
			refusal: refusalFromIssues(issues, 'workshop')
		});
	let file: WorkshopFileV3;
	if (envelope.version === 1) {
		const old = v.safeParse(envelopeV1, envelope);
		if (!old.success) return refused(old.issues);
		file = restoreV2(restoreV1(old.output));
	} else if (envelope.version === 2) {
		const old = v.safeParse(envelopeV2, envelope);
		if (!old.success) return refused(old.issues);
		file = restoreV2(old.output);
	} else {
		const result = v.safeParse(envelopeV3, envelope);
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
