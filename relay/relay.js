// The live room's relay: a Hocuspocus server (Yjs over WebSocket) behind our own `upgrade` handler
// on an http.Server, with Convene's limits (`limits.js`) and its closed rooms (`closed-rooms.js`) as
// its extensions.
//
// Usage: `const relay = attachRelay(server, { path: '/relay' })`; `main.js` runs it as a process.

import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { clientAddress } from './address.js';
import { GATE_LIMITS, SocketGate } from './gate.js';
import { ClosedRooms } from './closed-rooms.js';
import { ADDRESS_SHARE, DocumentLimits, Tally } from './limits.js';
import { rateLimitedLog } from './log.js';

export { clientAddress } from './address.js';
export { GATE_LIMITS } from './gate.js';
export {
	ADDRESS_SHARE,
	MAX_DOCUMENT_BYTES,
	MAX_DOCUMENTS,
	MAX_DOCUMENTS_PER_CONNECTION,
	MAX_DOCUMENTS_PER_ROOM,
	MAX_PENDING_BYTES,
	MAX_ROOM_BYTES,
	MAX_TOTAL_BYTES,
	REFILL_MS,
	SIGNUP_BURST,
	SIGNUPS_PER_MINUTE
} from './limits.js';

/** Largest single WebSocket message accepted (a Yjs update); a room's answers are far smaller. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
/** Open connections at once (one per participant: a client's documents share its WebSocket). */
export const MAX_CONNECTIONS = 2000;

/**
 * @typedef {import('./limits.js').LimitOptions & {
 *   path?: string,
 *   maxConnections?: number,
 *   gate?: Partial<typeof GATE_LIMITS>,
 *   log?: (line: string) => void,
 * }} RelayOptions
 */

/**
 * Accepts WebSocket upgrades on `path` (any query string) and hands them to Hocuspocus; other
 * upgrade requests are refused with 404. Plain HTTP requests are not touched. The limits' options
 * (`maxDocuments`, `maxBytes`…) exist for tests that fill the relay quickly; `maxConnections`
 * (default MAX_CONNECTIONS, a quarter of it per address) and `gate` (GATE_LIMITS) likewise. Each
 * refusal is logged as one line through `log` (default: the console), a few a window at most.
 * `bytes()` is what the documents held now count.
 * @param {import('node:http').Server} server
 * @param {RelayOptions} [options]
 */
export function attachRelay(server, options = {}) {
	const path = options.path ?? '/relay';
	const trustProxy = options.trustProxy ?? false;
	const maxConnections = options.maxConnections ?? MAX_CONNECTIONS;
	const addressConnections = Math.max(1, Math.floor(maxConnections / ADDRESS_SHARE));
	const gateLimits = { ...GATE_LIMITS, ...options.gate };
	const log = rateLimitedLog(options.log);
	/** @type {WeakMap<object, SocketGate>} Each socket's gate. */
	const gates = new WeakMap();
	const limits = new DocumentLimits({
		...options,
		onPending(origin, name) {
			options.onRefusal?.('pending too big', name);
			const ws = /** @type {{ webSocket?: object } | null} */ (origin)?.webSocket;
			const gate = ws && gates.get(ws);
			if (gate) gate.refuse('pending too big', name);
			else log(`relay: refused pending too big (${name})`);
		}
	});
	const connectionsByAddress = new Tally();
	// Nothing is persisted: the room lives in the facilitator's and participants' documents, which
	// re-fill a restarted relay when they reconnect.
	// A closed room's closing announcement is kept and put back (`closed-rooms.js`).
	const closedRooms = new ClosedRooms();
	const hocuspocus = new Hocuspocus({ quiet: true, extensions: [limits, closedRooms] });
	/** @type {import('./gate.js').GateHost} */
	const host = {
		unsent: { bytes: 0 },
		admitBytes: (name, bytes) => limits.admitBytes(name, bytes),
		document: (name) => hocuspocus.documents.get(name),
		refused(reason, address, name) {
			if (reason !== 'pending too big') options.onRefusal?.(reason, name);
			log(`relay: refused ${reason} from ${address}${name ? ` (${name.slice(0, 60)})` : ''}`);
		}
	};
	const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
	sockets.on('connection', (ws, request) => {
		ws.on('error', () => ws.terminate());
		const gate = new SocketGate(ws, clientAddress(request, trustProxy), host, gateLimits);
		gates.set(ws, gate);
		hocuspocus.handleConnection(ws, request, { gate });
	});
	// Every second: sockets that do not read what they are sent; every `pingMs`, missed pongs.
	let ticks = 0;
	const tickMs = Math.min(1000, gateLimits.pingMs);
	const ticker = setInterval(() => {
		ticks++;
		const ping = ticks % Math.max(1, Math.round(gateLimits.pingMs / tickMs)) === 0;
		for (const ws of sockets.clients) gates.get(ws)?.check(ping);
	}, tickMs);
	ticker.unref();
	server.on('upgrade', (request, socket, head) => {
		const pathname = (request.url ?? '').split('?')[0];
		const address = clientAddress(request, trustProxy);
		if (
			pathname !== path ||
			sockets.clients.size >= maxConnections ||
			connectionsByAddress.get(address) >= addressConnections
		) {
			socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
			return;
		}
		// Counted from the upgrade (a burst of upgrades sees each other) until the socket closes.
		connectionsByAddress.add(address, 1);
		socket.once('close', () => connectionsByAddress.add(address, -1));
		sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
	});
	return {
		hocuspocus,
		path,
		bytes: () => limits.bytes(),
		close() {
			clearInterval(ticker);
			for (const ws of sockets.clients) ws.terminate();
			sockets.close();
		}
	};
}
