// The live room's relay: a Hocuspocus server (Yjs over WebSocket) behind our own `upgrade` handler
// on an http.Server, with Convene's limits (`limits.js`) as its extension.
//
// Usage: `const relay = attachRelay(server, { path: '/relay' })`; `main.js` runs it as a process.

import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { clientAddress } from './address.js';
import { ADDRESS_SHARE, DocumentLimits, Tally } from './limits.js';

export { clientAddress } from './address.js';
export {
	ADDRESS_SHARE,
	MAX_DOCUMENT_BYTES,
	MAX_DOCUMENTS,
	MAX_DOCUMENTS_PER_CONNECTION,
	MAX_DOCUMENTS_PER_ROOM,
	MAX_ROOM_BYTES,
	MAX_TOTAL_BYTES
} from './limits.js';

/** Largest single WebSocket message accepted (a Yjs update); a room's answers are far smaller. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
/** Open connections at once (one per participant: a client's documents share its WebSocket). */
export const MAX_CONNECTIONS = 2000;

/**
 * @typedef {import('./limits.js').LimitOptions & {
 *   path?: string,
 *   maxConnections?: number,
 * }} RelayOptions
 */

/**
 * Accepts WebSocket upgrades on `path` (any query string) and hands them to Hocuspocus; other
 * upgrade requests are refused with 404. Plain HTTP requests are not touched. The limits' options
 * (`maxDocuments`, `maxBytes`…) exist for tests that fill the relay quickly; `maxConnections`
 * (default MAX_CONNECTIONS, a quarter of it per address) likewise. `bytes()` is what the documents
 * held now count.
 * @param {import('node:http').Server} server
 * @param {RelayOptions} [options]
 */
export function attachRelay(server, options = {}) {
	const path = options.path ?? '/relay';
	const trustProxy = options.trustProxy ?? false;
	const maxConnections = options.maxConnections ?? MAX_CONNECTIONS;
	const addressConnections = Math.max(1, Math.floor(maxConnections / ADDRESS_SHARE));
	const limits = new DocumentLimits(options);
	const connectionsByAddress = new Tally();
	// Nothing is persisted: the room lives in the facilitator's and participants' documents, which
	// re-fill a restarted relay when they reconnect.
	const hocuspocus = new Hocuspocus({ quiet: true, extensions: [limits] });
	const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
	sockets.on('connection', (ws, request) => {
		ws.on('error', () => ws.terminate());
		hocuspocus.handleConnection(ws, request);
	});
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
			for (const ws of sockets.clients) ws.terminate();
			sockets.close();
		}
	};
}
