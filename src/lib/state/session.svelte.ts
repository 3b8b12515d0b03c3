/**
 * The live facilitation session: current step, timer, blank screen, results reveal. The state is a
 * row in IndexedDB, so the projector window (same origin) follows through Dexie's cross-tab live
 * queries, and a reload of either window resumes exactly where it was.
 */

import { repo } from '$lib/db';
import { changeAgenda } from '$lib/db/agenda';
import { updateSession } from '$lib/db/session';
import { goTo, normalizeSession, stepBy } from '$lib/domain/session';
import type { TimerFields } from '$lib/domain/timer';
import type { AgendaStep, SessionState, LiveBundle } from '$lib/domain/types';
import { saveStatus } from './save-status.svelte';

/** The session of a loaded workshop, with a current step that still exists in the agenda. */
export function sessionOf(bundle: LiveBundle): SessionState {
	return normalizeSession(bundle.session, bundle.workshop.id, bundle.agenda);
}

export interface SessionView {
	live: SessionState | null;
	step: AgendaStep | undefined;
	/** Position of the current step in the agenda, -1 when there is none. */
	index: number;
}

/** What the facilitator and projector windows both show: the session, its current step and position. */
export function sessionView(bundle: LiveBundle | null | undefined): SessionView {
	if (!bundle) return { live: null, step: undefined, index: -1 };
	const live = sessionOf(bundle);
	const index = bundle.agenda.findIndex((s) => s.id === live.currentStepId);
	return { live, step: bundle.agenda[index], index };
}

const change = (workshopId: string, fn: (s: SessionState, agenda: AgendaStep[]) => SessionState) =>
	saveStatus.track(() => updateSession(repo(), workshopId, fn));

export const goToStep = (workshopId: string, stepId: string) => change(workshopId, (s) => goTo(s, stepId));

export const step = (workshopId: string, delta: 1 | -1) => change(workshopId, (s, agenda) => stepBy(s, agenda, delta));

export const updateTimer = (workshopId: string, fn: (t: TimerFields) => TimerFields) =>
	change(workshopId, (s) => ({ ...s, ...fn(s) }));

export const setFlag = (workshopId: string, flag: 'blank' | 'revealed' | 'showJoin', value: boolean) =>
	change(workshopId, (s) => ({ ...s, [flag]: value }));

/** Flips a flag from its stored value (not from a possibly stale screen). */
export const toggleFlag = (workshopId: string, flag: 'blank' | 'revealed' | 'showJoin') =>
	change(workshopId, (s) => ({ ...s, [flag]: !s[flag] }));

/** Adds, removes or reorders steps; `change` is a pure agenda operation applied to the stored steps. */
export function editAgenda(workshopId: string, change: (steps: AgendaStep[]) => AgendaStep[]) {
	return saveStatus.track(() => changeAgenda(repo(), workshopId, change));
}
