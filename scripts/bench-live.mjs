// The live-room figures of `npm run bench`: 100 simulated participants (Node clients of Convene's
// own provider, on loopback) each answer three steps, in RUNS runs (BENCH_RUNS, as every timed
// figure) against one relay started exactly as `npm start` starts it (scripts/serve.mjs). Reported,
// as the median of the runs with their range: the time from an answer written to its appearance in
// the facilitator's merged results (p95 of a run's answers; budget 1 s), the time from the last
// answer of a step to the last one merged (a run's worst step; budget 1 s); beside them the CPU time
// a step costs the room (facilitator + relay + participants, from /proc), which `verdict` in
// bench-timing.mjs uses as for every timed figure; and the relay process's peak memory (budget
// 150 MB) and CPU. The same room again "under attack": while it answers, one client floods the relay
// (`--flood`: 1 MiB messages for a document it never opens, and delete sets of 100,000 ranges of
// unseen items in a room of its own, reconnecting each time the relay closes its socket); answer →
// merged p95 (budget 1 s) and the relay's peak memory (budget 300 MB).
//
// The simulation itself is src/testing/live-bench.ts (the same RoomHost/RoomGuest and domain merge
// the app uses), loaded through Vite's module loader.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { median, RUNS } from './bench-timing.mjs';

const PARTICIPANTS = 100;
const STEPS = 3;

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
	const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir], {
		env: { ...process.env, PORT: '0' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const port = await new Promise((resolve, reject) => {
		let out = '';
		child.stdout.on('data', (chunk) => {
			out += chunk;
			const match = /relay on the same port: ws:\/\/localhost:(\d+)/.exec(out);
			if (match) resolve(Number(match[1]));
		});
		child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}) before listening`)));
	});
	// The relay is serve.mjs's child process (relay/supervise.js); serve.mjs passes its sockets on.
	const relayPid = Number(
		readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ')[0]
	);
	return { child, relayPid, url: `ws://127.0.0.1:${port}/relay` };
}

/** CPU time (ms) of the relay: its own process and serve.mjs, which passes its bytes on. */
const relayCpu = (relay) =>
	(processStats(relay.relayPid)?.cpuMs ?? 0) + (processStats(relay.child.pid)?.cpuMs ?? 0);

/**
 * The flooding client's process: floods the relay at `url` until killed, one socket at a time, and
 * prints what it sent when asked (`stats` on stdin).
 */
async function floodProcess([url]) {
	const { default: WebSocket } = await import('ws');
	const encoding = await import('lib0/encoding');
	const message = (name, kind, write) => {
		const e = encoding.createEncoder();
		encoding.writeVarString(e, name);
		encoding.writeVarUint(e, kind);
		write(e);
		return encoding.toUint8Array(e);
	};
	const update = (name, bytes) =>
		message(name, 0, (e) => {
			encoding.writeVarUint(e, 2);
			encoding.writeVarUint8Array(e, bytes);
		});
	const junk = update('convene-room-WXYWXY', new Uint8Array(1024 * 1024 - 64));
	const deletes = (() => {
		const e = encoding.createEncoder();
		encoding.writeVarUint(e, 0);
		encoding.writeVarUint(e, 1);
		encoding.writeVarUint(e, 777);
		encoding.writeVarUint(e, 100_000);
		for (let i = 0; i < 100_000; i++) {
			encoding.writeVarUint(e, 1_000_000 + i * 2);
			encoding.writeVarUint(e, 1);
		}
		return update('convene-room-WXYWXW', encoding.toUint8Array(e));
	})();
	const auth = message('convene-room-WXYWXW', 2, (e) => {
		encoding.writeVarUint(e, 0);
		encoding.writeVarString(e, '');
	});
	let sent = 0;
	let sockets = 0;
	process.stdin.on('data', () => console.log(JSON.stringify({ sent, sockets })));
	for (let cycle = 0; ; cycle++) {
		sockets++;
		const ws = new WebSocket(url);
		ws.on('error', () => {});
		await new Promise((resolve) => {
			ws.once('close', resolve);
			ws.once('open', async () => {
				if (cycle === 0) console.log(JSON.stringify({ flooding: true }));
				if (cycle % 2) ws.send(auth);
				while (ws.readyState === WebSocket.OPEN) {
					const data = cycle % 2 ? deletes : junk;
					await new Promise((sent) => ws.send(data, sent));
					sent += data.byteLength;
				}
			});
		});
	}
}

async function loadSim() {
	const { createServer } = await import('vite');
	const vite = await createServer({
		configFile: false,
		logLevel: 'silent',
		server: { middlewareMode: true, hmr: false },
		appType: 'custom',
		resolve: { alias: { $lib: path.resolve('src/lib'), $testing: path.resolve('src/testing') } },
		// lz-string is CommonJS without named exports Node can see: let Vite transform it.
		ssr: { noExternal: ['lz-string'] }
	});
	return {
		vite,
		sim: await vite.ssrLoadModule('/src/testing/live-bench.ts'),
		WebSocket: (await import('ws')).default
	};
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
	const child = spawn(
		process.execPath,
		[
			path.resolve('scripts/bench-live.mjs'),
			'--guests',
			url,
			code,
			String(PARTICIPANTS),
			String(STEPS)
		],
		{ stdio: ['pipe', 'pipe', 'inherit'] }
	);
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
	const next = () =>
		new Promise((resolve, reject) => {
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

async function runAll(context, { underAttack = false, voting = false } = {}) {
	const { vite, sim, WebSocket } = await loadSim();
	const relay = await startRelay(context.root);
	const flood = { sent: 0, sockets: 0 };
	try {
		const runs = [];
		let refusals = 0;
		for (let run = 0; run < RUNS; run++) {
			const host = await sim.benchHost(relay.url, WebSocket, STEPS, voting);
			const guests = spawnGuests(relay.url, host.code);
			await guests.ready;
			await host.joined(PARTICIPANTS, 30_000);
			const flooder = underAttack
				? spawn(process.execPath, [path.resolve('scripts/bench-live.mjs'), '--flood', relay.url], {
						stdio: ['pipe', 'pipe', 'inherit']
					})
				: null;
			// The flood is on before the first answer (its process takes a second to start).
			if (flooder) await new Promise((resolve) => flooder.stdout.once('data', resolve));
			const r = {
				answerMs: [],
				lastAnswerMs: [],
				stepCpu: [],
				wall: 0,
				hostCpu: 0,
				guestCpu: 0,
				relayCpu: 0
			};
			const started = performance.now();
			for (let s = 1; s <= STEPS; s++) {
				const host0 = process.cpuUsage();
				const guest0 = processStats(guests.child.pid)?.cpuMs ?? 0;
				const relay0 = relayCpu(relay);
				const written = await guests.step(s);
				const measured = await sim.measureStep(host, written, s);
				if (voting) {
					// Every participant's step-s ballot holds s dots: the tally reflects them all, or
					// the figure measured something else.
					const dots = host.tally.reduce((sum, row) => sum + row.dots, 0);
					if (dots !== PARTICIPANTS * s)
						throw new Error(`step ${s}: the tally holds ${dots} dots, not ${PARTICIPANTS * s}`);
				}
				r.answerMs.push(...measured.answerMs);
				r.lastAnswerMs.push(measured.lastAnswerMs);
				const hostUsed = process.cpuUsage(host0);
				const cpu = {
					host: (hostUsed.user + hostUsed.system) / 1000,
					guests: (processStats(guests.child.pid)?.cpuMs ?? 0) - guest0,
					relay: relayCpu(relay) - relay0
				};
				r.hostCpu += cpu.host;
				r.guestCpu += cpu.guests;
				r.relayCpu += cpu.relay;
				r.stepCpu.push(cpu.host + cpu.guests + cpu.relay);
			}
			r.wall = performance.now() - started;
			if (flooder) {
				const stats = new Promise((resolve) =>
					flooder.stdout.once('data', (chunk) => resolve(JSON.parse(String(chunk))))
				);
				flooder.stdin.write('stats\n');
				const { sent, sockets } = await stats;
				flood.sent += sent;
				flood.sockets += sockets;
				flooder.kill('SIGKILL');
			}
			runs.push(r);
			guests.quit();
			refusals += host.refusals();
			if (host.rows.size !== PARTICIPANTS)
				throw new Error(`run ${run + 1}: ${host.rows.size} rows merged, not ${PARTICIPANTS}`);
			host.close();
		}
		return { runs, refusals, relay: processStats(relay.relayPid), flood };
	} finally {
		relay.child.kill('SIGTERM');
		await vite.close();
	}
}

async function liveResults(context) {
	context.live ??= await runAll(context);
	return context.live;
}

async function attackResults(context) {
	context.liveAttack ??= await runAll(context, { underAttack: true });
	return context.liveAttack;
}

async function voteResults(context) {
	context.liveVotes ??= await runAll(context, { voting: true });
	return context.liveVotes;
}

/**
 * A timed row from one figure per run: the median run as `value`, the range, and as `cpu` the median
 * run's largest CPU time of one step, facilitator + relay + participants together (what the answers
 * of a step cost on an idle machine at most, whatever the load), so that `verdict` can tell a slow
 * room from a busy machine as it does for every timed figure.
 */
function timedRow(name, runs, perRun, budget = 1000) {
	const values = runs.map(perRun);
	const cpus = runs.map((r) => Math.max(...r.stepCpu));
	return {
		name,
		value: round(median(values)),
		cpu: round(median(cpus)),
		runs: runs.length,
		min: round(Math.min(...values)),
		max: round(Math.max(...values)),
		unit: 'ms',
		budget
	};
}

const list = (values) => values.map((v) => Math.round(v)).join('/');

/** Answer written → merged by the facilitator: p95 over the answers of a run, median of the runs. Budget 1 s. */
export async function liveAnswerP95(context) {
	const { runs, refusals } = await liveResults(context);
	const all = runs.flatMap((r) => r.answerMs);
	context.notes.push(
		`live room: ${runs.length} runs × ${PARTICIPANTS} participants × ${STEPS} steps; answer → merged p95 per run ${list(runs.map((r) => percentile(r.answerMs, 95)))} ms, median per run ${list(runs.map((r) => percentile(r.answerMs, 50)))} ms (all runs together: median ${round(percentile(all, 50))} ms, p95 ${round(percentile(all, 95))} ms); ` +
			`last answer → merged, worst step per run ${list(runs.map((r) => Math.max(...r.lastAnswerMs)))} ms; ` +
			`per run (${STEPS} steps) wall ${list(runs.map((r) => r.wall))} ms, CPU facilitator ${list(runs.map((r) => r.hostCpu))} ms, relay ${list(runs.map((r) => r.relayCpu))} ms, participants' process ${list(runs.map((r) => r.guestCpu))} ms; ` +
			`refusals ${refusals}; load average ${loadavg()[0].toFixed(1)} on this machine`
	);
	return timedRow('live room: answer → merged, p95', runs, (r) => percentile(r.answerMs, 95));
}

/** The last answer of a step → merged: the worst step of a run, median of the runs. Budget 1 s. */
export async function liveLastAnswerP95(context) {
	const { runs } = await liveResults(context);
	return timedRow('live room: last answer → merged, worst step', runs, (r) =>
		Math.max(...r.lastAnswerMs)
	);
}

/** The relay's peak resident memory over all runs. Budget 150 MB. */
export async function liveRelayMemory(context) {
	const r = await liveResults(context);
	if (!r.relay) throw new Error('relay memory needs /proc (Linux)');
	context.notes.push(
		`live room relay: peak ${round(r.relay.peakMb)} MB, CPU ${Math.round(r.relay.cpuMs)} ms over ${r.runs.length} runs, joins included`
	);
	return {
		name: 'live room: relay peak memory',
		value: round(r.relay.peakMb),
		unit: 'MB',
		budget: 150
	};
}

/**
 * Under attack: answer written → merged by the facilitator, p95 of a run, median of the runs, while
 * one client floods the relay (`floodProcess`). Budget 1 s, as without the flood.
 */
export async function liveAttackAnswerP95(context) {
	const { runs, flood, refusals } = await attackResults(context);
	context.notes.push(
		`live room under attack: ${runs.length} runs; answer → merged p95 per run ${list(runs.map((r) => percentile(r.answerMs, 95)))} ms; ` +
			`the flooding client handed ${Math.round(flood.sent / 1024 / 1024)} MiB to ${flood.sockets} sockets (each closed by the relay; most of it never left the kernel's buffers); ` +
			`relay CPU per run ${list(runs.map((r) => r.relayCpu))} ms; refusals ${refusals}; load average ${loadavg()[0].toFixed(1)}`
	);
	return timedRow('live room under attack: answer → merged, p95', runs, (r) =>
		percentile(r.answerMs, 95)
	);
}

/**
 * A room voting (issue 25): the facilitator has a dot vote open (30 themes, 3 dots; `BENCH_VOTE` in
 * src/testing/live-bench.ts, carried by the signed invite as the app carries it); at each of three
 * steps every participant sends a new revision of their response with their dots. Measured per
 * response: written → merged (dots checked against the open vote) and the facilitator's tally
 * recomputed from the stored rows with it; p95 of a run, median of the runs. Budget 250 ms.
 */
export async function liveVoteP95(context) {
	const { runs, refusals } = await voteResults(context);
	context.notes.push(
		`live room voting: ${runs.length} runs × ${PARTICIPANTS} participants × ${STEPS} ballots (30 themes, 3 dots); vote → facilitator's tally p95 per run ${list(runs.map((r) => percentile(r.answerMs, 95)))} ms, median per run ${list(runs.map((r) => percentile(r.answerMs, 50)))} ms; ` +
			`CPU per run facilitator ${list(runs.map((r) => r.hostCpu))} ms, relay ${list(runs.map((r) => r.relayCpu))} ms, participants' process ${list(runs.map((r) => r.guestCpu))} ms; refusals ${refusals}; load average ${loadavg()[0].toFixed(1)}`
	);
	if (refusals > 0)
		throw new Error(`${refusals} votes refused: the room did not take every ballot`);
	return timedRow(
		"live room: vote → facilitator's tally, p95",
		runs,
		(r) => percentile(r.answerMs, 95),
		250
	);
}

/** Under attack: the relay process's peak resident memory over all runs. Budget 300 MB. */
export async function liveAttackRelayMemory(context) {
	const r = await attackResults(context);
	if (!r.relay) throw new Error('relay memory needs /proc (Linux)');
	return {
		name: 'live room under attack: relay peak memory',
		value: round(r.relay.peakMb),
		unit: 'MB',
		budget: 300
	};
}

if (process.argv[2] === '--guests') await guestsProcess(process.argv.slice(3));
if (process.argv[2] === '--flood') await floodProcess(process.argv.slice(3));
