/**
 * The facilitator's timer, computed from timestamps rather than ticks, so that a reload, a second
 * window or a sleeping laptop all show the same time. The timer never advances the agenda.
 */

import type { SessionState } from './types';

export type TimerFields = Pick<SessionState, 'timerElapsedMs' | 'timerStartedAt' | 'timerExtraMs'>;
type TimerPhase = 'idle' | 'running' | 'paused' | 'last-minute' | 'overtime';

export const STOPPED: TimerFields = { timerElapsedMs: 0, timerStartedAt: null, timerExtraMs: 0 };
const MINUTE = 60_000;

export function elapsedMs(t: TimerFields, now: number): number {
	const running = t.timerStartedAt === null ? 0 : Math.max(0, now - t.timerStartedAt);
	return t.timerElapsedMs + running;
}

function durationMs(t: TimerFields, minutes: number): number {
	return minutes * MINUTE + t.timerExtraMs;
}

/** Milliseconds left; negative once the time is up (the timer keeps counting into overtime). */
export function remainingMs(t: TimerFields, minutes: number, now: number): number {
	return durationMs(t, minutes) - elapsedMs(t, now);
}

export const isRunning = (t: TimerFields) => t.timerStartedAt !== null;

export function start(t: TimerFields, now: number): TimerFields {
	return isRunning(t) ? t : { ...t, timerStartedAt: now };
}

export function pause(t: TimerFields, now: number): TimerFields {
	return isRunning(t) ? { ...t, timerElapsedMs: elapsedMs(t, now), timerStartedAt: null } : t;
}

export function toggle(t: TimerFields, now: number): TimerFields {
	return isRunning(t) ? pause(t, now) : start(t, now);
}

export function reset(): TimerFields {
	return { ...STOPPED };
}

export function addMinute(t: TimerFields): TimerFields {
	return { ...t, timerExtraMs: t.timerExtraMs + MINUTE };
}

export function timerPhase(t: TimerFields, minutes: number, now: number): TimerPhase {
	const left = remainingMs(t, minutes, now);
	if (left <= 0) return 'overtime';
	if (elapsedMs(t, now) === 0 && !isRunning(t)) return 'idle';
	if (left <= MINUTE) return 'last-minute';
	return isRunning(t) ? 'running' : 'paused';
}

/** "12:05", or "−0:42" in overtime. Seconds round up while counting down, so 0:00 means time is up. */
export function formatClock(ms: number): string {
	const negative = ms < 0;
	const seconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
	const m = Math.floor(seconds / 60);
	const s = seconds % 60;
	return `${negative ? '−' : ''}${m}:${String(s).padStart(2, '0')}`;
}
