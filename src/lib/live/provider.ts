/**
 * Convene's connection to a live-room relay, synced through the Hocuspocus provider (the relay in
 * `relay/` is a Hocuspocus server). A room is several Yjs documents over one WebSocket:
 * the room document (the facilitator's announcement and the roster of mailboxes) and one mailbox
 * document per participant (their sealed answers), which only that participant and the facilitator
 * open, so nobody receives the other participants' answers. Used alike by the facilitator's and
 * participants' pages and by Node clients (tests, bench), which pass `ws` as `WebSocket` (Node 20
 * has no global WebSocket).
 *
 * Status: `connecting` until the first sync; `live` while synced; `reconnecting` after a drop
 * (answers keep saving locally and the provider resyncs on its own); `unreachable` when the
 * relay could not be reached for `unreachableAfterMs` since the start, or stays away for
 * `lostAfterMs` after a drop (a relay restart takes seconds: that is "reconnecting", and nobody is
 * told to hand in a file for it).
 */

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { mailboxDocName, roomDocName } from '$lib/domain/live-code';

export type LinkStatus = 'connecting' | 'live' | 'reconnecting' | 'unreachable';

/** One participant's mailbox document, on the room's connection. */
export interface MailboxLink {
	id: string;
	doc: Y.Doc;
	/** The participant's sealed answers, one slot per response id (values are strings). */
	answers: Y.Map<string>;
	/** Whether the mailbox has synced with the relay since it was opened. */
	synced(): boolean;
	destroy(): void;
}

export interface RoomLink {
	doc: Y.Doc;
	/** The room's announcements: the facilitator's signed state (values are strings). */
	room: Y.Map<string>;
	/** The room's mailboxes: one key per participant's mailbox id (values are not read). */
	roster: Y.Map<string>;
	/** Opens (or returns the open) mailbox `id` of this room on the same WebSocket. */
	mailbox(id: string): MailboxLink;
	status(): LinkStatus;
	/** Calls `fn` now and on every status change; returns the unsubscribe function. */
	onStatus(fn: (status: LinkStatus) => void): () => void;
	/** Resolves when synced with the relay (true) or after `ms` (false). */
	whenSynced(ms: number): Promise<boolean>;
	destroy(): void;
}

interface LinkOptions {
	/** `ws(s)://host/relay`. */
	url: string;
	code: string;
	doc?: Y.Doc;
	/** A WebSocket class for Node (`ws`); browsers use their own. */
	WebSocket?: unknown;
	unreachableAfterMs?: number;
	/** How long a room that was live may stay away before it counts as unreachable (default 20 s). */
	lostAfterMs?: number;
	/** Longest wait between reconnection attempts. */
	maxDelayMs?: number;
	/**
	 * Which documents carry this client's awareness: 'room' (the facilitator) or 'mailboxes' (a
	 * participant). The relay echoes an awareness update to everyone in its document, the sender
	 * included, every 15 s: that echo keeps a quiet connection from looking dead, and on the
	 * participant's own mailbox it reaches two clients, not the whole room.
	 */
	awarenessOn?: 'room' | 'mailboxes';
}

/** Connects a document to a room on a relay. Never throws; a dead relay shows as a status. */
export function connectRoom(options: LinkOptions): RoomLink {
	const doc = options.doc ?? new Y.Doc();
	const socket = new HocuspocusProviderWebsocket({
		url: options.url,
		WebSocketPolyfill: options.WebSocket ?? globalThis.WebSocket,
		delay: 250,
		minDelay: 250,
		factor: 1.5,
		maxDelay: options.maxDelayMs ?? 2000,
		// Hocuspocus pings through awareness (see `awarenessOn`); a quiet room must not look dead.
		messageReconnectTimeout: 30_000
	});
	const onMailboxes = options.awarenessOn === 'mailboxes';
	const provider = new HocuspocusProvider({
		websocketProvider: socket,
		name: roomDocName(options.code),
		document: doc,
		...(onMailboxes ? { awareness: null } : {})
	});
	let status: LinkStatus = 'connecting';
	const listeners = new Set<(s: LinkStatus) => void>();
	const set = (next: LinkStatus) => {
		if (next === status) return;
		status = next;
		for (const fn of listeners) fn(next);
	};
	const wait = options.unreachableAfterMs ?? 3000;
	const lost = options.lostAfterMs ?? Math.max(wait, 20_000);
	let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(() => set('unreachable'), wait);
	let syncedOnce = false;
	const up = () => {
		clearTimeout(timer);
		timer = undefined;
		set('live');
	};
	provider.on('synced', () => {
		syncedOnce = true;
		up();
	});
	// After a drop, "synced" may never fire again (Hocuspocus counts updates made offline as unsynced
	// until acknowledged); the reconnected socket is what matters, Yjs' sync exchange does the rest.
	provider.on('status', ({ status: s }: { status: string }) => {
		if (s === 'connected' && syncedOnce) up();
	});
	provider.on('disconnect', () => {
		if (status === 'live' || status === 'connecting') {
			const wasLive = status === 'live';
			set(wasLive ? 'reconnecting' : 'connecting');
			clearTimeout(timer);
			timer = setTimeout(() => set('unreachable'), wasLive ? lost : wait);
		}
	});
	provider.attach();
	const mailboxes = new Map<string, MailboxLink>();
	const openMailbox = (id: string): MailboxLink => {
		const mailboxDoc = new Y.Doc();
		const mailboxProvider = new HocuspocusProvider({
			websocketProvider: socket,
			name: mailboxDocName(options.code, id),
			document: mailboxDoc,
			...(onMailboxes ? {} : { awareness: null })
		});
		mailboxProvider.attach();
		return {
			id,
			doc: mailboxDoc,
			answers: mailboxDoc.getMap<string>('answers'),
			synced: () => mailboxProvider.isSynced,
			destroy() {
				mailboxes.delete(id);
				mailboxProvider.destroy();
				mailboxDoc.destroy();
			}
		};
	};
	return {
		doc,
		room: doc.getMap<string>('room'),
		roster: doc.getMap<string>('roster'),
		mailbox(id) {
			let open = mailboxes.get(id);
			if (!open) mailboxes.set(id, (open = openMailbox(id)));
			return open;
		},
		status: () => status,
		onStatus(fn) {
			listeners.add(fn);
			fn(status);
			return () => listeners.delete(fn);
		},
		whenSynced(ms) {
			if (status === 'live') return Promise.resolve(true);
			return new Promise((resolve) => {
				const t = setTimeout(() => {
					off();
					resolve(false);
				}, ms);
				const off = this.onStatus((s) => {
					if (s !== 'live') return;
					clearTimeout(t);
					queueMicrotask(() => off());
					resolve(true);
				});
			});
		},
		destroy() {
			clearTimeout(timer);
			listeners.clear();
			for (const mailbox of [...mailboxes.values()]) mailbox.destroy();
			provider.destroy();
			socket.destroy();
		}
	};
}
