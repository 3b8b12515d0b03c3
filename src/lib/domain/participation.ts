/**
 * Participants without a server: what a join link carries to a participant's browser, what a
 * participant hands back (a response file or link), and how the facilitator's import merges them —
 * idempotent, newest revision wins, every refusal with a reason (a `DocumentProblem` or
 * `MergeReason` code, worded by `$lib/i18n/problem.ts`). Pure; links are compressed with lz-string
 * into the URL fragment, which browsers never send to a server.
 */

import { compressToEncodedURIComponent } from 'lz-string';
import { decompressCapped } from './lz-capped';
import * as v from 'valibot';
import { CONTENT_VERSION } from './content-version';
import { ROW_ID_PATTERN, ROW_SCHEMAS, workshopId as workshopIdSchema } from './file-rows';
import { refusalFromIssues, type RuleCode } from './refusal';
import type { DocumentKind, DocumentProblem, Problem } from './problem';
import { fail, ok, parseUntrustedJson, type Result } from './safe-json';
import { MAX_VOTE_ITEMS } from './file-limits';
import { MAX_DOTS, VOTE_TARGETS, type AgendaStep, type ParticipantResponse } from './types';

const JOIN_TYPE = 'convene/join';
const RESPONSE_TYPE = 'convene/response';
/**
 * The version written: 2 adds the invite's open dot votes and the response's side, organisation,
 * momentum ratings and dots (all optional), and later the invite's optional `asked` (the seed
 * questions each form asks; a reader that ignores it asks every question); version 1 is still read.
 */
export const PARTICIPATION_VERSION = 2;
const READ_VERSIONS = [1, 2] as const;
/** Longest link payload accepted (links longer than this do not survive chat apps anyway). */
const MAX_LINK_CHARS = 60_000;
export const MAX_RESPONSE_FILE_BYTES = 1024 * 1024;

export const PARTICIPANT_MODULES = [
	'phase',
	'rubric',
	'pitfalls',
	'momentum',
	'aspiration',
	'map-questions',
	'suggestions',
	'reflection'
] as const;
export type ParticipantModule = (typeof PARTICIPANT_MODULES)[number];

/** Which participant forms an agenda calls for, in agenda order. */
export function participantModulesFor(
	agenda: readonly Pick<AgendaStep, 'module'>[]
): ParticipantModule[] {
	const map: Partial<Record<AgendaStep['module'], ParticipantModule>> = {
		phase: 'phase',
		rubric: 'rubric',
		pitfalls: 'pitfalls',
		momentum: 'momentum',
		aspiration: 'aspiration',
		'map-questions': 'map-questions',
		'stakeholder-map': 'suggestions',
		'final-words': 'reflection'
	};
	const out: ParticipantModule[] = [];
	for (const step of agenda) {
		const m = map[step.module];
		if (m && !out.includes(m)) out.push(m);
	}
	return out;
}

// ─── Schemas ────────────────────────────────────────────────────────────────────────────────────

const id = v.pipe(v.string(), v.regex(ROW_ID_PATTERN));
const short = v.pipe(v.string(), v.maxLength(500));

/** The most dot votes an invite carries (votes open at once). */
export const MAX_OPEN_VOTES = 20;

/** A join invite (link, file, or inside a live room's announcement). */
export const joinSchema = v.object({
	type: v.literal(JOIN_TYPE),
	version: v.picklist(READ_VERSIONS),
	workshopId: workshopIdSchema,
	title: short,
	organisation: short,
	contentVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
	anonymous: v.boolean(),
	modules: v.pipe(
		v.array(v.picklist(PARTICIPANT_MODULES)),
		v.maxLength(PARTICIPANT_MODULES.length),
		v.check((m) => new Set(m).size === m.length, 'form-listed-twice' satisfies RuleCode)
	),
	customRubricItems: v.pipe(v.array(v.object({ id, domainId: id, text: short })), v.maxLength(200)),
	// The seed questions each form asks (ids, see asked.ts `inviteAsked`); a form not listed asks all.
	asked: v.optional(
		v.record(v.picklist(PARTICIPANT_MODULES), v.pipe(v.array(id), v.maxLength(100)))
	),
	// Version 2: the dot votes open when the invite was made, with their items' names.
	votes: v.optional(
		v.pipe(
			v.array(
				v.object({
					id,
					target: v.picklist(VOTE_TARGETS),
					dots: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DOTS)),
					items: v.pipe(v.array(v.object({ id, label: short })), v.maxLength(MAX_VOTE_ITEMS))
				})
			),
			v.maxLength(MAX_OPEN_VOTES)
		)
	)
});

/** A dot vote as a participant sees it: what to spread `dots` dots over. */
export type InviteVote = NonNullable<JoinInvite['votes']>[number];

export type JoinInvite = v.InferOutput<typeof joinSchema>;

const responseFileSchema = v.object({
	type: v.literal(RESPONSE_TYPE),
	version: v.picklist(READ_VERSIONS),
	workshopId: workshopIdSchema,
	contentVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
	response: v.pipe(
		ROW_SCHEMAS.responses,
		v.check((r) => r.revision >= 1, 'never-handed-in' satisfies RuleCode)
	),
	// The participant's ECDSA signature of this file without this field (see signed-response.ts).
	signature: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{86}$/)))
});

export type ResponseFile = v.InferOutput<typeof responseFileSchema>;

/** The join link's and the response file's schemas: what their refusals name fields of. */
export const PARTICIPATION_SCHEMAS = [joinSchema, responseFileSchema] as const;

function checkEnvelope(data: unknown, type: string, what: DocumentKind): DocumentProblem | null {
	if (data === null || typeof data !== 'object' || Array.isArray(data))
		return { code: 'not-convene', what };
	const d = data as Record<string, unknown>;
	if (d.type !== type) return { code: 'not-convene', what };
	if (typeof d.version !== 'number' || !Number.isInteger(d.version))
		return { code: 'document-no-version', what };
	if (d.version > PARTICIPATION_VERSION)
		return { code: 'document-newer', what, version: d.version };
	return null;
}

function validate<T>(
	text: string,
	schema: v.GenericSchema<unknown, T>,
	type: string,
	what: DocumentKind,
	maxChars: number
): Result<T, DocumentProblem> {
	const parsed = parseUntrustedJson(text, { maxChars, maxDepth: 16 });
	if (!parsed.ok) return fail({ code: 'document-unreadable', what, reason: parsed.problem });
	const envelope = checkEnvelope(parsed.value, type, what);
	if (envelope) return fail(envelope);
	const result = v.safeParse(schema, parsed.value);
	if (result.success) return ok(result.output);
	const refusal = refusalFromIssues(result.issues, type === JOIN_TYPE ? 'invite' : 'response');
	return fail({ code: 'document-invalid', what, refusal });
}

// ─── Join invites ───────────────────────────────────────────────────────────────────────────────

export function makeInvite(
	fields: Omit<JoinInvite, 'type' | 'version' | 'contentVersion'>
): JoinInvite {
	return {
		type: JOIN_TYPE,
		version: PARTICIPATION_VERSION,
		contentVersion: CONTENT_VERSION,
		...fields
	};
}

const encodePayload = (data: unknown): string =>
	compressToEncodedURIComponent(JSON.stringify(data));

/**
 * Undoes the percent-encoding that chat and mail tools add to links they pass on (`+` as `%2B`,
 * `$` as `%24`); a payload with a broken escape is left as it is (and then refused as damaged).
 */
function percentDecoded(text: string): string {
	if (!text.includes('%')) return text;
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function decodePayload(encoded: string, what: DocumentKind): Result<string, DocumentProblem> {
	if (encoded.length > MAX_LINK_CHARS * 3) return fail({ code: 'link-too-long', what });
	const trimmed = percentDecoded(encoded.trim()).trim();
	if (trimmed === '') return fail({ code: 'link-empty', what });
	if (trimmed.length > MAX_LINK_CHARS) return fail({ code: 'link-too-long', what });
	if (!/^[A-Za-z0-9+$-]+$/.test(trimmed)) return fail({ code: 'link-bad-characters', what });
	// Decompression can blow up a short hostile input (60,000 characters to hundreds of millions):
	// it stops as soon as the text passes what we are willing to parse.
	const text = decompressCapped(trimmed, MAX_RESPONSE_FILE_BYTES);
	if (text === 'too-much') return fail({ code: 'link-too-much', what });
	if (!text) return fail({ code: 'link-damaged', what });
	// A link cut by one character can still decompress (its last character only carried padding):
	// Convene's links are exactly what compressing their text gives, so anything else is damaged.
	if (compressToEncodedURIComponent(text) !== trimmed) return fail({ code: 'link-damaged', what });
	return ok(text);
}

/** The fragment part of a join link (`j=…`). */
export function encodeInvite(invite: JoinInvite): string {
	return `j=${encodePayload(invite)}`;
}

/**
 * Reads a join link's fragment (with or without the leading `#`, with or without `j=`). Refusals
 * (`DocumentProblem`, `what: 'join-link'`): the `link-…` codes for a damaged payload, then those
 * of `readInviteFile`.
 */
export function decodeInvite(fragment: string): Result<JoinInvite, DocumentProblem> {
	const payload = percentDecoded(fragment.trim()).replace(/^#/, '').replace(/^j=/, '');
	const text = decodePayload(payload, 'join-link');
	if (!text.ok) return text;
	return validate(text.value, joinSchema, JOIN_TYPE, 'join-link', MAX_RESPONSE_FILE_BYTES);
}

/**
 * Reads a join file. Refusals (`DocumentProblem`): `document-unreadable` (with the `JsonProblem`),
 * `not-convene`, `document-no-version`, `document-newer`, `document-invalid` (with the `Refusal`).
 */
export function readInviteFile(text: string): Result<JoinInvite, DocumentProblem> {
	return validate(text, joinSchema, JOIN_TYPE, 'join-file', MAX_RESPONSE_FILE_BYTES);
}

// ─── Responses ──────────────────────────────────────────────────────────────────────────────────

export function makeResponseFile(
	workshopId: string,
	response: Omit<ParticipantResponse, 'workshopId'>
): ResponseFile {
	return {
		type: RESPONSE_TYPE,
		version: PARTICIPATION_VERSION,
		workshopId,
		contentVersion: CONTENT_VERSION,
		response
	};
}

export function encodeResponse(file: ResponseFile): string {
	return `r=${encodePayload(file)}`;
}

/** Reads a response file; refusals as `readInviteFile`'s, with `what: 'response-file'`. */
export function readResponseFile(text: string): Result<ResponseFile, DocumentProblem> {
	return validate(
		text,
		responseFileSchema,
		RESPONSE_TYPE,
		'response-file',
		MAX_RESPONSE_FILE_BYTES
	);
}

/** Reads a response link's fragment (`r=…`); refusals as `decodeInvite`'s, with `what: 'response-link'`. */
export function decodeResponse(fragment: string): Result<ResponseFile, DocumentProblem> {
	const payload = percentDecoded(fragment.trim()).replace(/^#/, '').replace(/^r=/, '');
	const text = decodePayload(payload, 'response-link');
	if (!text.ok) return text;
	return validate(
		text.value,
		responseFileSchema,
		RESPONSE_TYPE,
		'response-link',
		MAX_RESPONSE_FILE_BYTES
	);
}

/**
 * Every response link in pasted text (a whole chat transcript, say): the `r=` payloads after a `#`
 * or `&`, each once, in order. Chat apps add trailing punctuation, which the payload alphabet excludes.
 */
export function findResponseLinks(text: string): string[] {
	const found: string[] = [];
	// `%2B`, `%24` and `%3D` are what mail and chat tools make of `+`, `$` and `=`.
	for (const match of text
		.slice(0, 5_000_000)
		.matchAll(/(?:[#&]|%23|%26)r(?:=|%3D)((?:[A-Za-z0-9+$-]|%2B|%24){20,})/gi)) {
		const payload = percentDecoded(match[1]);
		if (!found.includes(payload)) found.push(payload);
	}
	return found;
}

// ─── Merge ──────────────────────────────────────────────────────────────────────────────────────

export type MergeOutcome = 'added' | 'updated' | 'unchanged' | 'older' | 'refused';

/**
 * Why an item of an import has its outcome: the refusal's `Problem` ('refused'), or a note on the
 * revisions ('updated', 'unchanged', 'older'). Worded by `mergeReasonText` in `$lib/i18n/problem.ts`.
 */
export type MergeReason =
	| Problem
	| { code: 'other-workshop' }
	| { code: 'revision-replaces'; revision: number; known: number }
	| { code: 'already-imported' }
	| { code: 'newer-here'; revision: number };

export interface MergeItem {
	/** Where it came from: a file name or "link 3". */
	source: string;
	outcome: MergeOutcome;
	/** The participant's name as handed in ('' when anonymous or refused). */
	name: string;
	/** null for 'added'. */
	reason: MergeReason | null;
}

export interface MergePlan {
	items: MergeItem[];
	/** Rows to write, in one transaction. */
	writes: ParticipantResponse[];
}

const isNewer = (
	a: Pick<ParticipantResponse, 'revision' | 'submittedAt'>,
	b: Pick<ParticipantResponse, 'revision' | 'submittedAt'>
) => a.revision > b.revision || (a.revision === b.revision && a.submittedAt > b.submittedAt);

/**
 * What importing a batch would do. Idempotent: a response already stored (same or older revision)
 * changes nothing; a newer revision replaces the older; a response for another workshop is refused.
 */
export function planMerge(
	workshopId: string,
	existing: readonly ParticipantResponse[],
	incoming: readonly { source: string; file: Result<ResponseFile> }[]
): MergePlan {
	const current = new Map(existing.map((r) => [r.id, r]));
	const writes = new Map<string, ParticipantResponse>();
	const items: MergeItem[] = [];
	for (const { source, file } of incoming) {
		if (!file.ok) {
			items.push({ source, outcome: 'refused', name: '', reason: file.problem });
			continue;
		}
		const { response } = file.value;
		if (file.value.workshopId !== workshopId) {
			items.push({
				source,
				outcome: 'refused',
				name: response.name,
				reason: { code: 'other-workshop' }
			});
			continue;
		}
		const row: ParticipantResponse = { ...response, workshopId };
		const known = writes.get(row.id) ?? current.get(row.id);
		if (!known) {
			writes.set(row.id, row);
			items.push({ source, outcome: 'added', name: row.name, reason: null });
		} else if (isNewer(row, known)) {
			writes.set(row.id, row);
			items.push({
				source,
				outcome: 'updated',
				name: row.name,
				reason: { code: 'revision-replaces', revision: row.revision, known: known.revision }
			});
		} else if (row.revision === known.revision && row.submittedAt === known.submittedAt) {
			items.push({
				source,
				outcome: 'unchanged',
				name: row.name,
				reason: { code: 'already-imported' }
			});
		} else {
			items.push({
				source,
				outcome: 'older',
				name: row.name,
				reason: { code: 'newer-here', revision: known.revision }
			});
		}
	}
	return { items, writes: [...writes.values()] };
}

// ─── Names ──────────────────────────────────────────────────────────────────────────────────────

/** A partner name as compared for duplicates: accents, case, punctuation and spacing ignored. */
export function normalizeName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

interface SuggestedPartner {
	key: string;
	/** The most common spelling, as typed (trimmed). */
	name: string;
	count: number;
}

/** Participants' partner suggestions, deduplicated by normalized name, most suggested first. */
export function dedupeSuggestions(names: readonly string[]): SuggestedPartner[] {
	const groups = new Map<
		string,
		{ spellings: Map<string, number>; count: number; first: number }
	>();
	names.forEach((raw, i) => {
		const name = raw.trim().replace(/\s+/g, ' ');
		const key = normalizeName(name);
		if (!key) return;
		const g = groups.get(key) ?? { spellings: new Map(), count: 0, first: i };
		g.count++;
		g.spellings.set(name, (g.spellings.get(name) ?? 0) + 1);
		groups.set(key, g);
	});
	return [...groups.entries()]
		.map(([key, g]) => {
			// Ties go to the spelling with accents (more information), then the first seen.
			const [name] = [...g.spellings.entries()].sort(
				(a, b) => b[1] - a[1] || b[0].normalize('NFD').length - a[0].normalize('NFD').length
			)[0];
			return { key, name, count: g.count, first: g.first };
		})
		.sort((a, b) => b.count - a.count || a.first - b.first)
		.map(({ key, name, count }) => ({ key, name, count }));
}
