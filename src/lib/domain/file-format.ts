/**
 * The Convene workshop file: a versioned JSON envelope holding one whole workshop (documented in
 * docs/file-format.md). `serializeWorkshop` writes it; `readWorkshopFile` validates untrusted text
 * with valibot, repairs older versions, checks references, and returns a bundle or a reason.
 */

import * as v from 'valibot';
import { CONTENT_VERSION } from './content-version';
import { MODULE_KINDS } from './modules';
import { fail, ok, parseUntrustedJson, type Result } from './safe-json';
import type {
	ModuleKind,
	WorkshopBundle,
	WorkshopContent,
	Workshop
} from './types';
import { ROW_TABLES } from './types';
import { t } from '$lib/i18n/messages';

// Valibot's built-in messages are English. Issues without a message of ours say what was expected
// through the catalogue instead (set once; participation.ts reuses these schemas).
v.setGlobalMessage((issue) => t('problem.invalidValue', { expected: issue.expected ?? '?', received: issue.received }));

export const WORKSHOP_FILE_TYPE = 'convene/workshop';
export const WORKSHOP_FILE_VERSION = 1;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

// ─── Field schemas ──────────────────────────────────────────────────────────────────────────────

/** Long answers (10,000 characters must fit, with room to spare). */
const text = v.pipe(v.string(), v.maxLength(20_000, () => t('problem.textTooLong')));
/** Names, titles, owners. */
const short = v.pipe(v.string(), v.maxLength(500, () => t('problem.nameTooLong')));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[\w.:@-]+$/u, () => t('problem.badId')));
const isoDate = v.union([v.literal(''), v.pipe(v.string(), v.isoDate('A date is not in YYYY-MM-DD form.'))]);
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const list = <T extends v.GenericSchema>(item: T, max: number) =>
	v.pipe(v.array(item), v.maxLength(max, `A list has more than ${max} entries.`));

const phase = v.picklist([1, 2, 3, 4, 5, 6] as const);
const rubricValue = v.picklist(['', 'not-in-place', 'in-progress', 'in-place'] as const);
const pitfallMark = v.picklist(['', 'risk', 'under-control', 'accelerator', 'n/a'] as const);

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
	timerElapsedMs: time,
	timerStartedAt: v.nullable(time),
	timerExtraMs: time,
	blank: v.boolean(),
	revealed: v.boolean(),
	showJoin: v.boolean()
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

const partner = v.object({
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
	x: v.nullable(v.pipe(v.number(), v.finite())),
	y: v.nullable(v.pipe(v.number(), v.finite())),
	pinned: v.boolean(),
	createdAt: time,
	updatedAt: time
});

const person = v.object({
	id,
	partnerId: id,
	name: short,
	title: short,
	roles: list(v.picklist(['contributes', 'allocates-resources', 'implements', 'makes-decisions'] as const), 4),
	contact: text
});

const connection = v.object({ id, sourceId: id, targetId: id, type: short, strength: int(1, 3) });

const criterion = v.object({ id, name: short, description: text, weight: int(0, 10), order: int(0, 10_000) });

const criterionScore = v.object({ id, criterionId: id, partnerId: id, score: v.nullable(int(0, 5)) });

const pitfall = v.object({ id, mark: pitfallMark, mitigation: text, owner: short, dueDate: isoDate, updatedAt: time });

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
	answers: v.pipe(v.record(id, text), v.check((r) => Object.keys(r).length <= 500, () => t('problem.tooManyAnswers'))),
	phase: v.nullable(phase),
	phaseReason: text,
	rubric: v.record(id, rubricValue),
	pitfalls: v.record(id, pitfallMark),
	suggestedPartners: list(short, 200)
});

const contentTables = {
	agenda: list(agendaStep, 500),
	session: v.nullable(session),
	answers: list(answer, 50_000),
	phaseVotes: list(phaseVote, 5_000),
	customRubricItems: list(customRubricItem, 1_000),
	rubricRatings: list(rubricRating, 5_000),
	partners: list(partner, 5_000),
	people: list(person, 20_000),
	connections: list(connection, 20_000),
	criteria: list(criterion, 200),
	criterionScores: list(criterionScore, 100_000),
	pitfalls: list(pitfall, 1_000),
	checks: list(check, 50_000),
	actions: list(action, 10_000),
	responses: list(response, 2_000)
};

const contentSchema = v.object({ workshop: v.object(workshopFields), ...contentTables });

/** One row of each table, as the database names them (used to check rows read back from storage). */
export const ROW_SCHEMAS = {
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
	snapshots: v.object({ id, label: short, takenAt: time, content: contentSchema })
} as const;

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

const workshopV1 = v.object({
	id,
	...workshopFields,
	...contentTables,
	snapshots: list(snapshot, 200)
});

const envelopeV1 = v.object({
	type: v.literal(WORKSHOP_FILE_TYPE),
	version: v.literal(1),
	source: v.optional(short, ''),
	exportedAt: v.optional(v.string(), ''),
	contentVersion: v.optional(int(1, 1000), 1),
	workshop: workshopV1
});

export type WorkshopFileV1 = v.InferOutput<typeof envelopeV1>;

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
export function bundleToContent(bundle: Omit<WorkshopBundle, 'snapshots'>): WorkshopContent {
	const { id: _id, ...workshop } = bundle.workshop;
	void _id;
	return {
		workshop,
		agenda: bundle.agenda.map(stripWorkshopId),
		session: bundle.session ? stripWorkshopId(bundle.session) : null,
		answers: bundle.answers.map(stripWorkshopId),
		phaseVotes: bundle.phaseVotes.map(stripWorkshopId),
		customRubricItems: bundle.customRubricItems.map(stripWorkshopId),
		rubricRatings: bundle.rubricRatings.map(stripWorkshopId),
		partners: bundle.partners.map(stripWorkshopId),
		people: bundle.people.map(stripWorkshopId),
		connections: bundle.connections.map(stripWorkshopId),
		criteria: bundle.criteria.map(stripWorkshopId),
		criterionScores: bundle.criterionScores.map(stripWorkshopId),
		pitfalls: bundle.pitfalls.map(stripWorkshopId),
		checks: bundle.checks.map(stripWorkshopId),
		actions: bundle.actions.map(stripWorkshopId),
		responses: bundle.responses.map(stripWorkshopId)
	};
}

/** Rows of a content object given back their workshopId (the inverse of bundleToContent). */
export function contentToBundle(workshopId: string, content: WorkshopContent): Omit<WorkshopBundle, 'snapshots'> {
	const own = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, workshopId }));
	return {
		workshop: { id: workshopId, ...content.workshop },
		agenda: own(content.agenda),
		session: content.session ? { ...content.session, workshopId } : null,
		answers: own(content.answers),
		phaseVotes: own(content.phaseVotes),
		customRubricItems: own(content.customRubricItems),
		rubricRatings: own(content.rubricRatings),
		partners: own(content.partners),
		people: own(content.people),
		connections: own(content.connections),
		criteria: own(content.criteria),
		criterionScores: own(content.criterionScores),
		pitfalls: own(content.pitfalls),
		checks: own(content.checks),
		actions: own(content.actions),
		responses: own(content.responses)
	};
}

/** The file, as an object (see `workshopFileText` for the text written to disk). */
export function serializeWorkshop(bundle: WorkshopBundle, source = 'Convene', exportedAt = new Date()): WorkshopFileV1 {
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

export function workshopFileText(bundle: WorkshopBundle): string {
	return JSON.stringify(serializeWorkshop(bundle), null, 2);
}

// ─── Reading ────────────────────────────────────────────────────────────────────────────────────

function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
	const first = issues[0];
	const path = (first.path ?? []).map((p) => String(p.key)).join('.');
	return path ? t('problem.at', { message: first.message, path }) : first.message;
}

/** Cross-row checks a schema cannot express: unique ids and references that point somewhere. */
function checkReferences(content: WorkshopContent): string | null {
	for (const table of ROW_TABLES) {
		if (table === 'snapshots') continue;
		const rows = content[table] as { id: string }[];
		const seen = new Set<string>();
		for (const row of rows) {
			if (seen.has(row.id)) return t('problem.duplicateId', { table, id: row.id });
			seen.add(row.id);
		}
	}
	const partners = new Set(content.partners.map((p) => p.id));
	const criteria = new Set(content.criteria.map((c) => c.id));
	const steps = new Set(content.agenda.map((s) => s.id));
	const missingPartner = (pid: string) => pid !== '' && !partners.has(pid);
	if (content.people.some((p) => !partners.has(p.partnerId))) return t('problem.personNoPartner');
	if (content.connections.some((c) => !partners.has(c.sourceId) || !partners.has(c.targetId))) {
		return t('problem.connectionNoPartner');
	}
	if (content.criterionScores.some((s) => !criteria.has(s.criterionId) || !partners.has(s.partnerId))) {
		return t('problem.scoreNoCriterion');
	}
	for (const rows of [content.answers, content.phaseVotes, content.checks, content.actions]) {
		if (rows.some((r) => missingPartner(r.partnerId))) return t('problem.entryNoPartner');
	}
	if (content.session && content.session.currentStepId !== '' && !steps.has(content.session.currentStepId)) {
		return t('problem.sessionNoStep');
	}
	return null;
}

/**
 * Validates untrusted text as a workshop file. On success the bundle's rows carry the file's workshop
 * id; nothing is stored here — the caller decides (replace or keep both).
 */
export function readWorkshopFile(textIn: string): Result<WorkshopBundle> {
	const parsed = parseUntrustedJson(textIn, { maxChars: MAX_FILE_BYTES, maxDepth: 32 });
	if (!parsed.ok) return parsed;
	const data = parsed.value;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return fail(t('problem.notWorkshop'));
	}
	const envelope = data as Record<string, unknown>;
	if (envelope.type !== WORKSHOP_FILE_TYPE) {
		if (envelope.type === 'convene/response') {
			return fail(t('problem.isResponseFile'));
		}
		return fail(t('problem.wrongType'));
	}
	if (typeof envelope.version !== 'number' || !Number.isInteger(envelope.version) || envelope.version < 1) {
		return fail(t('problem.noVersion'));
	}
	if (envelope.version > WORKSHOP_FILE_VERSION) {
		return fail(
			t('problem.newerWorkshop', { version: envelope.version, supported: WORKSHOP_FILE_VERSION })
		);
	}
	// Older versions would be repaired here (restoreV0 → V1, …) before validation, each with a fixture test.
	const result = v.safeParse(envelopeV1, envelope);
	if (!result.success) return fail(t('problem.notWorkshopFormat', { issue: describeIssue(result.issues) }));
	const file = result.output;
	const { id: workshopId, snapshots, agenda, session, answers, phaseVotes, customRubricItems, rubricRatings,
		partners, people, connections, criteria, criterionScores, pitfalls, checks, actions, responses, ...record } = file.workshop;
	const content: WorkshopContent = {
		workshop: record,
		agenda, session, answers, phaseVotes, customRubricItems, rubricRatings, partners, people,
		connections, criteria, criterionScores, pitfalls, checks, actions, responses
	};
	const problem = checkReferences(content);
	if (problem) return fail(t('problem.inconsistent', { problem }));
	for (const s of snapshots) {
		const p = checkReferences(s.content);
		if (p) return fail(t('problem.snapshotInconsistent', { label: s.label, problem: p }));
	}
	if (new Set(snapshots.map((s) => s.id)).size !== snapshots.length) return fail(t('problem.duplicateSnapshot'));
	const bundle = contentToBundle(workshopId, content);
	return ok({ ...bundle, snapshots: snapshots.map((s) => ({ ...s, workshopId })) });
}

/** The workshop record's fields a user sees in an import summary. */
export function describeWorkshop(w: Workshop): string {
	return [w.title || t('workshop.untitled'), w.organisation, w.date].filter(Boolean).join(' · ');
}
