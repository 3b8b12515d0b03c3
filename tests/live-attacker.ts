/**
 * A crafted live-room client for the attack tests: it knows the room code and speaks the relay's
 * protocol (Hocuspocus over WebSocket, Node's `ws`), but holds none of the facilitator's or the
 * participants' private keys. It reads and writes the shared Yjs document directly.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

interface Attacker {
	doc: Y.Doc;
	room: Y.Map<string>;
	answers: Y.Map<string>;
	/** Resolves once the attacker's copy holds what the relay has. */
	synced: Promise<void>;
	close(): void;
}

export function attacker(origin: string, code: string): Attacker {
	const doc = new Y.Doc();
	const socket = new HocuspocusProviderWebsocket({ url: `${origin.replace(/^http/, 'ws')}/relay`, WebSocketPolyfill: WebSocket });
	const provider = new HocuspocusProvider({ websocketProvider: socket, name: `convene-room-${code.replace(/\s/g, '')}`, document: doc });
	const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
	provider.attach();
	return {
		doc,
		room: doc.getMap<string>('room'),
		answers: doc.getMap<string>('answers'),
		synced,
		close() {
			provider.destroy();
			socket.destroy();
		}
	};
}
