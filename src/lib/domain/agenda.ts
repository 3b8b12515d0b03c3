/**
 * Agenda operations: add, remove, move and time steps. Pure functions over a workshop's ordered
 * steps; every result is renumbered (`order` = position) so storage and display always agree.
 */

import { moduleInfo } from './modules';
import type { AgendaStep, ModuleKind } from './types';

const MIN_MINUTES = 1;
const MAX_MINUTES = 60;

export function clampMinutes(n: number): number {
	if (!Number.isFinite(n)) return MIN_MINUTES;
	return Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, Math.round(n)));
}

function renumber(steps: readonly AgendaStep[]): AgendaStep[] {
	return steps.map((s, i) => (s.order === i ? s : { ...s, order: i }));
}

/** A step id not yet used in this agenda (`step-N`, N one past the highest). */
export function nextStepId(steps: readonly AgendaStep[]): string {
	const max = steps.reduce((m, s) => {
		const n = /^step-(\d+)$/.exec(s.id);
		return n ? Math.max(m, Number(n[1])) : m;
	}, 0);
	return `step-${max + 1}`;
}

export function addStep(
	steps: readonly AgendaStep[],
	workshopId: string,
	kind: ModuleKind,
	at: number = steps.length
): { steps: AgendaStep[]; added: AgendaStep } {
	const info = moduleInfo(kind);
	const added: AgendaStep = {
		workshopId,
		id: nextStepId(steps),
		order: 0,
		module: kind,
		title: kind === 'custom' ? '' : info.title,
		prompt: '',
		durationMin: info.defaultMinutes,
		notes: ''
	};
	const next = [...steps];
	next.splice(Math.max(0, Math.min(at, steps.length)), 0, added);
	const renumbered = renumber(next);
	return { steps: renumbered, added: renumbered.find((s) => s.id === added.id)! };
}

/** Puts a step (e.g. one just removed) back at position `at`. */
export function insertStep(
	steps: readonly AgendaStep[],
	step: AgendaStep,
	at: number
): AgendaStep[] {
	const next = steps.filter((s) => s.id !== step.id);
	next.splice(Math.max(0, Math.min(at, next.length)), 0, step);
	return renumber(next);
}

export function removeStep(steps: readonly AgendaStep[], id: string): AgendaStep[] {
	return renumber(steps.filter((s) => s.id !== id));
}

/** Moves the step `id` to position `to` (clamped to the agenda). */
export function moveStep(steps: readonly AgendaStep[], id: string, to: number): AgendaStep[] {
	const from = steps.findIndex((s) => s.id === id);
	if (from < 0) return [...steps];
	const next = [...steps];
	const [step] = next.splice(from, 1);
	next.splice(Math.max(0, Math.min(to, next.length)), 0, step);
	return renumber(next);
}

/**
 * Moves the step `id` by `delta` places (−1 up, +1 down) from where it is in `steps`. Relative, so two
 * quick clicks applied to the stored agenda move it two places, whatever the screen showed.
 */
export function moveStepBy(steps: readonly AgendaStep[], id: string, delta: number): AgendaStep[] {
	const from = steps.findIndex((s) => s.id === id);
	return from < 0 ? [...steps] : moveStep(steps, id, from + delta);
}

/** Moves the step `id` to where the step `targetId` is now (drag and drop onto another step). */
export function moveStepTo(
	steps: readonly AgendaStep[],
	id: string,
	targetId: string
): AgendaStep[] {
	const to = steps.findIndex((s) => s.id === targetId);
	return to < 0 ? [...steps] : moveStep(steps, id, to);
}

export function totalMinutes(steps: readonly AgendaStep[]): number {
	return steps.reduce((sum, s) => sum + s.durationMin, 0);
}

/** The step after (+1) or before (-1) `currentId`; stays put at either end. */
export function neighbourStep(
	steps: readonly AgendaStep[],
	currentId: string,
	delta: 1 | -1
): AgendaStep | undefined {
	const i = steps.findIndex((s) => s.id === currentId);
	if (i < 0) return steps[0];
	return steps[Math.max(0, Math.min(steps.length - 1, i + delta))];
}

/** Minutes planned before a step starts, e.g. to show "starts at 0:45". */
export function minutesBefore(steps: readonly AgendaStep[], id: string): number {
	const i = steps.findIndex((s) => s.id === id);
	return totalMinutes(steps.slice(0, Math.max(0, i)));
}
