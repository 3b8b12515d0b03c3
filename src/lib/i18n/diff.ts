/**
 * What changed between two states of a workshop, in words: the labels of ratings, marks, decisions
 * and phases, and `describeChanges` (headings and lines) for the summary view and the PDF plan. The
 * changes themselves are computed, as data, by `diffWorkshops` in `$lib/domain/diff.ts`.
 */

import { phaseByNumber } from '$lib/domain/content';
import {
	diffWorkshops,
	NOW,
	sideOf,
	type ActionRef,
	type PitfallChange,
	type WorkshopDiff
} from '$lib/domain/diff';
import type {
	PhaseNumber,
	PitfallMark,
	RelationshipPhase,
	RubricRatingValue,
	StatusDecision,
	WorkshopBundle
} from '$lib/domain/types';
import { m as msg } from '$lib/paraglide/messages.js';

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
