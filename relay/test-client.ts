/**
 * For relay tests in Node: one crafted client, one WebSocket (`ws` standing in for the browser's),
 * that opens documents by name on the relay at `url` (`ws://…/relay`) and says how each ended:
 * `synced`, or `refused` (the relay's authentication refused the name or a limit). `close` destroys
 * every document and the socket. `from` sets the address it connects from and its headers; `doc`
 * gives an opened document to write into. `rawClient` is a bare socket for messages no provider
 * sends.
 */

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';

export function relayClient(
	url: string,
	/** The client's own address (any 127.x.y.z on Linux), and extra request headers. */
	from: { localAddress?: string; headers?: Record<string, string> } = {}
) {
	class FromWebSocket extends WebSocket {
		constructor(address: string) {
			super(address, { localAddress: from.localAddress, headers: from.headers });
		}
	}
	const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: FromWebSocket });
	const providers: HocuspocusProvider[] = [];
	return {
		open: (name: string) =>
			new Promise<'synced' | 'refused'>((resolve) => {
				const provider = new HocuspocusProvider({
					websocketProvider: socket,
					name,
					document: new Y.Doc(),
					awareness: null,
					onSynced: () => resolve('synced'),
					onAuthenticationFailed: () => resolve('refused')
				});
				providers.push(provider);
				provider.attach();
			}),
		/** The client's own copy of an opened document (writes to it are sent to the relay). */
		doc: (name: string) => providers.find((p) => p.configuration.name === name)?.document,
		close() {
			for (const p of providers) p.destroy();
			socket.destroy();
		}
	};
}

/** Hocuspocus message kinds (its `MessageType`), as the relay reads them. */
export const KIND = {
	sync: 0,
	awareness: 1,
	auth: 2,
	queryAwareness: 3,
	stateless: 5,
	broadcastStateless: 6,
	close: 7
} as const;

/** One Hocuspocus message: the document's name, its kind, then `write` fills the rest. */
export function message(
	name: string,
	kind: number,
	write: (e: encoding.Encoder) => void = () => {}
) {
	const e = encoding.createEncoder();
	encoding.writeVarString(e, name);
	encoding.writeVarUint(e, kind);
	write(e);
	return encoding.toUint8Array(e);
}

/** The token message that asks the relay to open document `name`. */
export const authMessage = (name: string) =>
	message(name, KIND.auth, (e) => {
		encoding.writeVarUint(e, 0);
		encoding.writeVarString(e, '');
	});

/** A Yjs update for document `name`, as a provider sends one (sync, kind "update"). */
export const updateMessage = (name: string, update: Uint8Array) =>
	message(name, KIND.sync, (e) => {
		encoding.writeVarUint(e, 2);
		encoding.writeVarUint8Array(e, update);
	});

/** An awareness update for `name` setting `clients` (client id → JSON state, `null` to remove). */
export const awarenessMessage = (name: string, clients: [number, string][]) =>
	message(name, KIND.awareness, (e) => {
		const inner = encoding.createEncoder();
		encoding.writeVarUint(inner, clients.length);
		for (const [id, state] of clients) {
			encoding.writeVarUint(inner, id);
			encoding.writeVarUint(inner, 1);
			encoding.writeVarString(inner, state);
		}
		encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
	});

/**
 * A Yjs update that deletes `ranges` ranges of items the document never saw (from a client id of
 * its own): Yjs keeps it pending, and retries it on every later update.
 */
export function unseenDeletes(ranges: number, client = 424242) {
	const e = encoding.createEncoder();
	encoding.writeVarUint(e, 0); // no structs
	encoding.writeVarUint(e, 1); // one client in the delete set
	encoding.writeVarUint(e, client);
	encoding.writeVarUint(e, ranges);
	for (let i = 0; i < ranges; i++) {
		encoding.writeVarUint(e, 1_000_000 + i * 2);
		encoding.writeVarUint(e, 1);
	}
	return encoding.toUint8Array(e);
}

/**
 * A bare WebSocket speaking Hocuspocus' framing, for attacks no provider would send. `send`
 * resolves once the bytes are handed to the kernel (false if the socket is closed); `auth(name)`
 * says how the relay answered; `closed` resolves when the relay (or anyone) closed the socket.
 * `autoPong: false` makes a client that never answers pings.
 */
export function rawClient(
	url: string,
	options: { localAddress?: string; autoPong?: boolean } = {}
) {
	const ws = new WebSocket(url, {
		localAddress: options.localAddress,
		autoPong: options.autoPong ?? true
	});
	let isClosed = false;
	const closed = new Promise<void>((resolve) =>
		ws.once('close', () => {
			isClosed = true;
			resolve();
		})
	);
	ws.on('error', () => {});
	const opened = new Promise<boolean>((resolve) => {
		ws.once('open', () => resolve(true));
		ws.once('close', () => resolve(false));
	});
	/** Answers to auth messages, by document name. */
	const answers = new Map<string, (answer: 'synced' | 'refused') => void>();
	ws.on('message', (data: Buffer) => {
		const d = decoding.createDecoder(new Uint8Array(data));
		const name = decoding.readVarString(d);
		if (decoding.readVarUint(d) !== KIND.auth) return;
		const answer = decoding.readVarUint(d);
		answers.get(name)?.(answer === 2 ? 'synced' : 'refused');
	});
	const send = async (data: Uint8Array) => {
		if (!(await opened) || isClosed) return false;
		return new Promise<boolean>((resolve) => ws.send(data, (error) => resolve(!error)));
	};
	return {
		ws,
		send,
		closed,
		isClosed: () => isClosed,
		auth: (name: string) =>
			new Promise<'synced' | 'refused' | 'closed'>((resolve) => {
				answers.set(name, resolve);
				closed.then(() => resolve('closed'));
				void send(authMessage(name));
			}),
		close: () => ws.terminate()
	};
}
