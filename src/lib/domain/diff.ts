/**
 * What changed between two states of a workshop (two snapshots, or a snapshot and now): team phase,
 * the participants' phase distribution, rubric tasks, pitfalls, partners, status decisions and
 * actions. Pure: `diffWorkshops` computes the changes, `describeChanges` turns them into text
 * (headings and lines) for the summary view and the PDF plan.
 */

import { isOverdue } from './actions';
import { allRubricTasks, PITFALLS, phaseByNumber } from './content';
import { phaseDistribution } from './results';
import type {
	Action,
	PhaseNumber,
	PitfallMark,
	RelationshipPhase,
	RubricRatingValue,
	StatusDecision,
	WorkshopBundle,
	WorkshopContent
} from './types';
import { RUBRIC_VALUES } from './types';
import { bundleToContent } from './file-format';
import { isoDay } from './filenames';
import { m as msg } from '$lib/paraglide/messages.js';

/** One side of a comparison: the content, and the local calendar day it describes (for "overdue"). */
export interface DiffSide {
	content: WorkshopContent;
	/** `YYYY-MM-DD`: the day the snapshot was taken, or today for "now". */
	day: string;
}

export interface PhaseCountChange {
	phase: PhaseNumber;
	title: string;
	from: number;
	to: number;
}

export interface RubricMove {
	taskId: string;
	/** The task's code (`MC 1. (i)`), or '' for a facilitator-added item. */
	code: string;
	text: string;
	from: RubricRatingValue;
	to: RubricRatingValue;
	direction: 'forward' | 'back';
}

export interface PitfallChange {
	pitfallId: string;
	text: string;
	from: PitfallMark;
	to: PitfallMark;
	/** resolved: was a risk, now is not (and is marked); new-risk: now a risk, was not; changed: any other mark change. */
	kind: 'resolved' | 'new-risk' | 'changed';
}

export interface PartnerRef {
	partnerId: string;
	name: string;
	phase: RelationshipPhase;
}

export interface PartnerMove {
	partnerId: string;
	name: string;
	from: RelationshipPhase;
	to: RelationshipPhase;
}

export interface DecisionChange {
	partnerId: string;
	name: string;
	from: StatusDecision | null;
	to: StatusDecision | null;
}

export interface ActionRef {
	actionId: string;
	title: string;
	owner: string;
	dueDate: string;
}

export interface WorkshopDiff {
	/** The team's own phase placement (the `team` phase vote), then and now; null when not placed. */
	teamPhase: { from: PhaseNumber | null; to: PhaseNumber | null };
	/** Participants' placements per phase, then and now (all six phases). */
	distribution: PhaseCountChange[];
	responses: { from: number; to: number };
	rubric: RubricMove[];
	pitfalls: PitfallChange[];
	partnersAdded: PartnerRef[];
	partnersRemoved: PartnerRef[];
	partnersMoved: PartnerMove[];
	decisions: DecisionChange[];
	actionsCompleted: ActionRef[];
	actionsReopened: ActionRef[];
	/** Overdue on the later side's day, and not overdue (or not there) on the earlier side's day. */
	actionsNewlyOverdue: ActionRef[];
	actionsAdded: ActionRef[];
	actionsRemoved: ActionRef[];
}

/** 0 for not rated, then 1, 2, 3 from not in place to in place. */
const rubricRank = (value: RubricRatingValue) =>
	RUBRIC_VALUES.indexOf(value as (typeof RUBRIC_VALUES)[number]) + 1;

function teamPhase(content: WorkshopContent): PhaseNumber | null {
	return content.phaseVotes.find((v) => v.partnerId === '')?.phase ?? null;
}

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

const actionRef = (a: Omit<Action, 'workshopId'>): ActionRef => ({
	actionId: a.id,
	title: a.title,
	owner: a.owner,
	dueDate: a.dueDate
});

function sameDecision(a: StatusDecision | null, b: StatusDecision | null): boolean {
	if (a === null || b === null) return a === b;
	return a.kind === b.kind && a.reason === b.reason && a.date === b.date;
}

function diffRubric(from: WorkshopContent, to: WorkshopContent): RubricMove[] {
	const ratingsFrom = byId(from.rubricRatings);
	const ratingsTo = byId(to.rubricRatings);
	const seed = allRubricTasks().map((task) => ({ id: task.id, code: task.code, text: task.text }));
	// Facilitator-added items of either side; the later side's wording wins (Map keeps the last).
	const custom = byId([...from.customRubricItems, ...to.customRubricItems]);
	const tasks = [
		...seed,
		...[...custom.values()].map((c) => ({ id: c.id, code: '', text: c.text }))
	];
	const moves: RubricMove[] = [];
	for (const task of tasks) {
		const a = ratingsFrom.get(task.id)?.rating ?? '';
		const b = ratingsTo.get(task.id)?.rating ?? '';
		if (a === b) continue;
		moves.push({
			taskId: task.id,
			code: task.code,
			text: task.text,
			from: a,
			to: b,
			direction: rubricRank(b) > rubricRank(a) ? 'forward' : 'back'
		});
	}
	return moves;
}

function diffPitfalls(from: WorkshopContent, to: WorkshopContent): PitfallChange[] {
	const marksFrom = byId(from.pitfalls);
	const marksTo = byId(to.pitfalls);
	const changes: PitfallChange[] = [];
	for (const pitfall of PITFALLS) {
		const a = marksFrom.get(pitfall.id)?.mark ?? '';
		const b = marksTo.get(pitfall.id)?.mark ?? '';
		if (a === b) continue;
		const kind = a === 'risk' && b !== '' ? 'resolved' : b === 'risk' ? 'new-risk' : 'changed';
		changes.push({ pitfallId: pitfall.id, text: pitfall.text, from: a, to: b, kind });
	}
	return changes;
}

function diffActions(from: DiffSide, to: DiffSide) {
	const before = byId(from.content.actions);
	const after = byId(to.content.actions);
	const result = {
		actionsCompleted: [] as ActionRef[],
		actionsReopened: [] as ActionRef[],
		actionsNewlyOverdue: [] as ActionRef[],
		actionsAdded: [] as ActionRef[],
		actionsRemoved: [] as ActionRef[]
	};
	for (const a of to.content.actions) {
		const old = before.get(a.id);
		if (!old) result.actionsAdded.push(actionRef(a));
		else if (old.status !== 'done' && a.status === 'done')
			result.actionsCompleted.push(actionRef(a));
		else if (old.status === 'done' && a.status !== 'done')
			result.actionsReopened.push(actionRef(a));
		if (isOverdue(a, to.day) && !(old && isOverdue(old, from.day)))
			result.actionsNewlyOverdue.push(actionRef(a));
	}
	for (const a of from.content.actions)
		if (!after.has(a.id)) result.actionsRemoved.push(actionRef(a));
	return result;
}

/** The changes from `from` to `to`. Rows are matched by id; names and texts are taken from the later side. */
export function diffWorkshops(from: DiffSide, to: DiffSide): WorkshopDiff {
	const a = from.content;
	const b = to.content;
	const distFrom = phaseDistribution(a.responses);
	const distTo = phaseDistribution(b.responses);
	const partnersFrom = byId(a.partners);
	const partnersTo = byId(b.partners);
	const ref = (p: (typeof a.partners)[number]): PartnerRef => ({
		partnerId: p.id,
		name: p.name,
		phase: p.phase
	});
	const partnersMoved: PartnerMove[] = [];
	const decisions: DecisionChange[] = [];
	for (const p of b.partners) {
		const old = partnersFrom.get(p.id);
		if (!old) continue;
		if (old.phase !== p.phase)
			partnersMoved.push({ partnerId: p.id, name: p.name, from: old.phase, to: p.phase });
		if (!sameDecision(old.decision, p.decision))
			decisions.push({ partnerId: p.id, name: p.name, from: old.decision, to: p.decision });
	}
	return {
		teamPhase: { from: teamPhase(a), to: teamPhase(b) },
		distribution: distFrom.map((d, i) => ({
			phase: d.phase,
			title: d.title,
			from: d.count,
			to: distTo[i].count
		})),
		responses: { from: a.responses.length, to: b.responses.length },
		rubric: diffRubric(a, b),
		pitfalls: diffPitfalls(a, b),
		partnersAdded: b.partners.filter((p) => !partnersFrom.has(p.id)).map(ref),
		partnersRemoved: a.partners.filter((p) => !partnersTo.has(p.id)).map(ref),
		partnersMoved,
		decisions,
		...diffActions(from, to)
	};
}

/** How many changes a diff holds (the team phase and the distribution count once each when they moved). */
export function changeCount(diff: WorkshopDiff): number {
	const teamMoved = diff.teamPhase.from !== diff.teamPhase.to ? 1 : 0;
	const distMoved =
		diff.distribution.some((d) => d.from !== d.to) || diff.responses.from !== diff.responses.to
			? 1
			: 0;
	return (
		teamMoved +
		distMoved +
		diff.rubric.length +
		diff.pitfalls.length +
		diff.partnersAdded.length +
		diff.partnersRemoved.length +
		diff.partnersMoved.length +
		diff.decisions.length +
		diff.actionsCompleted.length +
		diff.actionsReopened.length +
		diff.actionsNewlyOverdue.length +
		diff.actionsAdded.length +
		diff.actionsRemoved.length
	);
}

// ─── Text ───────────────────────────────────────────────────────────────────────────────────────

type ChangeKind =
	| 'team-phase'
	| 'distribution'
	| 'rubric'
	| 'pitfalls-resolved'
	| 'pitfalls-new'
	| 'pitfalls-changed'
	| 'partners-added'
	| 'partners-removed'
	| 'partners-moved'
	| 'decisions'
	| 'actions-completed'
	| 'actions-overdue'
	| 'actions-added'
	| 'actions-reopened'
	| 'actions-removed';

interface ChangeSection {
	kind: ChangeKind;
	heading: string;
	lines: string[];
}

// Maps of message functions (not keys), so every message is called with a literal key.
const RUBRIC_LABEL: Record<RubricRatingValue, () => string> = {
	'': () => msg.progress_rubric_unrated(),
	'not-in-place': () => msg.progress_rubric_notInPlace(),
	'in-progress': () => msg.progress_rubric_inProgress(),
	'in-place': () => msg.progress_rubric_inPlace()
};

const MARK_LABEL: Record<PitfallMark, () => string> = {
	'': () => msg.progress_mark_none(),
	risk: () => msg.progress_mark_risk(),
	'under-control': () => msg.progress_mark_underControl(),
	accelerator: () => msg.progress_mark_accelerator(),
	'n/a': () => msg.progress_mark_na()
};

const DECISION_LABEL: Record<StatusDecision['kind'], () => string> = {
	sustain: () => msg.progress_decision_sustain(),
	refine: () => msg.progress_decision_refine(),
	expand: () => msg.progress_decision_expand(),
	terminate: () => msg.progress_decision_terminate()
};

export const rubricLabel = (v: RubricRatingValue) => RUBRIC_LABEL[v]();
export const markLabel = (m: PitfallMark) => MARK_LABEL[m]();
export const decisionLabel = (kind: StatusDecision['kind']) => DECISION_LABEL[kind]();

/** "Candidate" for phase 0, else "Phase n". */
export function relationshipPhaseLabel(phase: RelationshipPhase): string {
	return phase === 0 ? msg.progress_phase_candidate() : msg.progress_phase_n({ n: phase });
}

function teamPhaseLabel(phase: PhaseNumber | null): string {
	if (phase === null) return msg.progress_phase_notPlaced();
	return msg.progress_phase_titled({ n: phase, title: phaseByNumber(phase)?.title ?? '' });
}

/** "Sustain (2026-11-04)", or "No decision". */
export function describeDecision(d: StatusDecision | null): string {
	if (!d) return msg.progress_decision_none();
	return d.date
		? msg.progress_decision_dated({ kind: decisionLabel(d.kind), date: d.date })
		: decisionLabel(d.kind);
}

function actionLine(a: ActionRef): string {
	const parts = [
		a.title,
		a.owner,
		a.dueDate ? msg.progress_action_due({ date: a.dueDate }) : ''
	].filter(Boolean);
	return parts.join(' · ');
}

/**
 * The diff as text: one section per kind of change that has any, in a fixed order, each heading
 * carrying its count. An empty list means nothing changed.
 */
export function describeChanges(diff: WorkshopDiff): ChangeSection[] {
	const sections: ChangeSection[] = [];
	const add = (kind: ChangeKind, heading: (count: number) => string, lines: string[]) => {
		if (lines.length > 0) sections.push({ kind, heading: heading(lines.length), lines });
	};
	const arrow = (from: string, to: string) => msg.progress_arrow({ from, to });

	if (diff.teamPhase.from !== diff.teamPhase.to) {
		sections.push({
			kind: 'team-phase',
			heading: msg.progress_diff_teamPhase(),
			lines: [arrow(teamPhaseLabel(diff.teamPhase.from), teamPhaseLabel(diff.teamPhase.to))]
		});
	}
	const distChanged = diff.distribution.filter((d) => d.from !== d.to);
	if (distChanged.length > 0 || diff.responses.from !== diff.responses.to) {
		sections.push({
			kind: 'distribution',
			heading: msg.progress_diff_distribution(),
			lines: [
				msg.progress_diff_responses({ from: diff.responses.from, to: diff.responses.to }),
				...distChanged.map(
					(d) => `${teamPhaseLabel(d.phase)}: ${arrow(String(d.from), String(d.to))}`
				)
			]
		});
	}
	add(
		'rubric',
		(count) => msg.progress_diff_rubric({ count }),
		diff.rubric.map(
			(m) =>
				`${m.code ? `${m.code} ` : ''}${m.text}: ${arrow(rubricLabel(m.from), rubricLabel(m.to))}`
		)
	);
	const pitfallLine = (p: PitfallChange) =>
		`${p.text}: ${arrow(markLabel(p.from), markLabel(p.to))}`;
	add(
		'pitfalls-resolved',
		(count) => msg.progress_diff_pitfallsResolved({ count }),
		diff.pitfalls.filter((p) => p.kind === 'resolved').map(pitfallLine)
	);
	add(
		'pitfalls-new',
		(count) => msg.progress_diff_pitfallsNew({ count }),
		diff.pitfalls.filter((p) => p.kind === 'new-risk').map(pitfallLine)
	);
	add(
		'pitfalls-changed',
		(count) => msg.progress_diff_pitfallsChanged({ count }),
		diff.pitfalls.filter((p) => p.kind === 'changed').map(pitfallLine)
	);
	add(
		'partners-added',
		(count) => msg.progress_diff_partnersAdded({ count }),
		diff.partnersAdded.map((p) => `${p.name} (${relationshipPhaseLabel(p.phase)})`)
	);
	add(
		'partners-removed',
		(count) => msg.progress_diff_partnersRemoved({ count }),
		diff.partnersRemoved.map((p) => p.name)
	);
	add(
		'partners-moved',
		(count) => msg.progress_diff_partnersMoved({ count }),
		diff.partnersMoved.map(
			(m) => `${m.name}: ${arrow(relationshipPhaseLabel(m.from), relationshipPhaseLabel(m.to))}`
		)
	);
	add(
		'decisions',
		(count) => msg.progress_diff_decisions({ count }),
		diff.decisions.map((d) => {
			const line = `${d.name}: ${arrow(describeDecision(d.from), describeDecision(d.to))}`;
			return d.to?.reason ? `${line} — ${d.to.reason}` : line;
		})
	);
	add(
		'actions-completed',
		(count) => msg.progress_diff_actionsCompleted({ count }),
		diff.actionsCompleted.map(actionLine)
	);
	add(
		'actions-overdue',
		(count) => msg.progress_diff_actionsOverdue({ count }),
		diff.actionsNewlyOverdue.map(actionLine)
	);
	add(
		'actions-added',
		(count) => msg.progress_diff_actionsAdded({ count }),
		diff.actionsAdded.map(actionLine)
	);
	add(
		'actions-reopened',
		(count) => msg.progress_diff_actionsReopened({ count }),
		diff.actionsReopened.map(actionLine)
	);
	add(
		'actions-removed',
		(count) => msg.progress_diff_actionsRemoved({ count }),
		diff.actionsRemoved.map(actionLine)
	);
	return sections;
}

// ─── Sides ──────────────────────────────────────────────────────────────────────────────────────

/** The key that stands for the workshop as it is now (as opposed to a snapshot id). */
export const NOW = 'now';

/** One side of a comparison: a snapshot of the bundle by id, or `NOW` for its current content. */
export function sideOf(bundle: WorkshopBundle, key: string, now: number): DiffSide | null {
	if (key === NOW) return { content: bundleToContent(bundle), day: isoDay(now) };
	const snapshot = bundle.snapshots.find((s) => s.id === key);
	return snapshot ? { content: snapshot.content, day: isoDay(snapshot.takenAt) } : null;
}

/**
 * What changed since a snapshot, as text: the PDF plan's "Progress since <snapshot>" section.
 * null when the bundle has no such snapshot.
 */
export function changesSince(
	bundle: WorkshopBundle,
	snapshotId: string,
	now: number
): { label: string; takenAt: number; sections: ChangeSection[] } | null {
	const then = sideOf(bundle, snapshotId, now);
	const snapshot = bundle.snapshots.find((s) => s.id === snapshotId);
	if (!then || !snapshot) return null;
	return {
		label: snapshot.label,
		takenAt: snapshot.takenAt,
		sections: describeChanges(diffWorkshops(then, sideOf(bundle, NOW, now)!))
	};
}
