/**
 * The live facilitation session: current step, timer, blank screen, results reveal. The state is a
 * row in IndexedDB, so the projector window (same origin) follows through Dexie's cross-tab live
 * queries, and a reload of either window resumes exactly where it was.
 */

import { untrack } from 'svelte';
import { repo } from '$lib/db';
import { changeAgenda } from '$lib/db/agenda';
import { updateSession } from '$lib/db/session';
import { goTo, normalizeSession, setProjectedMap, stepBy } from '$lib/domain/session';
import type { TimerFields } from '$lib/domain/timer';
import type { AgendaStep, LiveBundle, ProjectedMap, SessionState } from '$lib/domain/types';
import { saveStatus } from './save-status.svelte';

/** The session of a loaded workshop, with a current step that still exists in the agenda. */
export function sessionOf(bundle: LiveBundle): SessionState {
	return normalizeSession(bundle.session, bundle.workshop.id, bundle.agenda);
}

interface SessionView {
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

export const goToStep = (workshopId: string, stepId: string) =>
	change(workshopId, (s) => goTo(s, stepId));

export const step = (workshopId: string, delta: 1 | -1) =>
	change(workshopId, (s, agenda) => stepBy(s, agenda, delta));

export const updateTimer = (workshopId: string, fn: (t: TimerFields) => TimerFields) =>
	change(workshopId, (s) => ({ ...s, ...fn(s) }));

export const setFlag = (
	workshopId: string,
	flag: 'blank' | 'revealed' | 'showJoin',
	value: boolean
) => change(workshopId, (s) => ({ ...s, [flag]: value }));

/** Locks the live room to new participants, or opens it to them again. */
export const setRoomLocked = (workshopId: string, locked: boolean) =>
	change(workshopId, (s) => ({ ...s, roomLocked: locked }));

/** Flips a flag from its stored value (not from a possibly stale screen). */
export const toggleFlag = (workshopId: string, flag: 'blank' | 'revealed' | 'showJoin') =>
	change(workshopId, (s) => ({ ...s, [flag]: !s[flag] }));

/** Adds, removes or reorders steps; `change` is a pure agenda operation applied to the stored steps. */
export function editAgenda(workshopId: string, change: (steps: AgendaStep[]) => AgendaStep[]) {
	return saveStatus.track(() => changeAgenda(repo(), workshopId, change));
}

/** Changes what the projector's map shows (view, filters, highlighted partner). */
export const projectMap = (workshopId: string, patch: Partial<ProjectedMap>) =>
	change(workshopId, (s) => setProjectedMap(s, patch));

/**
 * Makes the projector's map follow a map screen: whenever `choice()` changes after the component
 * starts (the facilitator picks a view, a filter or a partner), the projector is told. The first
 * value is not sent, so opening the map page never undoes a choice made on the session page.
 * Must be called while a component initialises. A 'table' view leaves the drawn view as it was.
 */
export function followOnProjector(
	workshopId: () => string,
	choice: () => {
		view: ProjectedMap['view'] | 'table';
		filter: { sector: string; phase: number | null };
		selectedId: string | null;
	}
) {
	let first = true;
	$effect(() => {
		const { view, filter, selectedId } = choice();
		const id = workshopId();
		if (first) {
			first = false;
			return;
		}
		const phase =
			filter.phase === null
				? null
				: (Math.max(0, Math.min(6, Math.round(filter.phase))) as ProjectedMap['phase']);
		const patch = {
			...(view === 'table' ? {} : { view }),
			sector: filter.sector,
			phase,
			highlightId: selectedId ?? ''
		};
		// Untracked: the save status the write updates must not become a dependency of this effect.
		untrack(() => void projectMap(id, patch));
	});
}
