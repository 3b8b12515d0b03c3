/**
 * CSV exports of a workshop (partners, people, actions) for spreadsheets. Pure.
 *
 * RFC 4180 quoting (fields with commas, quotes or line breaks are quoted, quotes doubled), CRLF rows,
 * and a UTF-8 byte order mark so Excel reads "Clínica" and "Łódź" right. Cells that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return) get a leading ' — the
 * usual defence against CSV injection; the text stays readable.
 *
 * The words (headings, decision kinds, roles, statuses) come from the caller as `CsvLabels`
 * (`csvLabels()` in `$lib/i18n/csv.ts` builds them from the message catalogue, in the workshop's
 * language); seed content (phase titles) is read in whatever language is in place.
 */

import type { ActionStatus, LiveBundle, PersonRole, Side, StatusDecision } from './types';
import {
	allRubricTasks,
	ALL_QUESTIONS,
	CONDITIONS,
	FINAL_THOUGHTS_PROMPT,
	MOMENTUM_SHIFTS,
	PHASE_QUESTION,
	phaseByNumber,
	PITFALLS
} from './content';
import { counted } from './votes';
import { safeFileName } from './filenames';

export type CsvKind = 'partners' | 'people' | 'actions' | 'room';

/**
 * The file name of one CSV export: `<title>-<kind>-<YYYY-MM-DD>.csv`. The kind always survives, however
 * long the title (the title is cut first), so the three files of one workshop never overwrite each other.
 */
export function csvFileName(title: string, kind: CsvKind, day: string): string {
	return safeFileName(title, day, 'csv', kind);
}

export const BOM = '\uFEFF';

export function csvCell(value: string | number | null | undefined): string {
	let text = value === null || value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
	header: readonly string[],
	rows: readonly (readonly (string | number | null | undefined)[])[]
): string {
	return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Every column of the three exports, by code (a code names the same heading wherever it appears). */
const PARTNER_COLUMNS = [
	'id',
	'name',
	'sector',
	'phase',
	'influence',
	'interest',
	'sharedGoal',
	'capacities',
	'value',
	'population',
	'terms',
	'notes',
	'decision',
	'decisionReason',
	'decisionDate',
	'people'
] as const;
const PEOPLE_COLUMNS = ['name', 'title', 'partner', 'roles', 'contact', 'partnerId'] as const;
const ACTION_COLUMNS = [
	'number',
	'action',
	'actionPartner',
	'owner',
	'due',
	'status',
	'partnerId'
] as const;

const ROOM_COLUMNS = ['response', 'participant', 'side', 'question', 'answer'] as const;

export type CsvColumn =
	| (typeof PARTNER_COLUMNS)[number]
	| (typeof PEOPLE_COLUMNS)[number]
	| (typeof ACTION_COLUMNS)[number]
	| (typeof ROOM_COLUMNS)[number];

/** The words the exports print, supplied by the caller in the export's language. */
export interface CsvLabels {
	/** Each column's heading. */
	columns: Record<CsvColumn, string>;
	/** The phase of a partner not yet placed in phases 1–4 ("Candidate"). */
	candidate: string;
	/** What the phase column says for the home organisation (the team itself, which has none). */
	home: string;
	/** A stored sector (a preset code such as `behavioral-health`, or typed words) as the map's legend shows it. */
	sector: (sector: string) => string;
	decision: (kind: StatusDecision['kind']) => string;
	role: (role: PersonRole) => string;
	actionStatus: (status: ActionStatus) => string;
	/** The room's raw answers: the words of values and of the prompts that are not seed items. */
	room: {
		side: (side: Side) => string;
		rating: (value: string) => string;
		mark: (mark: string) => string;
		phase: string;
		phaseReason: string;
		suggested: string;
	};
}

const header = (labels: CsvLabels, columns: readonly CsvColumn[]) =>
	columns.map((c) => labels.columns[c]);

const phaseName = (n: number, labels: CsvLabels) =>
	n === 0 ? labels.candidate : `${n} · ${phaseByNumber(n)?.title ?? ''}`;

/** One row per partner, with how many people are recorded for it. */
export function partnersCsv(b: LiveBundle, labels: CsvLabels): string {
	return toCsv(
		header(labels, PARTNER_COLUMNS),
		b.partners.map((p) => [
			p.id,
			p.name,
			p.sector ? labels.sector(p.sector) : '',
			p.home ? labels.home : phaseName(p.phase, labels),
			p.influence,
			p.interest,
			p.sharedGoal,
			p.capacities,
			p.valueWeOffer,
			p.overlappingPopulation,
			p.relationshipTerms,
			p.notes,
			// The team makes no status decision about itself.
			p.decision && !p.home ? labels.decision(p.decision.kind) : '',
			(!p.home && p.decision?.reason) || '',
			(!p.home && p.decision?.date) || '',
			b.people.filter((x) => x.partnerId === p.id).length
		])
	);
}

/** One row per person, with their partner's name and their roles (joined with "; "). */
export function peopleCsv(b: LiveBundle, labels: CsvLabels): string {
	const partners = new Map(b.partners.map((p) => [p.id, p.name]));
	return toCsv(
		header(labels, PEOPLE_COLUMNS),
		b.people.map((x) => [
			x.name,
			x.title,
			partners.get(x.partnerId) ?? '',
			x.roles.map((r) => labels.role(r)).join('; '),
			x.contact,
			x.partnerId
		])
	);
}

/** One row per action, in plan order, numbered from 1. */
export function actionsCsv(b: LiveBundle, labels: CsvLabels): string {
	const partners = new Map(b.partners.map((p) => [p.id, p.name]));
	const list = [...b.actions].sort((a, c) => a.order - c.order || (a.id < c.id ? -1 : 1));
	return toCsv(
		header(labels, ACTION_COLUMNS),
		list.map((a, i) => [
			i + 1,
			a.title,
			partners.get(a.partnerId) ?? '',
			a.owner,
			a.dueDate,
			labels.actionStatus(a.status),
			a.partnerId
		])
	);
}

/**
 * The room's raw answers: one row per counted response (removed ones left out) and question it
 * answered — phase and its reason, each rubric task, pitfall, momentum shift and text answer, and the
 * partners it suggested (joined with "; "). The participant's name only when the workshop is not
 * anonymous; then rows are in the order of hand-in, else of the response id.
 */
export function roomCsv(b: LiveBundle, labels: CsvLabels): string {
	const anonymous = b.workshop.settings.anonymous;
	const prompts = new Map<string, string>(
		[...ALL_QUESTIONS, ...MOMENTUM_SHIFTS, ...CONDITIONS, FINAL_THOUGHTS_PROMPT].map((i) => [
			i.id,
			i.text
		])
	);
	const tasks = new Map<string, string>([
		...allRubricTasks().map((t) => [t.id, `${t.code} ${t.text}`] as [string, string]),
		...b.customRubricItems.map((c) => [c.id, c.text] as [string, string])
	]);
	const pitfalls = new Map(PITFALLS.map((p) => [p.id, p.text]));
	const responses = counted(b.responses).sort((x, y) =>
		anonymous ? (x.id < y.id ? -1 : 1) : x.submittedAt - y.submittedAt
	);
	const rows: string[][] = [];
	for (const r of responses) {
		const who = anonymous ? '' : r.name.trim();
		const side = r.side ? labels.room.side(r.side) : '';
		const row = (question: string, answer: string) => {
			if (answer.trim() !== '') rows.push([r.id, who, side, question, answer]);
		};
		if (r.phase !== null) row(labels.room.phase || PHASE_QUESTION, phaseName(r.phase, labels));
		row(labels.room.phaseReason, r.phaseReason);
		for (const [id, value] of Object.entries(r.rubric))
			if (value) row(tasks.get(id) ?? id, labels.room.rating(value));
		for (const [id, mark] of Object.entries(r.pitfalls))
			if (mark) row(pitfalls.get(id) ?? id, labels.room.mark(mark));
		for (const [id, rating] of Object.entries(r.momentum ?? {}))
			row(prompts.get(id) ?? id, String(rating));
		for (const [id, text] of Object.entries(r.answers)) row(prompts.get(id) ?? id, text);
		row(labels.room.suggested, r.suggestedPartners.filter((n) => n.trim()).join('; '));
	}
	return toCsv(header(labels, ROOM_COLUMNS), rows);
}
