// The join page as a phone loads it (issue 28, point 10), for `npm run bench`: Lighthouse's mobile
// preset (its default config: a mid-range phone, simulated slow 4G and 4× CPU slowdown), performance
// category only, against build/ served by scripts/serve.mjs, in Debian's Chromium (chrome-launcher
// with scripts/chromium.mjs's path and flags, headless; nothing is fetched from the internet).
// RUNS runs in one browser (Lighthouse resets storage and cache before each); medians reported.

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { freePort, serve } from './bench-browser.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { median, RUNS } from './bench-timing.mjs';

/** The score the join page must reach (a bare SvelteKit page of the same versions scores 100). */
export const JOIN_SCORE_BUDGET = 95;

/**
 * Lighthouse's mobile performance score of `/join/`, with its largest contentful paint and total
 * blocking time, each the median of RUNS runs. Returns three bench rows: the score (budget ≥ 95)
 * and the two figures beside it (no budget of their own: the score weighs them).
 * @param {{ root: string, notes: string[] }} context
 */
export async function joinPageLighthouse(context) {
	const server = await serve(context.root);
	let chrome;
	try {
		chrome = await chromeLauncher.launch({
			chromePath: CHROMIUM_PATH,
			// A fixed free port: chrome-launcher's own port discovery reads a log Debian's build does
			// not write. No sandbox: these machines run the browser as root (Playwright does the same).
			port: await freePort(),
			chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS]
		});
		const runs = [];
		for (let i = 0; i < RUNS; i++) {
			const result = await lighthouse(`${server.origin}/join/`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance']
			});
			const { categories, audits, runtimeError } = result.lhr;
			if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
			runs.push({
				score: Math.round(categories.performance.score * 100),
				lcp: Math.round(audits['largest-contentful-paint'].numericValue),
				tbt: Math.round(audits['total-blocking-time'].numericValue)
			});
		}
		const row = (key, name, unit, budget) => {
			const values = runs.map((r) => r[key]);
			return {
				name,
				value: median(values),
				runs: values.length,
				min: Math.min(...values),
				max: Math.max(...values),
				unit,
				budget
			};
		};
		const score = row('score', 'join page, Lighthouse mobile: score', 'score', JOIN_SCORE_BUDGET);
		context.notes.push(
			`join page, Lighthouse mobile (simulated throttling, so no CPU column): scores ${runs.map((r) => r.score).join(', ')}`
		);
		return [
			{ ...score, ok: score.value >= JOIN_SCORE_BUDGET },
			{ ...row('lcp', 'join page, Lighthouse mobile: LCP', 'ms', null), ok: true },
			{ ...row('tbt', 'join page, Lighthouse mobile: TBT', 'ms', null), ok: true }
		];
	} finally {
		chrome?.kill();
		server.close();
	}
}
