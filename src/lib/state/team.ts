/**
 * The team's shared module answers: each function saves one change to a workshop's rows through the
 * save status (a failure is shown, never silent) and the write-ahead journal.
 */

import { repo } from '$lib/db';
import { deleteCriterion, putRows } from '$lib/db/modules';
import type { RowTableName } from '$lib/domain/tables';
import { CRITERION_SUGGESTIONS } from '$lib/domain/content';
import type {
	Action,
	Answer,
	CheckItem,
	Criterion,
	CriterionScore,
	CustomRubricItem,
	PhaseNumber,
	PhaseVote,
	PitfallAssessment,
	RubricRating
} from '$lib/domain/types';
import { newPartner, savePartner } from './partners';
import { saveStatus } from './save-status.svelte';
import { save } from './writes';

type Row = { workshopId: string; id: string };

/**
 * Merges `change` into the stored row (or into `base` when there is none yet), journaled first so a
 * closed tab cannot lose it; a replay changes only these fields.
 */
function patch<T extends Row>(table: RowTableName, base: T, change: Partial<NoInfer<T>>) {
	return save({
		kind: 'rowPatch',
		table,
		workshopId: base.workshopId,
		id: base.id,
		patch: { ...change },
		base: { ...base }
	});
}

const newId = () => crypto.randomUUID();

export function saveAnswer(
	workshopId: string,
	itemId: string,
	partnerId: string,
	change: Partial<Pick<Answer, 'text' | 'rating'>>
) {
	const base: Answer = {
		workshopId,
		id: `${itemId}@${partnerId}`,
		itemId,
		partnerId,
		text: '',
		rating: 0,
		updatedAt: 0
	};
	return patch('answers', base, { ...change, updatedAt: Date.now() });
}

export function savePhaseVote(
	workshopId: string,
	partnerId: string,
	change: Partial<Pick<PhaseVote, 'phase' | 'confidence' | 'reason'>>
) {
	const base: PhaseVote = {
		workshopId,
		id: partnerId || 'team',
		partnerId,
		phase: (change.phase ?? 1) as PhaseNumber,
		confidence: 0,
		reason: '',
		updatedAt: 0
	};
	return patch('phaseVotes', base, { ...change, updatedAt: Date.now() });
}

export function saveRubricRating(
	workshopId: string,
	taskId: string,
	change: Partial<Pick<RubricRating, 'rating' | 'note'>>
) {
	const base: RubricRating = { workshopId, id: taskId, rating: '', note: '', updatedAt: 0 };
	return patch('rubricRatings', base, { ...change, updatedAt: Date.now() });
}

export function addCustomRubricItem(
	workshopId: string,
	domainId: string,
	text: string,
	order: number
) {
	const item: CustomRubricItem = { workshopId, id: `custom-${newId()}`, domainId, text, order };
	return patch('customRubricItems', item, {});
}

export function savePitfall(
	workshopId: string,
	pitfallId: string,
	change: Partial<Omit<PitfallAssessment, 'workshopId' | 'id'>>
) {
	const base: PitfallAssessment = {
		workshopId,
		id: pitfallId,
		mark: '',
		mitigation: '',
		owner: '',
		dueDate: '',
		updatedAt: 0
	};
	return patch('pitfalls', base, { ...change, updatedAt: Date.now() });
}

export function saveCheck(
	workshopId: string,
	itemId: string,
	partnerId: string,
	change: Partial<Pick<CheckItem, 'status' | 'owner' | 'note'>>
) {
	const base: CheckItem = {
		workshopId,
		id: `${itemId}@${partnerId}`,
		itemId,
		partnerId,
		status: 'not-started',
		owner: '',
		note: ''
	};
	return patch('checks', base, change);
}

export function saveCriterion(
	criterion: Criterion,
	change: Partial<Pick<Criterion, 'name' | 'description' | 'weight'>>
) {
	return patch('criteria', criterion, change);
}

export function addCriterion(workshopId: string, order: number) {
	const row: Criterion = {
		workshopId,
		id: `criterion-${newId()}`,
		name: '',
		description: '',
		weight: 3,
		order
	};
	return patch('criteria', row, {});
}

/** Adds the seed's suggested criteria the team does not have yet (ids are the suggestions' own). */
export function addSuggestedCriteria(workshopId: string, existing: readonly Criterion[]) {
	const have = new Set(existing.map((c) => c.id));
	const start = existing.reduce((max, c) => Math.max(max, c.order + 1), 0);
	const rows: Criterion[] = CRITERION_SUGGESTIONS.filter((s) => !have.has(s.id)).map((s, i) => ({
		workshopId,
		id: s.id,
		name: s.name,
		description: s.description,
		weight: 3,
		order: start + i
	}));
	return saveStatus.track(() => putRows(repo(), 'criteria', workshopId, rows));
}

export function removeCriterion(workshopId: string, criterionId: string) {
	return saveStatus.track(() => deleteCriterion(repo(), workshopId, criterionId));
}

export function saveScore(
	workshopId: string,
	criterionId: string,
	partnerId: string,
	score: number | null
) {
	const base: CriterionScore = {
		workshopId,
		id: `${criterionId}@${partnerId}`,
		criterionId,
		partnerId,
		score: null
	};
	return patch('criterionScores', base, { score });
}

export function addAction(workshopId: string, title: string, order: number) {
	const row: Action = {
		workshopId,
		id: `action-${newId()}`,
		title,
		partnerId: '',
		owner: '',
		dueDate: '',
		status: 'todo',
		order,
		createdAt: Date.now()
	};
	return patch('actions', row, {});
}

export function saveAction(action: Action, change: Partial<Omit<Action, 'workshopId' | 'id'>>) {
	return patch('actions', action, change);
}

export function removeAction(workshopId: string, actionId: string) {
	return saveStatus.track(() => repo().deleteRow('actions', workshopId, actionId));
}

/** A candidate partner (phase 0) with only a name; the stakeholder map fills in the rest. */
export function addCandidatePartner(workshopId: string, name: string) {
	return savePartner(newPartner(workshopId, { name, sector: 'other' }));
}
