// The live room's relay: a Hocuspocus server (Yjs over WebSocket) mounted on an existing
// http.Server, so `npm start` serves the app and the relay on one port.
//
// The relay is NOT trusted: participants' answers are sealed to the facilitator and signed by
// each participant, and the facilitator verifies everything it reads (docs/live-room.md). The
// limits below only keep one hostile client from exhausting this process (message size, documents
// in memory, connections); they are defence in depth, not the security design.
//
// Usage (from serve.mjs): `const relay = await attachRelay(server, { path: '/relay' })`.
// Standalone relay for an organisation: `node scripts/relay.mjs --port 4174 [--host]`.

import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';

/** Largest single WebSocket message accepted (a Yjs update); a room's answers are far smaller. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
/**
 * Documents of one room held at once: the room document and one mailbox per participant, as many
 * as the facilitator opens (`LIVE_LIMITS.mailboxes` in src/lib/domain/live-limits.ts, 300). A flood
 * of invented mailboxes in one room stops here.
 */
export const MAX_DOCUMENTS_PER_ROOM = 1 + 300;
/** Documents held in memory at once, all rooms together (about 50 rooms of 100 participants). */
export const MAX_DOCUMENTS = 5000;
/** Open connections at once (one per participant: a client's documents share its WebSocket). */
export const MAX_CONNECTIONS = 2000;
/**
 * The only document names a Convene room uses: `convene-room-` + its 6-character code, optionally
 * followed by `.` and a participant's 22-character mailbox id. Group 1 is the room's own name.
 */
const ROOM_NAME = /^(convene-room-[34679ACDEFGHJKMNPQRTWXY]{6})(?:\.[A-Za-z0-9_-]{22})?$/;

/** How long an accepted document name counts as held before its document exists (ms). */
const RESERVATION_MS = 10_000;

/**
 * Every document name `hocuspocus` holds or is about to hold: loaded, loading, or accepted by
 * `onConnect` and not yet loading (`reserved`). Hocuspocus runs the `onConnect` of many documents
 * at once and only then starts loading them, so a burst of names sent together would all pass a
 * count of loaded and loading documents alone; the reservations close that gap.
 * @param {Hocuspocus} hocuspocus
 * @param {Set<string>} reserved
 */
function heldNames(hocuspocus, reserved) {
	return new Set([
		...hocuspocus.documents.keys(),
		...hocuspocus.loadingDocuments.keys(),
		...reserved
	]);
}

/**
 * How many of `names` are documents of `room` (its own name).
 * @param {Set<string>} names
 * @param {string} room
 */
function documentsOf(names, room) {
	let count = 0;
	for (const name of names) if (name === room || name.startsWith(`${room}.`)) count++;
	return count;
}

/**
 * Accepts WebSocket upgrades on `path` (any query string) and hands them to Hocuspocus; other
 * upgrade requests are refused with 404. Plain HTTP requests are not touched.
 * @param {import('node:http').Server} server
 * `maxDocuments` (default MAX_DOCUMENTS) exists for tests that fill the relay quickly.
 * @param {{ path?: string, log?: (line: string) => void, maxDocuments?: number }} [options]
 * @returns {{ hocuspocus: Hocuspocus, close: () => void, path: string }}
 */
export function attachRelay(server, options = {}) {
	const path = options.path ?? '/relay';
	const maxDocuments = options.maxDocuments ?? MAX_DOCUMENTS;
	/** Names accepted by onConnect whose documents are not loaded yet (see heldNames). */
	const reserved = new Set();
	const hocuspocus = new Hocuspocus({
		quiet: true,
		// Nothing is persisted: the room lives in the facilitator's and participants' documents,
		// which re-fill a restarted relay when they reconnect.
		// No await before the checks and the reservation: each onConnect sees those before it.
		async onConnect({ documentName }) {
			const room = ROOM_NAME.exec(documentName)?.[1];
			if (!room) throw new Error('not a Convene room');
			const held = heldNames(hocuspocus, reserved);
			if (held.has(documentName)) return;
			if (held.size >= maxDocuments) throw new Error('relay full');
			if (documentsOf(held, room) >= MAX_DOCUMENTS_PER_ROOM) throw new Error('room full');
			reserved.add(documentName);
			// Loading starts right after onConnect; if the client left first, the name is freed.
			setTimeout(() => reserved.delete(documentName), RESERVATION_MS).unref();
		},
		async afterLoadDocument({ documentName }) {
			reserved.delete(documentName);
		}
	});
	const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
	sockets.on('connection', (ws, request) => {
		ws.on('error', () => ws.terminate());
		hocuspocus.handleConnection(ws, request);
	});
	server.on('upgrade', (request, socket, head) => {
		const target = request.url ?? '';
		const pathname = target.split('?')[0];
		if (pathname !== path || sockets.clients.size >= MAX_CONNECTIONS) {
			socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
			return;
		}
		sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
	});
	return {
		hocuspocus,
		path,
		close() {
			for (const ws of sockets.clients) ws.terminate();
			sockets.close();
		}
	};
}

// Standalone: `node scripts/relay.mjs --port 4174 [--host]` runs only the relay (for an
// organisation that hosts the app statically and the relay on one machine of its own).
if (import.meta.url === `file://${process.argv[1]}`) {
	const { createServer } = await import('node:http');
	const args = process.argv.slice(2);
	const portArg = args.indexOf('--port');
	const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 4174));
	const host = args.includes('--host') ? '0.0.0.0' : '127.0.0.1';
	const server = createServer((_req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
		res.end('Convene live-room relay\n');
	});
	const relay = attachRelay(server, { path: '/relay' });
	server.listen(port, host, () => {
		const address = server.address();
		const actual = typeof address === 'object' && address ? address.port : port;
		console.log(
			`Convene relay at ws://${host === '0.0.0.0' ? '<this machine>' : 'localhost'}:${actual}/relay`
		);
	});
	const stop = () => {
		relay.close();
		server.close(() => process.exit(0));
		setTimeout(() => process.exit(0), 1000).unref();
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}
