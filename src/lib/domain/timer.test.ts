import { describe, expect, it } from 'vitest';
import {
	STOPPED,
	addMinute,
	elapsedMs,
	formatClock,
	pause,
	remainingMs,
	reset,
	start,
	timerPhase,
	toggle
} from './timer';

const MIN = 60_000;

describe('timer maths', () => {
	it('counts from timestamps while running', () => {
		const t = start(STOPPED, 1_000);
		expect(elapsedMs(t, 31_000)).toBe(30_000);
		expect(remainingMs(t, 10, 31_000)).toBe(10 * MIN - 30_000);
	});

	it('pauses and resumes without losing or gaining time', () => {
		let t = start(STOPPED, 0);
		t = pause(t, 90_000);
		expect(t).toEqual({ timerElapsedMs: 90_000, timerStartedAt: null, timerExtraMs: 0 });
		expect(elapsedMs(t, 10_000_000)).toBe(90_000); // paused: time does not move
		t = start(t, 200_000);
		expect(elapsedMs(t, 230_000)).toBe(120_000);
		expect(start(t, 999_999)).toBe(t); // starting a running timer changes nothing
		expect(pause(STOPPED, 5)).toBe(STOPPED);
	});

	it('resumes exactly after a reload: the state is only stored fields', () => {
		const stored = JSON.parse(JSON.stringify(start(pause(start(STOPPED, 0), 60_000), 100_000)));
		expect(elapsedMs(stored, 160_000)).toBe(120_000);
	});

	it('adds a minute, running or paused', () => {
		const t = addMinute(start(STOPPED, 0));
		expect(remainingMs(t, 5, 0)).toBe(6 * MIN);
		expect(remainingMs(addMinute(addMinute(STOPPED)), 1, 0)).toBe(3 * MIN);
	});

	it('toggles and resets', () => {
		const t = toggle(STOPPED, 10);
		expect(t.timerStartedAt).toBe(10);
		expect(toggle(t, 20).timerStartedAt).toBeNull();
		expect(reset()).toEqual(STOPPED);
	});

	it('warns in the last minute and at zero, and keeps counting into overtime', () => {
		const t = start(STOPPED, 0);
		expect(timerPhase(STOPPED, 5, 0)).toBe('idle');
		expect(timerPhase(t, 5, 1_000)).toBe('running');
		expect(timerPhase(pause(t, 1_000), 5, 9_000)).toBe('paused');
		expect(timerPhase(t, 5, 4 * MIN + 1)).toBe('last-minute');
		expect(timerPhase(t, 5, 5 * MIN)).toBe('overtime');
		expect(remainingMs(t, 5, 6 * MIN)).toBe(-MIN);
	});

	it('formats the clock', () => {
		expect(formatClock(10 * MIN)).toBe('10:00');
		expect(formatClock(61_001)).toBe('1:02');
		expect(formatClock(500)).toBe('0:01');
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(-42_000)).toBe('−0:42');
	});
});
