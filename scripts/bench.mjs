#!/usr/bin/env node
// `npm run bench`: builds the site, measures it, prints a table, writes bench/results.json and
// exits non-zero when a budget is exceeded.
//
// Usage: node scripts/bench.mjs [--no-build] [--no-browser] [--dir build] [--out bench/results.json]
//
// Adding a metric: write a (possibly async) function that takes the context below and returns
// { name, value, unit, budget } (optionally `ok`), or an array of such rows, and append it to `metrics`. A timed metric takes
// RUNS timings (scripts/bench-timing.mjs) and returns the median wall time as `value` with `cpu`,
// `runs`, `min`, `max`; without an explicit `ok`, `verdict` judges it (median within budget, or CPU
// within budget on a machine loaded past its cores). Other values pass when value === budget.

import { launchChromium } from './chromium.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';
import { browserMetrics } from './bench-browser.mjs';
import {
	machineLoad,
	pageCpuMeter,
	RUNS,
	summarise,
	timeInNode,
	verdict
} from './bench-timing.mjs';
import {
	liveAnswerP95,
	liveAttackAnswerP95,
	liveAttackRelayMemory,
	liveLastAnswerP95,
	liveRelayMemory,
	liveVoteP95
} from './bench-live.mjs';
import { joinPageLighthouse } from './bench-lighthouse.mjs';

const USAGE = `Usage: node scripts/bench.mjs [--no-build] [--no-browser] [--dir build] [--out bench/results.json]`;

function parseArgs(argv) {
	const options = { build: true, browser: true, dir: 'build', out: 'bench/results.json' };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split(/=(.*)/s, 2);
		const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`);
		if (flag === '--no-build') options.build = false;
		else if (flag === '--no-browser') options.browser = false;
		else if (flag === '--dir') options.dir = value();
		else if (flag === '--out') options.out = value();
		else if (flag === '--help' || flag === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else fail(`unknown option ${argv[i]}`);
	}
	return options;
}

function fail(message) {
	console.error(`bench: ${message}\n${USAGE}`);
	process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Initial JavaScript of the entry page
// ---------------------------------------------------------------------------------------------

/** Attributes of one HTML tag, lower-cased names, values with the common entities decoded. */
function parseAttributes(source) {
	const attributes = {};
	for (const match of source.matchAll(
		/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
	)) {
		const raw = match[2] ?? match[3] ?? match[4] ?? '';
		attributes[match[1].toLowerCase()] = raw
			.replaceAll('&quot;', '"')
			.replaceAll('&#39;', "'")
			.replaceAll('&amp;', '&');
	}
	return attributes;
}

/**
 * Every JS URL the page loads up front: <script src>, <link rel="modulepreload">, and the
 * `_app/…` modules imported by inline scripts (SvelteKit's bootstrap imports the start and app
 * entries from an inline script, which is the only place they appear when nothing is preloaded).
 */
function entryReferences(html) {
	const references = new Set();
	const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');

	for (const [, attributeSource, body] of withoutComments.matchAll(
		/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
	)) {
		const attributes = parseAttributes(attributeSource);
		if (attributes.src) {
			references.add(attributes.src);
			continue;
		}
		// Data islands (application/json, importmap, …) hold no code to follow.
		const type = (attributes.type ?? '').toLowerCase();
		if (type && type !== 'module' && !type.includes('javascript')) continue;
		const importPattern =
			/\bimport\s*\(\s*(["'`])([^"'`]+)\1\s*\)|(?:^|[^\w$.])(?:from|import)\s*(["'])([^"']+)\3/g;
		for (const match of body.matchAll(importPattern)) {
			const specifier = match[2] ?? match[4];
			if (specifier.includes('_app/')) references.add(specifier);
		}
	}

	for (const [, attributeSource] of withoutComments.matchAll(/<link\b([^>]*)>/gi)) {
		const attributes = parseAttributes(attributeSource);
		const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
		if (rel.includes('modulepreload') && attributes.href) references.add(attributes.href);
	}

	return [...references];
}

/**
 * Maps a URL found in the page or a chunk to a file under `root`, or null for anything that is not
 * a local JS file (external URLs, missing files). Absolute paths may carry a deploy base path
 * (`/convene/_app/…`), which does not exist on disk: fall back to the part from `_app/` on.
 */
function resolveReference(reference, fromDir, root, warnings) {
	const url = reference.replace(/[?#].*$/s, '');
	if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) {
		warnings.push(`ignored external script ${reference}`);
		return null;
	}
	let file = url.startsWith('/') ? path.join(root, url) : path.resolve(fromDir, url);
	if (url.startsWith('/') && !existsSync(file) && url.includes('/_app/')) {
		file = path.join(root, url.slice(url.indexOf('/_app/') + 1));
	}
	const inside = file.startsWith(root + path.sep);
	if (!inside || !existsSync(file) || !statSync(file).isFile()) {
		warnings.push(`cannot resolve ${reference} (from ${path.relative(root, fromDir) || '.'})`);
		return null;
	}
	return /\.m?js$/.test(file) ? file : null;
}

/**
 * Relative specifiers of the static imports/re-exports in a (minified) ES module:
 * `import"./a.js"`, `import{x}from"./a.js"`, `export*from"./a.js"`. Dynamic `import("./a.js")`
 * is deliberately not matched: lazily loaded chunks (jsPDF) are not initial JS.
 */
function staticImports(code) {
	const specifiers = [];
	for (const match of code.matchAll(/(?:^|[^\w$.])(?:from|import)\s*(["'])([^"'\n]+?)\1/g)) {
		const specifier = match[2];
		if (specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/')) {
			specifiers.push(specifier);
		}
	}
	return specifiers;
}

/** The entry page's JS files (the static import closure) with their raw and gzip sizes. */
function collectInitialJs(root) {
	const page = path.join(root, 'index.html');
	if (!existsSync(page)) throw new Error(`${page} not found: build the site first`);

	const warnings = [];
	const queue = entryReferences(readFileSync(page, 'utf8'))
		.map((reference) => resolveReference(reference, root, root, warnings))
		.filter(Boolean);
	if (queue.length === 0) {
		// Finding nothing means the page format changed, not that the page has no JS: a 0 kB
		// result would be a false pass.
		throw new Error(`no JavaScript referenced by ${page}`);
	}

	const files = new Map();
	while (queue.length > 0) {
		const file = queue.shift();
		if (files.has(file)) continue;
		const content = readFileSync(file);
		files.set(file, {
			path: path.relative(root, file).split(path.sep).join('/'),
			bytes: content.length,
			gzip: gzipSync(content, { level: 9 }).length,
			content: content.toString('utf8')
		});
		for (const specifier of staticImports(files.get(file).content)) {
			const imported = resolveReference(specifier, path.dirname(file), root, warnings);
			if (imported && !files.has(imported)) queue.push(imported);
		}
	}
	return { files: [...files.values()], warnings };
}

// ---------------------------------------------------------------------------------------------
// Metrics
// ---------------------------------------------------------------------------------------------

const KB = 1000; // as Vite reports sizes

/** @param {Context} context */
function initialJsGzip(context) {
	const { files } = context.initialJs();
	const total = files.reduce((sum, file) => sum + file.gzip, 0);
	return { name: 'initial JS (gzip)', value: round(total / KB), unit: 'kB', budget: 90 };
}

/**
 * Whether a chunk contains jsPDF's code, as opposed to merely naming it: the correct lazy load
 * `const { jsPDF } = await import('jspdf')` keeps the property name `jsPDF` in the importing
 * chunk, so a bare string search would flag exactly the code we want. jsPDF's own code carries its
 * name in dozens of error messages, which minifiers keep.
 */
function containsJspdf(code) {
	if (/passed to jsPDF\.|jsPDF PubSub Error|\(jsPDF-module\)/.test(code)) return true;
	return (code.match(/jsPDF|jspdf/g) ?? []).length >= 20;
}

/** @param {Context} context */
function jspdfInInitialJs(context) {
	const { files } = context.initialJs();
	const offenders = files.filter((file) => containsJspdf(file.content));
	for (const file of offenders) context.notes.push(`jsPDF found in initial chunk ${file.path}`);
	return {
		name: 'jsPDF in initial JS',
		value: offenders.length > 0,
		unit: 'boolean',
		budget: false
	};
}

// ---------------------------------------------------------------------------------------------
// Stakeholder map layout time (network view with labels), measured in Node
// ---------------------------------------------------------------------------------------------

/**
 * Loads TypeScript modules from src/ through Vite (no build step), closes Vite, then hands them to
 * `use`: nothing of Vite's (file watcher, transform workers) runs in this process while `use` times
 * its work, so the CPU time measured is the work's own.
 */
async function withSourceModules(paths, use) {
	const { createServer } = await import('vite');
	const server = await createServer({
		configFile: false,
		logLevel: 'silent',
		server: { middlewareMode: true, hmr: false, watch: null },
		appType: 'custom',
		resolve: { alias: { $lib: path.resolve('src/lib'), $testing: path.resolve('src/testing') } },
		// lz-string is CommonJS without named exports Node can see: let Vite transform it.
		ssr: { noExternal: ['lz-string'] }
	});
	let modules;
	try {
		modules = await Promise.all(paths.map((p) => server.ssrLoadModule(p)));
	} finally {
		await server.close();
	}
	return await use(modules);
}

/** Times the layout of each size RUNS times (after a warm-up run for the JIT): median wall and CPU time. */
async function mapLayoutTimings(context) {
	context.mapTimings ??= await withSourceModules(
		['/src/testing/layout-quality.ts', '/src/testing/synthetic-map.ts'],
		async ([measures, synthetic]) => {
			const timings = [];
			for (const size of [50, 200, 1000]) {
				const [{ ticks }] = measures.layoutPerformance([size], synthetic.syntheticMap);
				timings.push({
					partners: size,
					ticks,
					...(await timeInNode(() => measures.layoutPerformance([size], synthetic.syntheticMap)))
				});
			}
			return timings;
		}
	);
	return context.mapTimings;
}

const mapLayout = (size, budget) =>
	Object.defineProperty(
		async (context) => {
			const timing = (await mapLayoutTimings(context)).find((t) => t.partners === size);
			context.notes.push(`map layout ${size} partners: ${timing.ticks} ticks`);
			const { value, cpu, runs, min, max } = timing;
			return {
				name: `map layout, ${size} partners`,
				value,
				cpu,
				runs,
				min,
				max,
				unit: 'ms',
				budget,
				...(budget === null ? { ok: true } : {})
			};
		},
		'name',
		{ value: `mapLayout${size}` }
	);

// ---------------------------------------------------------------------------------------------
// PDF plan export time for a large workshop, in headless Chromium
// ---------------------------------------------------------------------------------------------

/**
 * Serves the built site on a free port, opens it in Chromium with `pageOptions`, chooses
 * `fileText` in the home page's import picker, and runs `work(page)` (which confirms the import and
 * measures); the browser and the server always stop afterwards. Resolves with what `work` returns.
 */
async function withImportedWorkshop(context, fileText, pageOptions, work) {
	const { spawn } = await import('node:child_process');
	const server = spawn(
		process.execPath,
		['scripts/serve.mjs', '--dir', context.root, '--port', '0'],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	let browser;
	try {
		const base = await new Promise((resolve, reject) => {
			server.stdout.on('data', (chunk) => {
				const match = /http:\/\/localhost:(\d+)/.exec(String(chunk));
				if (match) resolve(`http://127.0.0.1:${match[1]}`);
			});
			server.on('exit', () => reject(new Error('the static server stopped')));
		});
		browser = await launchChromium();
		const page = await browser.newPage(pageOptions);
		await page.goto(`${base}/`);
		await page.getByLabel('Import a workshop file').setInputFiles({
			name: 'large.json',
			mimeType: 'application/json',
			buffer: Buffer.from(fileText)
		});
		return await work(page);
	} finally {
		await browser?.close();
		server.kill();
	}
}

/**
 * Imports a generated workshop (100 partners, 200 actions, 30 participant responses) into the built
 * site, opens Plan & exports, waits for the page-count preview (which loads jsPDF and the fonts),
 * then times "Export PDF" from the click to the download. Budget: 1.5 s and a file of at most 1 MB.
 * @param {Context} context
 */
async function pdfLargePlan(context) {
	const fileText = await withSourceModules(
		['/src/testing/large-workshop.ts', '/src/lib/domain/file-format.ts'],
		([synthetic, format]) =>
			format.workshopFileText(
				synthetic.largeWorkshop({ partners: 100, actions: 200, responses: 30 })
			)
	);

	return withImportedWorkshop(context, fileText, { acceptDownloads: true }, async (page) => {
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await page.getByRole('link', { name: 'ROOTS Partnership Design convening' }).click();
		await page.getByRole('link', { name: 'Plan & exports' }).click();
		const pages = page.getByTestId('plan-pages');
		await pages
			.and(page.locator('[data-pages]:not([data-pages=""])'))
			.waitFor({ timeout: 120_000 });
		const walls = [];
		const cpus = [];
		let bytes = 0;
		// One untimed export first (fonts and jsPDF warm), then RUNS timed ones.
		for (let run = -1; run < RUNS; run++) {
			const cpu = await pageCpuMeter(page);
			const started = performance.now();
			const [download] = await Promise.all([
				page.waitForEvent('download', { timeout: 120_000 }),
				page.getByRole('button', { name: 'Export PDF' }).click()
			]);
			const file = await download.path();
			if (run < 0) continue;
			walls.push(performance.now() - started);
			cpus.push(await cpu());
			bytes = statSync(file).size;
		}
		const timing = summarise(walls, cpus);
		context.notes.push(
			`PDF large plan: ${await pages.getAttribute('data-pages')} pages, ${round(bytes / 1e6)} MB (budget 1 MB)`
		);
		const row = { name: 'PDF export, large plan', ...timing, unit: 'ms', budget: 1500 };
		return { ...row, ok: verdict(row, context.notes).ok && bytes <= 1_000_000 };
	});
}

// ---------------------------------------------------------------------------------------------
// Stakeholder map layout quality (edge crossings, node overlaps) at the chosen tick budget, in Node
// ---------------------------------------------------------------------------------------------

/**
 * Crossings and overlaps of the seeded synthetic map at 200 and 1,000 partners, at the chosen tick
 * budget and collision stride (`ticksFor`, `COLLIDE_EVERY`) and at others for comparison, each with
 * the network layout's median wall and CPU time over RUNS runs (the figures the budget was chosen from).
 */
async function mapQualityFigures(context) {
	context.mapQuality ??= await withSourceModules(
		['/src/lib/map/layout.ts', '/src/testing/synthetic-map.ts', '/src/testing/layout-quality.ts'],
		async ([layout, synthetic, measures]) => {
			const rows = [];
			const configs = [
				[
					200,
					[
						[90, 1],
						[150, 1],
						[120, 1],
						[120, 2]
					]
				],
				[
					1000,
					[
						[30, 2],
						[50, 1],
						[50, 2],
						[90, 2]
					]
				]
			];
			for (const [size, budgets] of configs) {
				const { partners, connections } = synthetic.syntheticMap(size);
				for (const [ticks, every] of budgets) {
					const quality = measures.layoutQuality(
						size,
						synthetic.syntheticMap,
						ticks,
						undefined,
						every
					);
					const timing = await timeInNode(() =>
						layout.networkNodes(partners, connections, 1, ticks, every)
					);
					rows.push({
						...quality,
						ms: timing.value,
						cpu: timing.cpu,
						chosen: ticks === layout.ticksFor(size) && every === layout.COLLIDE_EVERY
					});
				}
			}
			return rows;
		}
	);
	return context.mapQuality;
}

/** Budgets: the chosen tick budget's figures (seeded, so deterministic) with a small margin; no overlap at all. */
const mapQuality = (size, kind, budget) =>
	Object.defineProperty(
		async (context) => {
			const rows = (await mapQualityFigures(context)).filter((r) => r.partners === size);
			const chosen = rows.find((r) => r.chosen);
			if (kind === 'crossings') {
				context.notes.push(
					`map layout ${size} partners, ticks/collision stride → crossings / overlaps / median ms wall (CPU): ${rows.map((r) => `${r.ticks}/${r.collideEvery}${r.chosen ? '*' : ''} → ${r.crossings} / ${r.overlaps} / ${r.ms} (${r.cpu})`).join('; ')}`
				);
			}
			return {
				name: `map layout ${kind}, ${size} partners`,
				value: chosen[kind],
				unit: kind === 'crossings' ? 'pairs' : 'pairs',
				budget
			};
		},
		'name',
		{ value: `mapQuality${kind}${size}` }
	);

// ---------------------------------------------------------------------------------------------
// Dragging a node on a 500-partner map, frames per second in headless Chromium
// ---------------------------------------------------------------------------------------------

/**
 * Imports a 500-partner workshop (with ~650 connections) into the built site, opens the map (laid
 * out in the worker), presses on a node with the real mouse, then moves it once per animation frame
 * for 2 s with pointer events sent from the page, counting the frames drawn. Budget: ≥ 30 fps.
 * @param {Context} context
 */
async function mapDragFps(context) {
	const fileText = await withSourceModules(
		['/src/testing/large-workshop.ts', '/src/lib/domain/file-format.ts'],
		([synthetic, format]) => {
			const bundle = synthetic.largeWorkshop({ partners: 500, actions: 0, responses: 0 });
			let seed = 7;
			const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
			for (let i = 1; i < bundle.partners.length; i++) {
				const links = random() < 0.3 ? 2 : 1;
				for (let k = 0; k < links; k++) {
					const j = Math.floor(random() * i);
					if (i === j) continue;
					bundle.connections.push({
						workshopId: bundle.workshop.id,
						id: `bench-c-${i}-${k}`,
						sourceId: bundle.partners[i].id,
						targetId: bundle.partners[j].id,
						type: 'works with',
						strength: 1 + (i % 3)
					});
				}
			}
			return format.workshopFileText(bundle);
		}
	);
	return withImportedWorkshop(
		context,
		fileText,
		{ viewport: { width: 1440, height: 900 } },
		async (page) => {
			await page.getByRole('button', { name: 'Import', exact: true }).click();
			await page.getByRole('link', { name: 'ROOTS Partnership Design convening' }).click();
			await page
				.getByRole('navigation', { name: /^Sections of/ })
				.getByRole('link', { name: 'Stakeholder map' })
				.click();
			const nodes = page.getByTestId('map-node');
			await page.waitForFunction(
				() => document.querySelectorAll('[data-testid="map-node"]').length >= 500,
				null,
				{ timeout: 120_000 }
			);
			const node = nodes.nth(250);
			await node.scrollIntoViewIfNeeded();
			const box = await node.boundingBox();
			const x = box.x + box.width / 2;
			const y = box.y + box.height / 2;
			await page.mouse.move(x, y);
			await page.mouse.down();
			const result = await node.evaluate(
				(el, start) =>
					new Promise((resolve) => {
						let frames = 0;
						let first = 0;
						const step = (now) => {
							if (!first) first = now;
							frames++;
							const dx = 20 + 60 * Math.sin(frames / 10);
							el.dispatchEvent(
								new PointerEvent('pointermove', {
									bubbles: true,
									pointerId: 1,
									clientX: start.x + dx,
									clientY: start.y + dx / 2,
									button: 0,
									buttons: 1
								})
							);
							if (now - first < 2000) requestAnimationFrame(step);
							else resolve({ frames, ms: now - first });
						};
						requestAnimationFrame(step);
					}),
				{ x, y }
			);
			await page.mouse.up();
			const fps = Math.round(((result.frames - 1) * 1000) / result.ms);
			context.notes.push(
				`map drag, 500 partners: ${result.frames} frames in ${Math.round(result.ms)} ms`
			);
			return { name: 'map drag, 500 partners', value: fps, unit: 'fps', budget: 30, ok: fps >= 30 };
		}
	);
}

// ---------------------------------------------------------------------------------------------
// The room's results in Node: tallying dot votes (issue 25), adopting the room's answers (issue 26)
// ---------------------------------------------------------------------------------------------

/**
 * A batch's timing as one item's share: the process's CPU clock ticks in steps of several ms here,
 * so work shorter than that is timed `n` at a time.
 */
function perItem(timing, n) {
	const per = (ms) => Math.round((ms / n) * 100) / 100;
	const { value, cpu, runs, min, max } = timing;
	return { value: per(value), cpu: per(cpu), runs, min: per(min), max: per(max) };
}

/**
 * Tallying 250 participants' votes: every participant has put 3 dots in each of three closed votes
 * (30 themes, the candidate partners, the criteria; `roomWorkshop` in src/testing); one tally is
 * `tallyVotes` and `tallyBySide` of all three, as the session screen and the projector compute them.
 * Each run times `TALLY_BATCH` tallies and reports one tally's share (`perItem`). Budget: 10 ms.
 * @param {Context} context
 */
async function tallyVotes250(context) {
	const TALLY_BATCH = 50;
	return withSourceModules(
		['/src/testing/room-workshop.ts', '/src/lib/domain/votes.ts'],
		async ([kit, votes]) => {
			const b = kit.roomWorkshop({ responses: 250, themes: 30 });
			let dots = 0;
			const tally = () => {
				dots = 0;
				for (const round of b.voteRounds) {
					for (const row of votes.tallyVotes(round, b.responses)) dots += row.dots;
					votes.tallyBySide(round, b.responses, false);
				}
			};
			const timing = await timeInNode(() => {
				for (let i = 0; i < TALLY_BATCH; i++) tally();
			});
			// Every dot counted, or the figure times something else than a real tally.
			const expected = b.responses.length * 3 * b.voteRounds.length;
			if (dots !== expected) throw new Error(`the tally counted ${dots} dots, not ${expected}`);
			context.notes.push(
				`tally, 250 participants: ${b.voteRounds.length} votes (${b.voteRounds.map((r) => r.itemIds.length).join('/')} items, 3 dots each), tallyVotes + tallyBySide; each run ${TALLY_BATCH} tallies, figures per tally`
			);
			return {
				name: "tally: 250 participants' votes",
				...perItem(timing, TALLY_BATCH),
				unit: 'ms',
				budget: 10
			};
		}
	);
}

/**
 * Adopting the room's answers on every step of the demo's agenda (`planAdoption` per step) with 250
 * responses that answer everything (phase, rubric, pitfalls, momentum, every text question, two
 * suggested partners each, votes on the criteria) and 30 themes on the aspiration question; each
 * run adopts `ADOPT_BATCH` times and reports one adoption's share (`perItem`). Budget: 200 ms.
 * @param {Context} context
 */
async function adoptEverything250(context) {
	return withSourceModules(
		['/src/testing/room-workshop.ts', '/src/lib/domain/adoption.ts'],
		async ([kit, adoption]) => {
			const b = kit.roomWorkshop({ responses: 250, themes: 30 });
			const ADOPT_BATCH = 10;
			let writes = 0;
			let id = 0;
			const adoptAll = () => {
				writes = 0;
				for (const step of b.agenda)
					writes += adoption.planAdoption(step, b, 1_800_000_000_000, () => `bench-new-${id++}`)
						.writes.length;
			};
			const timing = await timeInNode(() => {
				for (let i = 0; i < ADOPT_BATCH; i++) adoptAll();
			});
			const adoptable = b.agenda.filter((s) => adoption.ADOPTABLE_MODULES.includes(s.module));
			if (writes === 0) throw new Error('adoption planned no writes: nothing was measured');
			context.notes.push(
				`adopt, 250 responses: ${b.agenda.length} steps (${adoptable.length} adoptable: ${adoptable.map((s) => s.module).join(', ')}), ${writes} rows written each time; each run adopts ${ADOPT_BATCH} times, figures per adoption of every step`
			);
			return {
				name: 'adopt: 250 responses, every step',
				...perItem(timing, ADOPT_BATCH),
				unit: 'ms',
				budget: 200
			};
		}
	);
}

// Size metrics read from build/, map layout times measured in Node, the PDF time in Chromium. Other
// browser metrics (time to interactive, import time) live in scripts/bench-browser.mjs.
const metrics = [
	initialJsGzip,
	jspdfInInitialJs,
	mapLayout(50, null),
	mapLayout(200, 100),
	mapLayout(1000, null),
	mapQuality(200, 'crossings', 3000),
	mapQuality(200, 'overlaps', 0),
	mapQuality(1000, 'crossings', 105_000),
	mapQuality(1000, 'overlaps', 0),
	pdfLargePlan,
	mapDragFps,
	tallyVotes250,
	adoptEverything250,
	liveAnswerP95,
	liveLastAnswerP95,
	liveRelayMemory,
	liveAttackAnswerP95,
	liveAttackRelayMemory,
	liveVoteP95,
	joinPageLighthouse
];

// ---------------------------------------------------------------------------------------------

/**
 * @typedef {{ root: string, notes: string[], initialJs: () => ReturnType<typeof collectInitialJs> }} Context
 */

function round(value) {
	return Math.round(value * 100) / 100;
}

function formatValue(value, unit) {
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (value === null || value === undefined) return 'error';
	return unit ? `${value} ${unit}` : String(value);
}

function formatBudget(budget, unit) {
	if (budget === null || budget === undefined) return '-';
	// Frame rates and scores are floors; every other number is a ceiling.
	if (typeof budget === 'number')
		return `${unit === 'fps' || unit === 'score' ? '≥' : '≤'} ${budget} ${unit}`;
	return formatValue(budget, unit);
}

function printTable(rows) {
	const header = ['metric', 'value (median)', 'CPU (median)', 'runs', 'range', 'budget', 'ok'];
	const cells = rows.map((row) => [
		row.name,
		formatValue(row.value, row.unit),
		row.cpu === undefined ? '-' : formatValue(row.cpu, row.unit),
		row.runs === undefined ? '-' : String(row.runs),
		row.min === undefined ? '-' : `${row.min}–${row.max}`,
		formatBudget(row.budget, row.unit),
		row.ok ? (row.busy ? 'ok (busy)' : 'ok') : 'FAIL'
	]);
	const widths = header.map((title, column) =>
		Math.max(title.length, ...cells.map((cell) => cell[column].length))
	);
	const line = (cell) =>
		`| ${cell.map((text, column) => text.padEnd(widths[column])).join(' | ')} |`;
	console.log(line(header));
	console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
	for (const cell of cells) console.log(line(cell));
}

async function main() {
	const options = parseArgs(process.argv.slice(2));

	if (options.build) {
		const build = spawnSync('npx', ['vite', 'build'], {
			stdio: 'inherit',
			shell: process.platform === 'win32'
		});
		if (build.status !== 0) {
			console.error('bench: the build failed');
			process.exit(build.status || 1);
		}
	}

	const root = path.resolve(options.dir);
	let initialJs;
	/** @type {Context} */
	const context = {
		root,
		notes: [],
		// Shared by the size and the jsPDF metrics; computed once, on first use.
		initialJs: () => (initialJs ??= collectInitialJs(root))
	};

	const rows = [];
	// BENCH_ONLY=<regular expression> runs only the metrics whose name matches (here and in the browser).
	const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
	for (const metric of metrics.filter((m) => !only || only.test(m.name))) {
		try {
			for (const result of [await metric(context)].flat()) {
				if (result.ok !== undefined) rows.push(result);
				else if (typeof result.budget === 'number')
					rows.push({ ...result, ...verdict(result, context.notes) });
				else rows.push({ ...result, ok: result.value === result.budget });
			}
		} catch (error) {
			// A metric that cannot be measured fails: it must not silently pass the budget.
			context.notes.push(`${metric.name}: ${error instanceof Error ? error.message : error}`);
			rows.push({ name: metric.name, value: null, unit: '', budget: null, ok: false });
		}
	}

	// Time to interactive and import time, in headless Chromium (scripts/bench-browser.mjs).
	if (options.browser)
		rows.push(
			...(await browserMetrics(root, context.notes, {
				roomWorkshopText: (sizes) =>
					withSourceModules(
						['/src/testing/room-workshop.ts', '/src/lib/domain/file-format.ts'],
						([kit, format]) => format.workshopFileText(kit.roomWorkshop(sizes))
					)
			}))
		);

	if (initialJs) {
		console.log(`\nInitial JS of ${path.relative(process.cwd(), path.join(root, 'index.html'))}:`);
		for (const file of [...initialJs.files].sort((a, b) => b.gzip - a.gzip)) {
			console.log(
				`  ${(file.gzip / KB).toFixed(2).padStart(8)} kB gzip ${(file.bytes / KB).toFixed(2).padStart(9)} kB  ${file.path}`
			);
		}
		for (const warning of initialJs.warnings) console.log(`  warning: ${warning}`);
	}
	console.log('');
	printTable(rows);
	for (const note of context.notes) console.log(`note: ${note}`);

	mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
	const { load, cores } = machineLoad();
	console.log(
		`note: timed figures are medians of ${RUNS} runs (BENCH_RUNS); machine load ${load} on ${cores} cores`
	);
	const results = {
		date: new Date().toISOString(),
		runs: RUNS,
		machine: { load, cores },
		metrics: rows.map(({ name, value, cpu, runs, min, max, unit, budget, ok, busy }) => ({
			name,
			value,
			cpu,
			runs,
			min,
			max,
			unit,
			budget,
			ok,
			busy: busy ?? false
		}))
	};
	writeFileSync(options.out, `${JSON.stringify(results, null, '\t')}\n`);
	console.log(`\nwrote ${options.out}`);

	process.exitCode = rows.every((row) => row.ok) ? 0 : 1;
}

await main();
