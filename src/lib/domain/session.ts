/**
 * Session state changes as pure functions (current step, flags): the data layer applies them inside
 * one read-modify-write transaction, so quick key presses from two windows never lose a step.
 */

import { neighbourStep } from './agenda';
import { STOPPED, reset } from './timer';
import type { AgendaStep, ProjectedMap, SessionState } from './types';

export function defaultSession(workshopId: string, agenda: readonly AgendaStep[]): SessionState {
	return {
		workshopId,
		id: 'session',
		currentStepId: agenda[0]?.id ?? '',
		...STOPPED,
		blank: false,
		revealed: false,
		showJoin: false
	};
}

/** The stored session (or a fresh one), pointing at a step that still exists in the agenda. */
export function normalizeSession(
	stored: SessionState | null | undefined,
	workshopId: string,
	agenda: readonly AgendaStep[]
): SessionState {
	const s = stored ?? defaultSession(workshopId, agenda);
	if (agenda.some((step) => step.id === s.currentStepId)) return s;
	return { ...s, ...reset(), currentStepId: agenda[0]?.id ?? '' };
}

/** Moving to another step starts its timer afresh and hides results again (no groupthink). */
export function goTo(s: SessionState, stepId: string): SessionState {
	if (s.currentStepId === stepId) return s;
	return { ...s, ...reset(), currentStepId: stepId, revealed: false, blank: false };
}

export function stepBy(
	s: SessionState,
	agenda: readonly AgendaStep[],
	delta: 1 | -1
): SessionState {
	const next = neighbourStep(agenda, s.currentStepId, delta);
	return next ? goTo(s, next.id) : s;
}

/** The projector's map before the facilitator chooses anything: the network, unfiltered, nothing highlighted. */
export const DEFAULT_PROJECTED_MAP: ProjectedMap = {
	view: 'network',
	sector: '',
	phase: null,
	highlightId: ''
};

/** What the projector's map shows for a session (the default when nothing was chosen yet). */
export function projectedMap(s: Pick<SessionState, 'mapView'>): ProjectedMap {
	return { ...DEFAULT_PROJECTED_MAP, ...s.mapView };
}

/** Changes what the projector's map shows; the same session back when nothing changes (no write). */
export function setProjectedMap(s: SessionState, patch: Partial<ProjectedMap>): SessionState {
	const current = projectedMap(s);
	const next = { ...current, ...patch };
	const same = (Object.keys(next) as (keyof ProjectedMap)[]).every((k) => next[k] === current[k]);
	return same && s.mapView ? s : { ...s, mapView: next };
}
