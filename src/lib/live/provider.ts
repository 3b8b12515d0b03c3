/**
 * Convene's connection to a live-room relay: one Yjs document per room, synced through the
 * Hocuspocus provider (the relay in `scripts/relay.mjs` is a Hocuspocus server). Used alike by the
 * facilitator's and participants' pages and by Node clients (tests, bench), which pass `ws` as
 * `WebSocket` (Node 20 has no global WebSocket).
 *
 * Status: `connecting` until the first sync; `live` while synced; `reconnecting` after a drop
 * (answers keep saving locally and the provider resyncs on its own); `unreachable` when the
 * relay could not be reached for `unreachableAfterMs` since the start or the last drop.
 */

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { roomDocName } from '$lib/domain/live-code';

export type LinkStatus = 'connecting' | 'live' | 'reconnecting' | 'unreachable';

export interface RoomLink {
	doc: Y.Doc;
	/** The room's announcements: the facilitator's signed state (values are strings). */
	room: Y.Map<string>;
	/** Participants' sealed answers, one slot per response id (values are strings). */
	answers: Y.Map<string>;
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
	/** Longest wait between reconnection attempts. */
	maxDelayMs?: number;
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
		// Hocuspocus pings through awareness; a quiet room must not look dead.
		messageReconnectTimeout: 30_000
	});
	const provider = new HocuspocusProvider({ websocketProvider: socket, name: roomDocName(options.code), document: doc });
	let status: LinkStatus = 'connecting';
	const listeners = new Set<(s: LinkStatus) => void>();
	const set = (next: LinkStatus) => {
		if (next === status) return;
		status = next;
		for (const fn of listeners) fn(next);
	};
	const wait = options.unreachableAfterMs ?? 3000;
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
			set(status === 'live' ? 'reconnecting' : 'connecting');
			clearTimeout(timer);
			timer = setTimeout(() => set('unreachable'), wait);
		}
	});
	provider.attach();
	return {
		doc,
		room: doc.getMap<string>('room'),
		answers: doc.getMap<string>('answers'),
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
			provider.destroy();
			socket.destroy();
		}
	};
}
