/** The benchmark's timing rules (scripts/bench-timing.mjs): medians, CPU beside wall, and when a busy machine may not fail a budget. */
import os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { median, summarise, timeInNode, verdict } from '../scripts/bench-timing.mjs';

afterEach(() => vi.restoreAllMocks());

describe('bench timing', () => {
	it('reports the median, not the mean, and the spread', () => {
		expect(median([5, 1, 400, 2, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(summarise([10, 500, 12], [9, 11, 10])).toEqual({
			value: 12,
			cpu: 10,
			runs: 3,
			min: 10,
			max: 500
		});
	});

	it('times Node work several times, with CPU time beside wall time', async () => {
		let calls = 0;
		const result = await timeInNode(() => {
			calls++;
			let x = 0;
			for (let i = 0; i < 200_000; i++) x += Math.sqrt(i);
			return x;
		}, 3);
		expect(calls).toBe(4); // one warm-up, three timed
		expect(result.runs).toBe(3);
		expect(result.cpu).toBeGreaterThan(0);
		expect(result.value).toBeGreaterThan(0);
	});

	it('passes a row over budget only when its CPU time is within budget on a machine loaded past its cores', () => {
		const notes: string[] = [];
		expect(verdict({ name: 'a', value: 90, cpu: 80, budget: 100 }, notes)).toEqual({ ok: true });
		vi.spyOn(os, 'loadavg').mockReturnValue([99, 99, 99]);
		expect(verdict({ name: 'b', value: 300, cpu: 80, budget: 100 }, notes)).toEqual({
			ok: true,
			busy: true
		});
		expect(notes[0]).toMatch(/CPU 80 ms within it/);
		expect(verdict({ name: 'c', value: 300, cpu: 250, budget: 100 }, notes)).toEqual({ ok: false });
		vi.spyOn(os, 'loadavg').mockReturnValue([0.1, 0.1, 0.1]);
		expect(verdict({ name: 'd', value: 300, cpu: 80, budget: 100 }, notes)).toEqual({ ok: false });
	});
});
