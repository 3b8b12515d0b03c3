// The relay in a process of its own, for the server that serves the app (scripts/serve.mjs): the
// relay runs as a child process with a heap limit on a loopback port, and WebSocket upgrades on the
// app's port are passed through to it. If the relay dies (out of memory, a bug), it is started again
// within a second or two while the app keeps serving pages; participants' pages reconnect as after
// any relay restart.

import { fork } from 'node:child_process';
import { connect } from 'node:net';
import { clientAddress } from './address.js';

/** The relay process's heap limit (MB): past it, it dies and is restarted, the app serves on. */
export const RELAY_HEAP_MB = 512;
/** Wait before starting a relay that died; doubled while it keeps dying soon after start. */
const RESTART_MS = 100;
const MOST_RESTART_MS = 2000;
/** A relay that ran this long before dying is started again after RESTART_MS. */
const STEADY_MS = 10_000;

/**
 * Starts the relay process and keeps it running. `handleUpgrade` passes an upgrade request to
 * it (refused with 503 while it starts), telling it the client's address (the request's peer, or
 * with `trustProxy` the proxy's last X-Forwarded-For entry) in X-Forwarded-For, which the relay
 * process trusts: it listens on loopback only. `ready` resolves when it first listens.
 * @param {{ trustProxy?: boolean, heapMB?: number, log?: (line: string) => void }} [options]
 */
export function superviseRelay(options = {}) {
	const log = options.log ?? ((line) => console.log(line));
	const heapMB = options.heapMB ?? RELAY_HEAP_MB;
	/** @type {import('node:child_process').ChildProcess | null} */
	let child = null;
	/** @type {number | null} */
	let port = null;
	let stopped = false;
	/** The wait before the next start: RESTART_MS first, more while the relay dies soon after start. */
	let delay = RESTART_MS / 2;
	/** @type {(value?: unknown) => void} */
	let markReady = () => {};
	const ready = new Promise((resolve) => (markReady = resolve));

	const start = () => {
		const startedAt = performance.now();
		const relayProcess = fork(new URL('./main.js', import.meta.url).pathname, ['--child'], {
			execArgv: [`--max-old-space-size=${heapMB}`],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc']
		});
		child = relayProcess;
		relayProcess.on('message', (message) => {
			const listening = /** @type {{ port?: unknown }} */ (message);
			if (typeof listening?.port !== 'number') return;
			port = listening.port;
			markReady();
		});
		relayProcess.on('exit', (code, signal) => {
			if (child === relayProcess) {
				child = null;
				port = null;
			}
			if (stopped) return;
			delay =
				performance.now() - startedAt > STEADY_MS
					? RESTART_MS
					: Math.min(delay * 2, MOST_RESTART_MS);
			log(`relay: the relay process ended (${signal ?? `exit code ${code}`}); starting it again`);
			setTimeout(() => !stopped && start(), delay).unref();
		});
	};
	start();

	return {
		ready,
		/** The relay process's id (tests), or null while it starts again. */
		pid: () => (port === null ? null : (child?.pid ?? null)),
		/**
		 * @param {import('node:http').IncomingMessage} request
		 * @param {import('node:stream').Duplex} socket
		 * @param {Buffer} head
		 * @param {string} target the path and query to ask the relay for (`/relay?…`)
		 */
		handleUpgrade(request, socket, head, target) {
			if (port === null) {
				socket.end('HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n');
				return;
			}
			const address = clientAddress(request, options.trustProxy ?? false);
			const lines = [`${request.method} ${target} HTTP/1.1`];
			for (let i = 0; i < request.rawHeaders.length; i += 2) {
				if (request.rawHeaders[i].toLowerCase() === 'x-forwarded-for') continue;
				lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
			}
			lines.push(`X-Forwarded-For: ${address}`);
			const upstream = connect(port, '127.0.0.1');
			upstream.setNoDelay(true);
			const drop = () => {
				upstream.destroy();
				socket.destroy();
			};
			upstream.on('error', drop);
			socket.on('error', drop);
			upstream.on('close', drop);
			socket.on('close', drop);
			upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
			if (head.length > 0) upstream.write(head);
			// Both ways with backpressure: a relay that stops reading a socket stops the client's sending.
			socket.pipe(upstream).pipe(socket);
		},
		close() {
			stopped = true;
			child?.kill('SIGTERM');
		}
	};
}
