// Timing for `npm run bench` on a shared machine: every timed figure is taken several times and
// reported as the median wall time with the median CPU time beside it, so that a busy machine (other
// processes taking the cores) shows as wall ≫ CPU instead of failing a budget without cause.
//
// CPU time: in Node, `process.cpuUsage()` (user + system) around the work; in Chromium, the page's
// main-thread busy time from the DevTools protocol (`Performance.getMetrics` → TaskDuration).

import os from 'node:os';
import process from 'node:process';

/** How many times each figure is timed (BENCH_RUNS overrides; at least 3 for a meaningful median). */
export const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));

/** @param {number[]} values */
export const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** @param {number} ms */
const round = (ms) => Math.round(ms * 10) / 10;

/**
 * Summarises repeated timings (ms): median wall and CPU time, their spread, and how many runs.
 * @param {number[]} walls
 * @param {number[]} cpus
 */
export function summarise(walls, cpus) {
	return {
		value: round(median(walls)),
		cpu: round(median(cpus)),
		runs: walls.length,
		min: round(Math.min(...walls)),
		max: round(Math.max(...walls))
	};
}

/**
 * Times `work(run)` in this Node process `runs` times (after one untimed warm-up run for the JIT).
 * @param {(run: number) => unknown} work
 */
export async function timeInNode(work, runs = RUNS) {
	await work(-1);
	const walls = [];
	const cpus = [];
	for (let run = 0; run < runs; run++) {
		const cpu0 = process.cpuUsage();
		const t0 = performance.now();
		await work(run);
		walls.push(performance.now() - t0);
		const cpu = process.cpuUsage(cpu0);
		cpus.push((cpu.user + cpu.system) / 1000);
	}
	return summarise(walls, cpus);
}

/**
 * A meter of a page's main-thread CPU time, in ms since the meter was made (Chromium only).
 * @param {import('@playwright/test').Page} page
 */
export async function pageCpuMeter(page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const read = async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
	};
	const start = await read();
	return async () => (await read()) - start;
}

/** The machine's load: 1-minute load average against its cores. */
export function machineLoad() {
	const cores = os.availableParallelism?.() ?? os.cpus().length;
	return { load: Math.round(os.loadavg()[0] * 100) / 100, cores };
}

/**
 * Whether a timed row meets its budget. The median wall time decides; when it is over budget but the
 * median CPU time is within it on a machine loaded beyond its cores, the row passes marked `busy`
 * (the time went to other processes, not to Convene), with a note saying so.
 * @param {{ name: string, value: number, cpu?: number, budget: number | null }} row
 * @param {string[]} notes
 */
export function verdict(row, notes) {
	if (row.budget === null || row.budget === undefined) return { ok: true };
	if (row.value <= row.budget) return { ok: true };
	const { load, cores } = machineLoad();
	if (row.cpu !== undefined && row.cpu <= row.budget && load > cores) {
		notes.push(
			`${row.name}: wall ${row.value} ms over the ${row.budget} ms budget, CPU ${row.cpu} ms within it, load ${load} on ${cores} cores: passed as busy`
		);
		return { ok: true, busy: true };
	}
	return { ok: false };
}
