// Browser metrics for `npm run bench`: time to interactive and import time, measured in headless
// Chromium against build/ served by scripts/serve.mjs (a plain static host) on a free port. Each is
// timed RUNS times: the median wall time is the value, with the page's median main-thread CPU time
// beside it (scripts/bench-timing.mjs).
//
// Extension points — each is one entry appended to BROWSER_METRICS below, given the shared session
// ({ page, origin, largeFile, runs }) and returning { name, value, unit, budget }:
//   - map layout time: time the stakeholder-map layout of `largeFile`'s 200 partners once issue 4's
//     map page exists (open /workshop/map/?id=…, wait for the last node), or call its pure layout
//     function in Node from bench.mjs directly;
//   - PDF: done (plan page at 200 and 300 partners: longest main-thread task in CPU time from a
//     Chrome trace, PDF layout time in the worker, Export time and PDF size, issue 16);
//   - response-import time: done (100 generated response files through the participants panel, issue 7);
//   - projector latency: done (a step, and the map at the map step, from the facilitator's action to
//     the projector window showing it; issues 5 and 14, "within a second").

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { median, pageCpuMeter, RUNS, summarise, verdict } from './bench-timing.mjs';

const ms = (value) => Math.round(value);

/** A TCP port free on 127.0.0.1 just now. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Serves `root` with scripts/serve.mjs on a free port; `close()` stops it. */
export async function serve(root) {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[path.join(import.meta.dirname, 'serve.mjs'), '--dir', root, '--port', String(port)],
		{ stdio: 'ignore' }
	);
	const origin = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(`${origin}/`);
			return { origin, close: () => child.kill() };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	child.kill();
	throw new Error('serve.mjs did not start');
}

/**
 * A workshop file with `partners` partners and `answers` answers, grown from the demo workshop's
 * own export (so it is valid by construction, whatever the format grows to hold).
 */
function growWorkshopFile(demoFile, { partners, answers }) {
	const file = structuredClone(demoFile);
	const w = file.workshop;
	w.id = 'bench-large';
	w.title = `Benchmark: ${partners} partners`;
	const template = w.partners[0];
	w.partners = Array.from({ length: partners }, (_, i) => ({
		...template,
		id: `bench-p${i}`,
		name: `Partner ${i + 1}`
	}));
	// References to the demo's partners would dangle now: keep only rows that do not name one.
	w.people = w.people.map((p, i) => ({ ...p, partnerId: `bench-p${i % partners}` }));
	w.connections = w.partners.slice(1).map((p, i) => ({
		id: `bench-c${i}`,
		sourceId: w.partners[i].id,
		targetId: p.id,
		type: 'referral',
		strength: 1 + (i % 3)
	}));
	w.criterionScores = [];
	w.phaseVotes = w.phaseVotes.filter((v) => v.partnerId === '');
	w.checks = w.checks.filter((c) => c.partnerId === '');
	w.actions = w.actions.map((a) => ({ ...a, partnerId: '' }));
	const items = [...new Set(w.answers.map((a) => a.itemId))];
	const sample = w.answers[0];
	w.answers = Array.from({ length: answers }, (_, i) => {
		const itemId = items[i % items.length];
		const partnerId =
			i < items.length ? '' : w.partners[Math.floor(i / items.length) % partners].id;
		return {
			...sample,
			id: `${itemId}@${partnerId}`,
			itemId,
			partnerId,
			text: `${sample.text} (${i})`
		};
	});
	// Item × partner pairs must stay unique: drop the overflow if answers exceed items × (partners + 1).
	w.answers = [...new Map(w.answers.map((a) => [a.id, a])).values()];
	w.snapshots = [];
	return file;
}

/** Records when `ready()` first holds, in ms since navigation start, as window.__benchReady. */
function watchReady(ready) {
	const check = () => {
		if (window.__benchReady === undefined && ready()) window.__benchReady = performance.now();
	};
	new MutationObserver(check).observe(document, {
		subtree: true,
		childList: true,
		characterData: true
	});
}

/** Median time (and main-thread CPU time) from navigation to `ready`, over RUNS fresh page loads. */
async function timeToInteractive(context, url, readySource) {
	const walls = [];
	const cpus = [];
	for (let i = 0; i < RUNS; i++) {
		const page = await context.newPage();
		const cpu = await pageCpuMeter(page);
		await page.addInitScript(`(${watchReady})(${readySource})`);
		await page.goto(url);
		await page.waitForFunction(() => window.__benchReady !== undefined, null, { timeout: 30_000 });
		walls.push(await page.evaluate(() => window.__benchReady));
		cpus.push(await cpu());
		await page.close();
	}
	return summarise(walls, cpus);
}

const homeReady = `() => document.querySelector('h1')?.textContent === 'Workshops' && document.querySelector('[data-testid=workshop-row], .empty') !== null`;
const workshopReady = (partners) =>
	`() => !!document.querySelector('[data-testid=workshop-title]') && document.querySelector('[data-testid=count-partners]')?.textContent === '${partners}'`;

/**
 * Time from a facilitator's action on the session page to the projector window showing it, over
 * RUNS actions (issues 5 and 14: "within a second"). The projector is the front window, as on the
 * room's second screen; the facilitator's page acts through `act` (run inside it, returning
 * Date.now() just before it acts), and `shown` (run in the projector, given the run) says when the
 * projector shows the result. Both pages' main-thread CPU time is summed beside the wall time.
 * `reset` (untimed, before each run) puts the room back where a run starts, the same way.
 * @param {any} session
 * @param {(run: number) => number} act
 * @param {(run: number) => boolean} shown
 * @param {{ act: (run: number) => number, shown: (run: number) => boolean }} [reset]
 */
async function projectorFollows(session, act, shown, reset) {
	const { context, origin, demoId } = session;
	const facilitator = await context.newPage();
	const projector = await context.newPage();
	try {
		await facilitator.goto(`${origin}/workshop/session/?id=${encodeURIComponent(demoId)}`);
		await facilitator.getByTestId('step-title').waitFor();
		await projector.setViewportSize({ width: 1280, height: 720 });
		await projector.goto(`${origin}/present/?id=${encodeURIComponent(demoId)}`);
		await projector.getByTestId('projector-step-title').waitFor();
		await projector.bringToFront();
		const walls = [];
		const cpus = [];
		for (let run = 0; run < RUNS; run++) {
			if (reset) {
				await facilitator.evaluate(reset.act, run);
				await projector.waitForFunction(reset.shown, run, { timeout: 15_000 });
			}
			// The projector records when it first shows the result (a DOM change, not a frame later).
			await projector.evaluate(
				([source, run]) => {
					const done = new Function(`return (${source})(${run})`);
					window.__benchShown = undefined;
					const check = () => {
						if (window.__benchShown === undefined && done()) window.__benchShown = Date.now();
					};
					new MutationObserver(check).observe(document, {
						subtree: true,
						childList: true,
						characterData: true,
						attributes: true
					});
				},
				[shown.toString(), run]
			);
			const cpuFacilitator = await pageCpuMeter(facilitator);
			const cpuProjector = await pageCpuMeter(projector);
			const started = await facilitator.evaluate(act, run);
			await projector.waitForFunction(() => window.__benchShown !== undefined, null, {
				timeout: 15_000
			});
			walls.push((await projector.evaluate(() => window.__benchShown)) - started);
			cpus.push((await cpuFacilitator()) + (await cpuProjector()));
		}
		return summarise(walls, cpus);
	} finally {
		await facilitator.close();
		await projector.close();
	}
}

/** @type {{ name: string, run: (session: any) => Promise<{ name: string, value: number, unit: string, budget: number }> }[]} */
const BROWSER_METRICS = [
	{
		name: 'time to interactive: home',
		run: async ({ context, origin }) => ({
			name: 'time to interactive: home',
			...(await timeToInteractive(context, `${origin}/`, homeReady)),
			unit: 'ms',
			budget: 1500
		})
	},
	{
		name: 'import time: 200 partners, 1,000 answers',
		run: async (session) => {
			const { page, largeText } = session;
			const times = [];
			const cpus = [];
			for (let i = 0; i < RUNS; i++) {
				await page.goto(`${session.origin}/`);
				await page.getByRole('heading', { name: 'Workshops', level: 1 }).waitFor();
				const cpu = await pageCpuMeter(page);
				const started = performance.now();
				await page.getByLabel('Import a workshop file').setInputFiles({
					name: 'large.convene.json',
					mimeType: 'application/json',
					buffer: Buffer.from(largeText)
				});
				const review = page.getByTestId('import-review');
				await review.waitFor();
				await review
					.getByRole('button', {
						name: i === 0 ? 'Import' : 'Replace the existing one',
						exact: true
					})
					.click();
				await page.getByText(/^Imported “/).waitFor();
				times.push(performance.now() - started);
				cpus.push(await cpu());
			}
			session.workshopUrl = `${session.origin}/workshop/?id=bench-large`;
			return {
				name: 'import time: 200 partners, 1,000 answers',
				...summarise(times, cpus),
				unit: 'ms',
				budget: 3000
			};
		}
	},
	{
		name: 'time to interactive: workshop with 200 partners',
		run: async ({ context, workshopUrl }) => ({
			name: 'time to interactive: workshop with 200 partners',
			...(await timeToInteractive(context, workshopUrl, workshopReady(200))),
			unit: 'ms',
			budget: 2000
		})
	},
	{
		name: 'import time: 100 response files',
		run: async (session) => {
			const { page, origin, demoId } = session;
			const times = [];
			const cpus = [];
			for (let i = 0; i < RUNS; i++) {
				await page.goto(`${origin}/workshop/session/?id=${encodeURIComponent(demoId)}`);
				await page.getByTestId('participants-panel').waitFor();
				const files = responseFiles(demoId, 100, `run${i}`);
				const cpu = await pageCpuMeter(page);
				const started = performance.now();
				await page.getByLabel('Choose response files').setInputFiles(files);
				await page.getByTestId('merge-review').waitFor();
				await page.getByRole('button', { name: 'Apply', exact: true }).click();
				await page.getByTestId('import-message').waitFor();
				times.push(performance.now() - started);
				cpus.push(await cpu());
			}
			return {
				name: 'import time: 100 response files',
				...summarise(times, cpus),
				unit: 'ms',
				budget: 1000
			};
		}
	},
	{
		name: 'projector follows the facilitator: next step shown',
		run: async (session) => ({
			name: 'projector follows the facilitator: next step shown',
			...(await projectorFollows(
				session,
				// Steps 2 and 1 of the demo's agenda, in turn.
				(run) => {
					const buttons = [...document.querySelectorAll('nav[aria-label="Agenda"] button')];
					const at = Date.now();
					buttons[(run + 1) % 2].click();
					return at;
				},
				(run) =>
					document.querySelector('[data-testid=projector-progress]')?.textContent ===
					`Step ${((run + 1) % 2) + 1} of 10`
			)),
			unit: 'ms',
			budget: 1000
		})
	},
	{
		name: 'projector shows the map at the map step',
		run: async (session) => ({
			name: 'projector shows the map at the map step',
			...(await projectorFollows(
				session,
				() => {
					const at = Date.now();
					[...document.querySelectorAll('nav[aria-label="Agenda"] button')]
						.find((b) => /Stakeholder map/.test(b.textContent ?? ''))
						?.click();
					return at;
				},
				() =>
					document.querySelectorAll('[data-testid=projector-map] [data-testid=map-node]').length ===
					15,
				// Each run starts on the first step, with no map on the projector.
				{
					act: () => {
						const at = Date.now();
						document.querySelector('nav[aria-label="Agenda"] button')?.click();
						return at;
					},
					shown: () => !document.querySelector('[data-testid=projector-map]')
				}
			)),
			unit: 'ms',
			budget: 1000
		})
	},
	{
		name: 'plan page: longest main-thread task, 200 partners (CPU)',
		run: async (session) => planPageMetric(session, 200)
	},
	{
		name: 'plan page: longest main-thread task, 300 partners (CPU)',
		run: async (session) => planPageMetric(session, 300)
	},
	{
		name: 'projector: 200 answers in 30 themes, longest main-thread task',
		run: async (session) => projectorThemesMetric(session)
	},
	{
		name: 'PDF export, 250 responses: longest main-thread task',
		run: async (session) => pdfRoomMetric(session)
	},
	{
		name: 'home JS until network idle (gzip)',
		run: async (session) => {
			const en = await homeScriptBytes(session, 'en-US');
			const es = await homeScriptBytes(session, 'es-MX');
			session.notes.push(
				`home JS until network idle: English ${en.kb} kB, Spanish ${es.kb} kB (gzip, median of ${RUNS} fresh loads; ${en.files} scripts)`
			);
			return {
				name: 'home JS until network idle (gzip)',
				value: Math.max(en.kb, es.kb),
				unit: 'kB',
				budget: 80
			};
		}
	}
];

// ---------------------------------------------------------------------------------------------
// Plan page (issue 16): the PDF is laid out in a worker; the page's main thread must never block.
// ---------------------------------------------------------------------------------------------

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/**
 * The longest top-level task on the page's main thread(s) in a Chrome trace: `cpu` is its thread
 * time (tdur, what the task itself cost), `wall` its duration (which also counts time the 2 shared
 * cores spent on other processes).
 */
function longestTask(traceJson, urlPart, mark) {
	const events = JSON.parse(traceJson).traceEvents ?? [];
	const pids = urlPart === undefined ? null : rendererPids(events, urlPart);
	const main = new Set(
		events
			.filter(
				(e) =>
					e.ph === 'M' &&
					e.name === 'thread_name' &&
					e.args?.name === 'CrRendererMain' &&
					(!pids || pids.has(e.pid))
			)
			.map((e) => `${e.pid}:${e.tid}`)
	);
	if (main.size === 0) throw new Error(`no renderer main thread in the trace for ${urlPart}`);
	// With a `mark` (performance.mark in the page, traced as user timing), also the longest task
	// that started after it.
	const markAt = mark
		? events.find((e) => e.name === mark && main.has(`${e.pid}:${e.tid}`))?.ts
		: 0;
	if (mark && markAt === undefined) throw new Error(`no mark ${mark} in the trace`);
	let cpu = 0;
	let wall = 0;
	const after = { cpu: 0, wall: 0 };
	for (const e of events) {
		if (e.ph !== 'X' || e.name !== 'RunTask' || !main.has(`${e.pid}:${e.tid}`)) continue;
		cpu = Math.max(cpu, (e.tdur ?? 0) / 1000);
		wall = Math.max(wall, (e.dur ?? 0) / 1000);
		if (mark && e.ts >= markAt) {
			after.cpu = Math.max(after.cpu, (e.tdur ?? 0) / 1000);
			after.wall = Math.max(after.wall, (e.dur ?? 0) / 1000);
		}
	}
	return { cpu, wall, ...(mark ? { after } : {}) };
}

/**
 * The renderer processes that showed a URL containing `urlPart`, from the browser's records of
 * frames in a trace (another tab's renderer, such as the facilitator's window, is left out).
 */
function rendererPids(events, urlPart) {
	const pids = new Set();
	for (const e of events) {
		const data = e.args?.data;
		if (!data) continue;
		if (typeof data.url === 'string' && data.url.includes(urlPart) && data.processId)
			pids.add(data.processId);
		for (const f of data.frames ?? [])
			if (typeof f.url === 'string' && f.url.includes(urlPart) && f.processId)
				pids.add(f.processId);
	}
	return pids;
}

/** Imports a grown workshop file (id `bench-plan-<n>`) through the home page, replacing an older copy. */
async function importGrown(session, partners) {
	const { page, origin, demoFile } = session;
	const file = growWorkshopFile(demoFile, { partners, answers: 1000 });
	file.workshop.id = `bench-plan-${partners}`;
	file.workshop.title = `Plan benchmark: ${partners} partners`;
	await page.goto(`${origin}/`);
	await page.getByRole('heading', { name: 'Workshops', level: 1 }).waitFor();
	await page.getByLabel('Import a workshop file').setInputFiles({
		name: `plan-${partners}.convene.json`,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file))
	});
	const review = page.getByTestId('import-review');
	await review.waitFor();
	const replace = review.getByRole('button', { name: 'Replace the existing one', exact: true });
	await (
		(await replace.count()) ? replace : review.getByRole('button', { name: 'Import', exact: true })
	).click();
	await page.getByText(/^Imported “/).waitFor();
	return `${origin}/workshop/plan/?id=bench-plan-${partners}`;
}

/**
 * Opens the plan page of an `n`-partner workshop with tracing on, waits for the page count (the
 * worker laid the whole PDF out), toggles a section and waits for the new count, then exports.
 * Reports the longest main-thread task (CPU) as the row, with wall time, layout time, export time
 * and PDF size in the notes; medians of RUNS runs.
 */
async function planPageMetric(session, n) {
	const { browser, context, notes } = session;
	const url = await importGrown(session, n);
	const runs = [];
	for (let i = 0; i < RUNS; i++) {
		const page = await context.newPage();
		await browser.startTracing(page, { categories: TRACE_CATEGORIES });
		const started = performance.now();
		await page.goto(url);
		const count = page.getByTestId('plan-pages');
		await page.waitForFunction(
			() =>
				/^\d+$/.test(
					document.querySelector('[data-testid=plan-pages]')?.getAttribute('data-pages') ?? ''
				),
			null,
			{ timeout: 120_000 }
		);
		const layout = performance.now() - started;
		const pages = await count.getAttribute('data-pages');
		await page.getByLabel('Sources').uncheck();
		await page.waitForFunction(
			(before) => {
				const now =
					document.querySelector('[data-testid=plan-pages]')?.getAttribute('data-pages') ?? '';
				return /^\d+$/.test(now) && now !== before;
			},
			pages,
			{ timeout: 120_000 }
		);
		const exportStarted = performance.now();
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 120_000 }),
			page.getByRole('button', { name: 'Export PDF' }).click()
		]);
		const exportTime = performance.now() - exportStarted;
		let size = 0;
		for await (const chunk of await download.createReadStream()) size += chunk.length;
		const task = longestTask((await browser.stopTracing()).toString('utf8'));
		runs.push({ ...task, layout, exportTime, size, pages: Number(pages) });
		await page.close();
	}
	const pick = (key) => median(runs.map((r) => r[key]));
	notes.push(
		`plan page, ${n} partners: longest main-thread task ${ms(pick('cpu'))} ms CPU / ${ms(pick('wall'))} ms wall; PDF laid out in the worker in ${ms(pick('layout'))} ms (page count shown after opening); Export (reusing it) ${ms(pick('exportTime'))} ms; ${runs[0].pages} pages, ${(pick('size') / 1e6).toFixed(2)} MB; medians of ${RUNS}`
	);
	return {
		name: `plan page: longest main-thread task, ${n} partners (CPU)`,
		value: ms(pick('cpu')),
		unit: 'ms',
		budget: 200
	};
}

// ---------------------------------------------------------------------------------------------
// The room's answers (issues 25 and 26): the projector's themes and pages, the PDF of a full room
// ---------------------------------------------------------------------------------------------

/** Imports a workshop file's text through the home page (replacing an older copy of it). */
async function importText(session, text, name) {
	const { page, origin } = session;
	await page.goto(`${origin}/`);
	await page.getByRole('heading', { name: 'Workshops', level: 1 }).waitFor();
	await page.getByLabel('Import a workshop file').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	const review = page.getByTestId('import-review');
	await review.waitFor();
	const replace = review.getByRole('button', { name: 'Replace the existing one', exact: true });
	await (
		(await replace.count()) ? replace : review.getByRole('button', { name: 'Import', exact: true })
	).click();
	await page.getByText(/^Imported “/).waitFor({ timeout: 60_000 });
}

/** A timed row from per-run longest tasks: the median wall duration as value, its CPU beside it. */
function longestTaskRow(name, runs, budget) {
	return {
		name,
		...summarise(
			runs.map((r) => r.wall),
			runs.map((r) => r.cpu)
		),
		unit: 'ms',
		budget
	};
}

const taskList = (runs) => runs.map((r) => `${ms(r.wall)} ms (${ms(r.cpu)} CPU)`).join(', ');

/**
 * The projector showing a step with 200 text answers grouped in 30 themes (`roomWorkshop` in
 * src/testing, imported as a workshop file; the session shows its aspiration step revealed, on the
 * themes view). Each run opens the projector (1280×720) with tracing on and waits for the 30 themes
 * with their counts; the facilitator's session screen (another window) then switches it to the
 * answers, the projector pages through every page with PageDown (checking that all 200 answers were
 * shown), and the facilitator switches back to the themes. The row is the longest task on the
 * projector's main thread over all of it, opening included (wall, with its CPU time beside), median
 * of RUNS runs; the notes give the longest once the themes were first shown. Budget: 50 ms.
 */
async function projectorThemesMetric(session) {
	const { browser, context, origin, notes } = session;
	const id = 'bench-room-200';
	await importText(
		session,
		await session.roomWorkshopText({ responses: 200, themes: 30, id }),
		'room-200.convene.json'
	);
	const facilitator = await context.newPage();
	const runs = [];
	const themesShown = (projector, timeout) =>
		projector.waitForFunction(
			() => document.querySelectorAll('[data-testid=projected-themes] li').length === 30,
			null,
			{ timeout }
		);
	try {
		await facilitator.goto(`${origin}/workshop/session/?id=${id}`);
		const panel = facilitator.getByTestId('room-answers');
		await panel.waitFor({ timeout: 60_000 });
		const showAnswers = panel.getByLabel('The answers, page by page');
		const showThemes = panel.getByLabel('The themes with their counts');
		let pageCount = 0;
		for (let i = 0; i < RUNS; i++) {
			await showThemes.check();
			const projector = await context.newPage();
			await projector.setViewportSize({ width: 1280, height: 720 });
			await browser.startTracing(projector, {
				categories: [...TRACE_CATEGORIES, 'blink.user_timing']
			});
			let traced = false;
			try {
				await projector.goto(`${origin}/present/?id=${id}`);
				await themesShown(projector, 60_000);
				await projector.evaluate(() => performance.mark('bench-themes-shown'));
				await showAnswers.check();
				const number = projector.getByTestId('projected-page-number');
				await number.filter({ hasText: /^\s*Page 1 of \d+\s*$/ }).waitFor({ timeout: 30_000 });
				pageCount = Number(/of (\d+)/.exec(await number.innerText())?.[1]);
				const seen = new Set();
				for (let p = 1; p <= pageCount; p++) {
					await number
						.filter({ hasText: new RegExp(`^\\s*Page ${p} of ${pageCount}\\s*$`) })
						.waitFor({ timeout: 30_000 });
					for (const key of await projector
						.locator('[data-testid=projected-page] li[data-key]')
						.evaluateAll((items) => items.map((li) => li.getAttribute('data-key'))))
						seen.add(key);
					if (p < pageCount) await projector.keyboard.press('PageDown');
				}
				if (seen.size !== 200)
					throw new Error(`the projector's pages showed ${seen.size} answers, not 200`);
				await showThemes.check();
				await themesShown(projector, 30_000);
				const trace = (await browser.stopTracing()).toString('utf8');
				traced = true;
				runs.push(longestTask(trace, '/present/', 'bench-themes-shown'));
			} finally {
				if (!traced) await browser.stopTracing().catch(() => {});
				await projector.close();
			}
		}
		notes.push(
			`projector, 200 answers in 30 themes: opened on the themes, then ${pageCount} pages of answers (PageDown on the projector), then the themes again; longest projector task per run ${taskList(runs)}; once the themes were shown ${taskList(runs.map((r) => r.after))}`
		);
	} finally {
		await facilitator.close();
	}
	return longestTaskRow('projector: 200 answers in 30 themes, longest main-thread task', runs, 50);
}

/**
 * The PDF of a workshop with 250 responses (every question answered, 30 themes, three votes;
 * `roomWorkshop`): each run opens Plan & exports with tracing on, waits for the page count (the
 * worker laid the PDF out), clicks Export PDF and waits for the download. The row is the longest task
 * on the page's main thread over all of it (wall, with its CPU time beside), median of RUNS runs.
 * Budget: 200 ms.
 */
async function pdfRoomMetric(session) {
	const { browser, context, origin, notes } = session;
	const id = 'bench-room-250';
	await importText(
		session,
		await session.roomWorkshopText({ responses: 250, themes: 30, id }),
		'room-250.convene.json'
	);
	const runs = [];
	for (let i = 0; i < RUNS; i++) {
		const page = await context.newPage();
		await browser.startTracing(page, { categories: TRACE_CATEGORIES });
		let traced = false;
		try {
			const started = performance.now();
			await page.goto(`${origin}/workshop/plan/?id=${id}`);
			await page.waitForFunction(
				() =>
					/^\d+$/.test(
						document.querySelector('[data-testid=plan-pages]')?.getAttribute('data-pages') ?? ''
					),
				null,
				{ timeout: 120_000 }
			);
			const layout = performance.now() - started;
			const pages = Number(await page.getByTestId('plan-pages').getAttribute('data-pages'));
			const exportStarted = performance.now();
			const [download] = await Promise.all([
				page.waitForEvent('download', { timeout: 120_000 }),
				page.getByRole('button', { name: 'Export PDF' }).click()
			]);
			let size = 0;
			for await (const chunk of await download.createReadStream()) size += chunk.length;
			const exportTime = performance.now() - exportStarted;
			const trace = (await browser.stopTracing()).toString('utf8');
			traced = true;
			runs.push({ ...longestTask(trace, '/workshop/plan/'), layout, exportTime, size, pages });
		} finally {
			if (!traced) await browser.stopTracing().catch(() => {});
			await page.close();
		}
	}
	const pick = (key) => median(runs.map((r) => r[key]));
	notes.push(
		`PDF, 250 responses: longest main-thread task per run ${taskList(runs)}; laid out in the worker in ${ms(pick('layout'))} ms from opening the page, Export → download ${ms(pick('exportTime'))} ms; ${runs[0].pages} pages, ${(pick('size') / 1e6).toFixed(2)} MB; medians of ${RUNS}`
	);
	return longestTaskRow('PDF export, 250 responses: longest main-thread task', runs, 200);
}

/**
 * Every script the home page loads until the network is idle (entry, imports, lazy chunks, the
 * language's messages), gzip-compressed as a static host would send them, in a fresh context with
 * an empty cache and the given browser language; the median over RUNS loads.
 */
async function homeScriptBytes(session, locale) {
	const totals = [];
	let files = 0;
	for (let i = 0; i < RUNS; i++) {
		const context = await session.browser.newContext({ locale });
		const page = await context.newPage();
		const bodies = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script')
				bodies.push(response.body().catch(() => Buffer.alloc(0)));
		});
		await page.goto(`${session.origin}/`, { waitUntil: 'networkidle' });
		const all = await Promise.all(bodies);
		files = all.length;
		totals.push(all.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0));
		await context.close();
	}
	return { kb: Math.round(median(totals) / 100) / 10, files }; // kB of 1,000 bytes, as bench.mjs and Vite
}

/** `n` participants' response files for a workshop (distinct ids per `tag`, so every run adds them all). */
function responseFiles(workshopId, n, tag) {
	return Array.from({ length: n }, (_, i) => {
		const file = {
			type: 'convene/response',
			version: 1,
			workshopId,
			contentVersion: 1,
			response: {
				id: `bench-${tag}-${i}`,
				name: `Participant ${i}`,
				revision: 1,
				submittedAt: 1_700_000_000_000 + i,
				answers: { 'aspiration-1': `An aspiration from participant ${i}. `.repeat(20) },
				phase: (i % 6) + 1,
				phaseReason: 'Because. '.repeat(30),
				rubric: {},
				pitfalls: { 'pitfall-1': 'risk', 'pitfall-2': 'accelerator' },
				suggestedPartners: ['Food Bank Coalition', `Clinic ${i}`]
			}
		};
		return {
			name: `p${i}.convene-response.json`,
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(file, null, 2))
		};
	});
}

/**
 * Runs every browser metric in one Chromium and returns their rows; a metric that throws becomes a
 * failed row with a note (never a silent pass).
 */
export async function browserMetrics(root, notes, kits = {}) {
	const server = await serve(root);
	const browser = await launchChromium();
	const rows = [];
	try {
		const context = await browser.newContext({
			viewport: { width: 1440, height: 900 },
			acceptDownloads: true
		});
		const page = await context.newPage();
		// The large file is grown from the app's own export of its demo workshop.
		await page.goto(`${server.origin}/`);
		await page.getByRole('button', { name: 'Try the demo' }).click();
		await page.getByTestId('workshop-title').waitFor();
		const demoId = new URL(page.url()).searchParams.get('id') ?? '';
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export workshop file (.json)' }).click()
		]);
		const chunks = [];
		for await (const chunk of await download.createReadStream()) chunks.push(chunk);
		const large = growWorkshopFile(JSON.parse(Buffer.concat(chunks).toString('utf8')), {
			partners: 200,
			answers: 1000
		});
		const demoFile = JSON.parse(Buffer.concat(chunks).toString('utf8'));
		const session = {
			browser,
			context,
			notes,
			demoFile,
			page,
			origin: server.origin,
			largeText: JSON.stringify(large, null, 2),
			workshopUrl: '',
			demoId,
			// (sizes) => the text of a `roomWorkshop` file (src/testing/room-workshop.ts), from bench.mjs.
			roomWorkshopText: kits.roomWorkshopText
		};
		notes.push(
			`large file: ${large.workshop.partners.length} partners, ${large.workshop.answers.length} answers, ${(session.largeText.length / 1e6).toFixed(2)} MB; timings are medians of ${RUNS} runs`
		);
		// BENCH_ONLY=<regular expression> runs only the browser metrics whose name matches.
		const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
		for (const metric of BROWSER_METRICS.filter((m) => !only || only.test(m.name))) {
			try {
				const row = await metric.run(session);
				rows.push({ ...row, ...verdict(row, notes) });
			} catch (error) {
				notes.push(
					`${metric.name}: ${error instanceof Error ? error.message.split('\n')[0] : error}`
				);
				rows.push({ name: metric.name, value: null, unit: 'ms', budget: null, ok: false });
			}
		}
	} finally {
		await browser.close();
		server.close();
	}
	return rows;
}

// `node scripts/bench-browser.mjs --home-js [dir]`: only the home page's JS until network idle, for
// before/after comparisons of one build directory (default build/).
if (process.argv[1] === import.meta.filename && process.argv[2] === '--home-js') {
	const server = await serve(process.argv[3] ?? 'build');
	const browser = await launchChromium();
	try {
		const session = { browser, origin: server.origin };
		for (const locale of ['en-US', 'es-MX']) {
			const { kb, files } = await homeScriptBytes(session, locale);
			console.log(
				`home JS until network idle, ${locale}: ${kb} kB gzip (${files} scripts, median of ${RUNS})`
			);
		}
	} finally {
		await browser.close();
		server.close();
	}
}
