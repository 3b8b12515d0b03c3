// The live-room figures of `npm run bench`: 100 simulated participants (Node clients of Convene's
// own provider, on loopback) each answer three steps, in several runs against one relay started
// exactly as `npm start` starts it (scripts/serve.mjs). Reported: the time from an answer written to
// its appearance in the facilitator's merged results (median and p95 over every answer of every run),
// the time from the last answer of a step to the last one merged (p95 over steps), the simulation's
// CPU beside its wall time, and the relay process's peak memory and CPU (from /proc).
//
// The simulation itself is src/lib/live/bench-sim.ts (the same RoomHost/RoomGuest and domain merge
// the app uses), loaded through Vite's module loader.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import process from 'node:process';

const PARTICIPANTS = 100;
const STEPS = 3;
const RUNS = 3;

function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (v) => Math.round(v * 10) / 10;

/** Peak resident memory (MB) and CPU time (ms) of a process, from /proc (Linux). */
function processStats(pid) {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		// utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
		const cpuMs = (Number(fields[11]) + Number(fields[12])) * 10;
		return { peakMb: peakKb / 1024, cpuMs };
	} catch {
		return null;
	}
}

async function startRelay(dir) {
	const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
	const port = await new Promise((resolve, reject) => {
		let out = '';
		child.stdout.on('data', (chunk) => {
			out += chunk;
			const match = /relay on the same port: ws:\/\/localhost:(\d+)/.exec(out);
			if (match) resolve(Number(match[1]));
		});
		child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}) before listening`)));
	});
	return { child, url: `ws://127.0.0.1:${port}/relay` };
}

async function loadSim() {
	const { createServer } = await import('vite');
	const vite = await createServer({
		configFile: false,
		logLevel: 'silent',
		server: { middlewareMode: true, hmr: false },
		appType: 'custom',
		resolve: { alias: { $lib: path.resolve('src/lib') } },
		// lz-string is CommonJS without named exports Node can see: let Vite transform it.
		ssr: { noExternal: ['lz-string'] }
	});
	return { vite, sim: await vite.ssrLoadModule('/src/lib/live/bench-sim.ts'), WebSocket: (await import('ws')).default };
}

/** The participants' process: joins, then answers a step for each `step <n>` line on stdin. */
async function guestsProcess([url, code, participants, steps]) {
	const { vite, sim, WebSocket } = await loadSim();
	const guests = await sim.benchGuests(url, WebSocket, code, Number(participants), Number(steps));
	console.log(JSON.stringify({ ready: true }));
	let buffer = '';
	process.stdin.on('data', (chunk) => {
		buffer += chunk;
		for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
			const line = buffer.slice(0, nl);
			buffer = buffer.slice(nl + 1);
			if (line === 'quit') {
				guests.close();
				void vite.close().then(() => process.exit(0));
				return;
			}
			const step = Number(/^step (\d+)$/.exec(line)?.[1]);
			if (step) console.log(JSON.stringify({ step, written: guests.answer(step) }));
		}
	});
}

/** Spawns the participants' process and gives a way to ask for a step and read its write times. */
function spawnGuests(url, code) {
	const child = spawn(process.execPath, [path.resolve('scripts/bench-live.mjs'), '--guests', url, code, String(PARTICIPANTS), String(STEPS)], { stdio: ['pipe', 'pipe', 'inherit'] });
	const waiting = [];
	let buffer = '';
	child.stdout.on('data', (chunk) => {
		buffer += chunk;
		for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
			const line = buffer.slice(0, nl);
			buffer = buffer.slice(nl + 1);
			if (line.startsWith('{')) waiting.shift()?.(JSON.parse(line));
		}
	});
	const next = () => new Promise((resolve, reject) => {
		waiting.push(resolve);
		child.once('exit', (code) => reject(new Error(`the participants' process exited (${code})`)));
	});
	return {
		child,
		ready: next(),
		async step(n) {
			const reply = next();
			child.stdin.write(`step ${n}\n`);
			return (await reply).written;
		},
		quit: () => child.stdin.write('quit\n')
	};
}

async function runAll(context) {
	const { vite, sim, WebSocket } = await loadSim();
	const relay = await startRelay(context.root);
	try {
		const answerMs = [];
		const lastAnswerMs = [];
		const wall = [];
		const hostCpu = [];
		const guestCpu = [];
		const relayStepsCpu = [];
		let refusals = 0;
		for (let run = 0; run < RUNS; run++) {
			const host = await sim.benchHost(relay.url, WebSocket, STEPS);
			const guests = spawnGuests(relay.url, host.code);
			await guests.ready;
			await host.joined(PARTICIPANTS, 30_000);
			const started = performance.now();
			const cpuBefore = process.cpuUsage();
			const guestBefore = processStats(guests.child.pid)?.cpuMs ?? 0;
			const relayBefore = processStats(relay.child.pid)?.cpuMs ?? 0;
			for (let s = 1; s <= STEPS; s++) {
				const written = await guests.step(s);
				const measured = await sim.measureStep(host, written, s);
				answerMs.push(...measured.answerMs);
				lastAnswerMs.push(measured.lastAnswerMs);
			}
			const used = process.cpuUsage(cpuBefore);
			wall.push(performance.now() - started);
			hostCpu.push((used.user + used.system) / 1000);
			guestCpu.push((processStats(guests.child.pid)?.cpuMs ?? 0) - guestBefore);
			relayStepsCpu.push((processStats(relay.child.pid)?.cpuMs ?? 0) - relayBefore);
			guests.quit();
			refusals += host.refusals();
			if (host.rows.size !== PARTICIPANTS) throw new Error(`run ${run + 1}: ${host.rows.size} rows merged, not ${PARTICIPANTS}`);
			host.close();
		}
		return { answerMs, lastAnswerMs, wall, hostCpu, guestCpu, relayStepsCpu, refusals, relay: processStats(relay.child.pid) };
	} finally {
		relay.child.kill('SIGTERM');
		await vite.close();
	}
}

async function liveResults(context) {
	context.live ??= await runAll(context);
	return context.live;
}

/** Answer written → merged by the facilitator, p95 over every answer of every run. Budget 1 s. */
export async function liveAnswerP95(context) {
	const r = await liveResults(context);
	context.notes.push(
		`live room: ${RUNS} runs × ${PARTICIPANTS} participants × ${STEPS} steps; answer → merged median ${round(percentile(r.answerMs, 50))} ms, p95 ${round(percentile(r.answerMs, 95))} ms; ` +
			`last answer → merged median ${round(percentile(r.lastAnswerMs, 50))} ms, p95 ${round(percentile(r.lastAnswerMs, 95))} ms; ` +
			`per run (${STEPS} steps) wall ${r.wall.map((w) => Math.round(w)).join('/')} ms, facilitator CPU ${r.hostCpu.map((c) => Math.round(c)).join('/')} ms, participants' process CPU ${r.guestCpu.map((c) => Math.round(c)).join('/')} ms; refusals ${r.refusals}; load average ${loadavg()[0].toFixed(1)} on this machine`
	);
	return { name: 'live room: answer → merged, p95', value: round(percentile(r.answerMs, 95)), unit: 'ms', budget: 1000 };
}

/** The last answer of a step → merged, p95 over the steps of every run. Budget 1 s. */
export async function liveLastAnswerP95(context) {
	const r = await liveResults(context);
	return { name: 'live room: last answer → merged, p95', value: round(percentile(r.lastAnswerMs, 95)), unit: 'ms', budget: 1000 };
}

/** The relay's peak resident memory over all runs. Budget 150 MB. */
export async function liveRelayMemory(context) {
	const r = await liveResults(context);
	if (!r.relay) throw new Error('relay memory needs /proc (Linux)');
	context.notes.push(
		`live room relay: peak ${round(r.relay.peakMb)} MB, CPU ${Math.round(r.relay.cpuMs)} ms over ${RUNS} runs (joins included), of which ${r.relayStepsCpu.map((c) => Math.round(c)).join('/')} ms while answering (per run)`
	);
	return { name: 'live room: relay peak memory', value: round(r.relay.peakMb), unit: 'MB', budget: 150 };
}

if (process.argv[2] === '--guests') await guestsProcess(process.argv.slice(3));
