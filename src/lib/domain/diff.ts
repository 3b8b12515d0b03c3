/**
 * What changed between two states of a workshop (two snapshots, or a snapshot and now): team phase,
 * the participants' phase distribution, rubric tasks, pitfalls, partners, status decisions and
 * actions. Pure: `diffWorkshops` computes the changes as data; `describeChanges` in
 * `$lib/i18n/diff.ts` turns them into text (headings and lines) for the summary view and the PDF plan.
 */

import { isOverdue } from './actions';
import { allRubricTasks, PITFALLS } from './content';
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

// ─── Sides ──────────────────────────────────────────────────────────────────────────────────────

/** The key that stands for the workshop as it is now (as opposed to a snapshot id). */
export const NOW = 'now';

/** One side of a comparison: a snapshot of the bundle by id, or `NOW` for its current content. */
export function sideOf(bundle: WorkshopBundle, key: string, now: number): DiffSide | null {
	if (key === NOW) return { content: bundleToContent(bundle), day: isoDay(now) };
	const snapshot = bundle.snapshots.find((s) => s.id === key);
	return snapshot ? { content: snapshot.content, day: isoDay(snapshot.takenAt) } : null;
}
