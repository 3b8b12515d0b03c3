// The live room's relay: a Hocuspocus server (Yjs over WebSocket) mounted on an existing
// http.Server, so `npm start` serves the app and the relay on one port.
//
// The relay is NOT trusted: participants' answers are sealed to the facilitator and signed by
// each participant, and the facilitator verifies everything it reads (docs/live-room.md). The
// limits below only keep one hostile client from exhausting this process (message size, documents
// in memory, connections), and one client address from taking more than its share of them; they
// are defence in depth, not the security design.
//
// Usage (from serve.mjs): `const relay = await attachRelay(server, { path: '/relay' })`.
// Standalone relay for an organisation: `node scripts/relay.mjs --port 4174 [--host] [--trust-proxy]`.

import { Hocuspocus } from '@hocuspocus/server';
import { isIPv4, isIPv6 } from 'node:net';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';

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
 * Documents one connection (one browser tab) may hold at once: a facilitator's tab holds its room's
 * document and its mailboxes, a participant's two. A client opening documents past this is refused.
 */
export const MAX_DOCUMENTS_PER_CONNECTION = MAX_DOCUMENTS_PER_ROOM;
/**
 * The share of the relay one client address may take: at most 1/4 of its documents (counting those
 * the address brought in: the first to open them) and 1/4 of its connections. A venue behind one
 * address (a NAT) still holds four rooms' documents but 500 connections, one per participant (two
 * rooms of 250 participants, LIVE_LIMITS' most); a client that knows no code cannot fill the
 * relay alone, it needs four addresses. Behind a reverse proxy every client has the proxy's address:
 * pass `trustProxy` (the proxy must set X-Forwarded-For), or the whole relay is one address's share.
 */
export const ADDRESS_SHARE = 4;
/**
 * Bytes one document may hold (its Yjs state): a mailbox holds a participant's sealed answer (at
 * most 200,000 characters, `LIVE_LIMITS.entryChars`), the room document the announcement (at most
 * 200,000) and the roster. A message that would take a document past this is refused, and the
 * connection that sent it closed.
 */
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
/** Bytes of one room's documents together (the facilitator reads at most 10,000,000 characters). */
export const MAX_ROOM_BYTES = 16 * 1024 * 1024;
/** Bytes of every document the relay holds; an address's documents may hold a quarter of it. */
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;
/** Bytes received for a document before its size is measured again (one full encoding). */
const REMEASURE_BYTES = 64 * 1024;
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
 * The client's address, as the relay tells clients apart: the socket's peer, or with `trustProxy`
 * the address the proxy in front appended to X-Forwarded-For (its last entry; earlier entries are the
 * client's own claims; a port the proxy wrote after it is dropped). An IPv4 address seen through
 * IPv6 (`::ffff:192.0.2.1`) is the IPv4 address. An IPv6 address counts by its /64 network
 * (`2001:db8:1:2::/64`): one host may use any address of its /64, so one address alone would not
 * tell one client from many; a venue's IPv6 network is then one client, as a NAT's address is.
 * @param {import('node:http').IncomingMessage} request
 * @param {boolean} trustProxy
 */
export function clientAddress(request, trustProxy) {
	const forwarded = trustProxy ? request.headers['x-forwarded-for'] : undefined;
	const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean)
		.at(-1);
	return addressKey(last ?? request.socket.remoteAddress ?? 'unknown');
}

/**
 * `address` without a port or zone, IPv4 as is, IPv6 as its /64 network (see clientAddress).
 * @param {string} address
 */
function addressKey(address) {
	const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(address);
	let host = bracketed ? bracketed[1] : address;
	if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(host)) host = host.slice(0, host.lastIndexOf(':'));
	host = host.split('%')[0].toLowerCase();
	if (isIPv4(host) || !isIPv6(host)) return host;
	const hextets = expandIPv6(host);
	if (hextets.slice(0, 5).every((h) => h === 0) && hextets[5] === 0xffff)
		return [hextets[6] >> 8, hextets[6] & 255, hextets[7] >> 8, hextets[7] & 255].join('.');
	return `${hextets
		.slice(0, 4)
		.map((h) => h.toString(16))
		.join(':')}::/64`;
}

/**
 * The eight 16-bit groups of a valid IPv6 address (`::` expanded, a trailing IPv4 part as two).
 * @param {string} address
 * @returns {number[]}
 */
function expandIPv6(address) {
	/** @param {string} part */
	const groups = (part) =>
		part === ''
			? []
			: part.split(':').flatMap((g) => {
					if (!g.includes('.')) return [parseInt(g, 16)];
					const [a, b, c, d] = g.split('.').map(Number);
					return [(a << 8) | b, (c << 8) | d];
				});
	const [head, tail] = address.split('::');
	const before = groups(head);
	const after = tail === undefined ? [] : groups(tail);
	return [...before, ...Array(8 - before.length - after.length).fill(0), ...after];
}

/**
 * A count per key that forgets a key at zero.
 * @returns {{ get: (key: string) => number, add: (key: string, by: number) => void }}
 */
function tally() {
	/** @type {Map<string, number>} */
	const counts = new Map();
	return {
		get: (key) => counts.get(key) ?? 0,
		add(key, by) {
			const next = (counts.get(key) ?? 0) + by;
			if (next > 0) counts.set(key, next);
			else counts.delete(key);
		}
	};
}

/**
 * Accepts WebSocket upgrades on `path` (any query string) and hands them to Hocuspocus; other
 * upgrade requests are refused with 404. Plain HTTP requests are not touched.
 * @param {import('node:http').Server} server
 * `trustProxy`: take the client's address from X-Forwarded-For (only behind a proxy that sets it;
 * otherwise a client could claim any address). `maxDocuments`, `maxConnections`, `maxBytes`,
 * `maxRoomBytes` and `maxDocumentBytes` (defaults MAX_DOCUMENTS, MAX_CONNECTIONS, MAX_TOTAL_BYTES,
 * MAX_ROOM_BYTES, MAX_DOCUMENT_BYTES; an address's share is a quarter of documents, connections and
 * bytes) exist for tests that fill the relay quickly. `onRefusal(reason, documentName)` hears each
 * refused document or message. `bytes()` is what the documents held now count (bytes, estimated
 * between measurements).
 * @param {{ path?: string, trustProxy?: boolean, maxDocuments?: number, maxConnections?: number,
 *   maxBytes?: number, maxRoomBytes?: number, maxDocumentBytes?: number,
 *   onRefusal?: (reason: string, documentName: string) => void }} [options]
 * @returns {{ hocuspocus: Hocuspocus, close: () => void, path: string, bytes: () => number }}
 */
export function attachRelay(server, options = {}) {
	const path = options.path ?? '/relay';
	const trustProxy = options.trustProxy ?? false;
	const maxDocuments = options.maxDocuments ?? MAX_DOCUMENTS;
	const maxConnections = options.maxConnections ?? MAX_CONNECTIONS;
	const addressDocuments = Math.max(1, Math.floor(maxDocuments / ADDRESS_SHARE));
	const addressConnections = Math.max(1, Math.floor(maxConnections / ADDRESS_SHARE));
	const maxBytes = options.maxBytes ?? MAX_TOTAL_BYTES;
	const maxRoomBytes = options.maxRoomBytes ?? MAX_ROOM_BYTES;
	const maxDocumentBytes = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
	const addressBytes = Math.max(1, Math.floor(maxBytes / ADDRESS_SHARE));
	/** @param {string} reason @param {string} name */
	const refuse = (reason, name) => {
		options.onRefusal?.(reason, name);
		return new Error(reason);
	};
	/** Names accepted by onConnect whose documents are not loaded yet (see heldNames). */
	const reserved = new Set();
	/** @type {Map<string, string>} Each held document's name → the address that brought it in. */
	const openers = new Map();
	const byAddress = tally();
	/** @type {Map<string, Set<string>>} Each connection's (socketId's) accepted document names. */
	const bySocket = new Map();
	const connectionsByAddress = tally();
	/**
	 * Bytes each held document counts: its size when last measured (its Yjs state encoded) plus what
	 * has been received for it since; `since` is that second part. The room, the address that brought
	 * the document in, and the relay keep the sums.
	 * @type {Map<string, number>}
	 */
	const sizes = new Map();
	/** @type {Map<string, number>} */
	const since = new Map();
	const bytesByRoom = tally();
	const bytesByAddress = tally();
	let totalBytes = 0;
	/** Adds `delta` bytes to document `name` and to its sums. @param {string} name @param {number} delta */
	const count = (name, delta) => {
		sizes.set(name, (sizes.get(name) ?? 0) + delta);
		bytesByRoom.add(ROOM_NAME.exec(name)?.[1] ?? name, delta);
		const address = openers.get(name);
		if (address !== undefined) bytesByAddress.add(address, delta);
		totalBytes += delta;
	};
	/** @param {string} name @param {Y.Doc} document */
	const measure = (name, document) => {
		count(name, Y.encodeStateAsUpdate(document).byteLength - (sizes.get(name) ?? 0));
		since.set(name, 0);
	};
	/**
	 * Which limit `incoming` more bytes for `name` would pass, or null.
	 * @param {string} name @param {number} incoming
	 */
	const overLimit = (name, incoming) => {
		const address = openers.get(name);
		if ((sizes.get(name) ?? 0) + incoming > maxDocumentBytes) return 'document too big';
		if (bytesByRoom.get(ROOM_NAME.exec(name)?.[1] ?? name) + incoming > maxRoomBytes)
			return 'room too big';
		if (totalBytes + incoming > maxBytes) return 'relay full of bytes';
		if (address !== undefined && bytesByAddress.get(address) + incoming > addressBytes)
			return 'address full of bytes';
		return null;
	};

	/** Forgets who brought `name` in (its document is gone, or never came). @param {string} name */
	const release = (name) => {
		const address = openers.get(name);
		if (address === undefined) return;
		openers.delete(name);
		byAddress.add(address, -1);
	};
	/** The connection `socketId` no longer holds `name`. @param {string} socketId @param {string} name */
	const leave = (socketId, name) => {
		const names = bySocket.get(socketId);
		names?.delete(name);
		if (names?.size === 0) bySocket.delete(socketId);
	};
	/**
	 * Whether the connection `socketId` holds `name` now (its handshake completed).
	 * @param {string} socketId @param {string} name
	 */
	const connected = (socketId, name) =>
		[...(hocuspocus.documents.get(name)?.connections.values() ?? [])].some(
			({ connection }) => connection.socketId === socketId
		);
	const hocuspocus = new Hocuspocus({
		quiet: true,
		// Nothing is persisted: the room lives in the facilitator's and participants' documents,
		// which re-fill a restarted relay when they reconnect.
		// No await before the checks and the reservation: each onConnect sees those before it.
		async onConnect({ documentName, request, socketId }) {
			const room = ROOM_NAME.exec(documentName)?.[1];
			if (!room) throw refuse('not a Convene room', documentName);
			const mine = bySocket.get(socketId) ?? new Set();
			if (!mine.has(documentName) && mine.size >= MAX_DOCUMENTS_PER_CONNECTION)
				throw refuse('connection full', documentName);
			const held = heldNames(hocuspocus, reserved);
			if (!held.has(documentName)) {
				const address = clientAddress(request, trustProxy);
				if (held.size >= maxDocuments) throw refuse('relay full', documentName);
				if (documentsOf(held, room) >= MAX_DOCUMENTS_PER_ROOM)
					throw refuse('room full', documentName);
				if (byAddress.get(address) >= addressDocuments) throw refuse('address full', documentName);
				reserved.add(documentName);
				openers.set(documentName, address);
				byAddress.add(address, 1);
			}
			mine.add(documentName);
			bySocket.set(socketId, mine);
			// Loading starts right after onConnect. If the client left first, the name is freed, and
			// no longer counts against its connection (or its address, when no document came of it).
			setTimeout(() => {
				reserved.delete(documentName);
				if (
					!hocuspocus.documents.has(documentName) &&
					!hocuspocus.loadingDocuments.has(documentName)
				)
					release(documentName);
				if (!connected(socketId, documentName)) leave(socketId, documentName);
			}, RESERVATION_MS).unref();
		},
		async afterLoadDocument({ documentName }) {
			reserved.delete(documentName);
		},
		async onDisconnect({ documentName, socketId }) {
			leave(socketId, documentName);
		},
		// No await before the count: messages are counted in the order they arrive, before any applies.
		async beforeHandleMessage({ documentName, document, update }) {
			// A message for a document already unloaded changes nothing held: count nothing for it.
			if (hocuspocus.documents.get(documentName) !== document) return;
			const incoming = update.byteLength;
			if (
				overLimit(documentName, incoming) ||
				(since.get(documentName) ?? 0) + incoming > REMEASURE_BYTES
			)
				measure(documentName, document);
			const over = overLimit(documentName, incoming);
			if (over) throw refuse(over, documentName);
			count(documentName, incoming);
			since.set(documentName, (since.get(documentName) ?? 0) + incoming);
		},
		async afterUnloadDocument({ documentName }) {
			count(documentName, -(sizes.get(documentName) ?? 0));
			sizes.delete(documentName);
			since.delete(documentName);
			release(documentName);
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
		bytes: () => totalBytes,
		close() {
			for (const ws of sockets.clients) ws.terminate();
			sockets.close();
		}
	};
}

// Standalone: `node scripts/relay.mjs --port 4174 [--host] [--trust-proxy]` runs only the relay
// (for an organisation that hosts the app statically and the relay on one machine of its own;
// `--trust-proxy` when it sits behind a TLS proxy that sets X-Forwarded-For).
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
	const relay = attachRelay(server, { path: '/relay', trustProxy: args.includes('--trust-proxy') });
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
