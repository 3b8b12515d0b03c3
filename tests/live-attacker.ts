/**
 * A crafted live-room client for the attack tests: it knows the room code and speaks the relay's
 * protocol (Hocuspocus over WebSocket, Node's `ws`), but holds none of the facilitator's or the
 * participants' private keys. It reads and writes the room's Yjs documents directly: the room
 * document (announcement, roster) and any mailbox whose id it reads in the roster or makes up.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface AttackerMailbox {
	doc: Y.Doc;
	answers: Y.Map<string>;
	/** Resolves once the attacker's copy of the mailbox holds what the relay has. */
	synced: Promise<void>;
}

export interface Attacker {
	doc: Y.Doc;
	room: Y.Map<string>;
	roster: Y.Map<string>;
	/** Resolves once the attacker's copy holds what the relay has. */
	synced: Promise<void>;
	/** Opens the mailbox document `id` of the room (on the same WebSocket). */
	mailbox(id: string): AttackerMailbox;
	close(): void;
}

export function attacker(origin: string, code: string): Attacker {
	const name = `convene-room-${code.replace(/\s/g, '')}`;
	const socket = new HocuspocusProviderWebsocket({
		url: `${origin.replace(/^http/, 'ws')}/relay`,
		WebSocketPolyfill: WebSocket
	});
	const providers: HocuspocusProvider[] = [];
	const open = (documentName: string) => {
		const doc = new Y.Doc();
		const provider = new HocuspocusProvider({
			websocketProvider: socket,
			name: documentName,
			document: doc
		});
		const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
		providers.push(provider);
		provider.attach();
		return { doc, synced };
	};
	const room = open(name);
	return {
		doc: room.doc,
		room: room.doc.getMap<string>('room'),
		roster: room.doc.getMap<string>('roster'),
		synced: room.synced,
		mailbox(id) {
			const box = open(`${name}.${id}`);
			return { ...box, answers: box.doc.getMap<string>('answers') };
		},
		close() {
			for (const p of providers) p.destroy();
			socket.destroy();
		}
	};
}
