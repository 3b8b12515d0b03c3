// The relay's document limits as a Hocuspocus extension: which names are Convene's, how many
// documents a room, a connection, an address and the relay hold, and how many bytes they hold.
//
// The relay is NOT trusted: participants' answers are sealed to the facilitator and signed by each
// participant, and the facilitator verifies everything it reads (docs/live-room.md). These limits
// only keep one hostile client from exhausting the relay, and one client address from taking more
// than its share of it; they are defence in depth, not the security design.

import * as Y from 'yjs';
import { LIVE_DOC_NAME } from '../src/lib/domain/live-names.js';
import { clientAddress } from './address.js';

/** @typedef {import('@hocuspocus/server').Extension} Extension */

/**
 * Documents of one room held at once: the room document and one mailbox per participant, as many
 * as the facilitator opens (`LIVE_LIMITS.mailboxes` in src/lib/domain/live-limits.ts, 300). A flood
 * of invented mailboxes in one room stops here.
 */
export const MAX_DOCUMENTS_PER_ROOM = 1 + 300;
/** Documents held in memory at once, all rooms together (about 50 rooms of 100 participants). */
export const MAX_DOCUMENTS = 5000;
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
/**
 * Bytes of every document the relay holds; an address's documents may hold a quarter of it. Well
 * under the relay process's heap (`RELAY_HEAP_MB` in supervise.js, 512 MB): a document in memory
 * takes a few times its encoded size.
 */
export const MAX_TOTAL_BYTES = 128 * 1024 * 1024;
/**
 * Bytes of pending state (Yjs' `pendingStructs` and `pendingDs`, encoded) a document may hold:
 * Convene's clients send updates in order, so an honest document holds none between two updates
 * (except a client's update sent just after a relay restart, before its resync: if that one is
 * bigger, its socket is closed and the client resyncs on reconnecting). Yjs retries all of it on
 * every later update: nine updates of 100,000 deleted ranges of items never seen (about 3.5 MB,
 * under the byte caps) made each later update cost 1–2 s of CPU.
 */
export const MAX_PENDING_BYTES = 16 * 1024;

/**
 * Sign-ups one client address may make: a sign-up is a participant's mailbox document brought into
 * the relay (a new participant entering a room). An address may make `SIGNUP_BURST` at once, then
 * `SIGNUPS_PER_MINUTE` more a minute (a token bucket). The burst fits a venue whose participants
 * share one address (a NAT in front of a relay elsewhere) joining when the facilitator says so; one
 * person making identities from one address gets that many in a burst, then one every 2 s.
 */
export const SIGNUP_BURST = 100;
export const SIGNUPS_PER_MINUTE = 30;
/**
 * For this long after a room's document is first brought into the relay (ms), its mailboxes are
 * not counted as sign-ups: a restarted relay is refilled by the facilitator's browser (every mailbox
 * at once) and by every participant, and must not be throttled. A crafted client that opens a room
 * itself gains this window too: see docs/live-room.md for what the rate does and does not stop.
 */
export const REFILL_MS = 60_000;

/** Token buckets per key: `burst` tokens, refilled at `perMinute`; buckets full again are forgotten. */
export class RateBuckets {
	/** @type {Map<string, { tokens: number, at: number }>} */
	#buckets = new Map();
	#burst;
	#perMs;
	/** @param {number} burst @param {number} perMinute */
	constructor(burst, perMinute) {
		this.#burst = burst;
		this.#perMs = perMinute / 60_000;
	}
	/**
	 * Takes one token for `key` at time `now` (ms); false when none is left.
	 * @param {string} key @param {number} now
	 */
	take(key, now) {
		const bucket = this.#buckets.get(key) ?? { tokens: this.#burst, at: now };
		// Rounded to a millionth: 6 a minute for a minute is 6 tokens, not 5.999….
		const refilled = Math.round((bucket.tokens + (now - bucket.at) * this.#perMs) * 1e6) / 1e6;
		const tokens = Math.min(this.#burst, refilled);
		if (this.#buckets.size > 10_000) this.#forgetFull(now);
		if (tokens < 1) {
			this.#buckets.set(key, { tokens, at: now });
			return false;
		}
		this.#buckets.set(key, { tokens: tokens - 1, at: now });
		return true;
	}
	/** @param {number} now */
	#forgetFull(now) {
		for (const [key, b] of this.#buckets)
			if (b.tokens + (now - b.at) * this.#perMs >= this.#burst) this.#buckets.delete(key);
	}
}

/**
 * Pending bytes of `document` (see MAX_PENDING_BYTES).
 * @param {Y.Doc} document
 */
export function pendingBytes(document) {
	const { pendingStructs, pendingDs } = document.store;
	return (pendingStructs?.update.byteLength ?? 0) + (pendingDs?.byteLength ?? 0);
}

/** Bytes received for a document before its size is measured again (one full encoding). */
const REMEASURE_BYTES = 64 * 1024;
/** How long an accepted document name counts as held before its document exists (ms). */
const RESERVATION_MS = 10_000;

/**
 * The room (its room document's name) a document name belongs to, or null for a name that is not
 * Convene's.
 * @param {string} name
 * @returns {string | null}
 */
export const roomOf = (name) => LIVE_DOC_NAME.exec(name)?.[1] ?? null;

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

/** A count per key that forgets a key at zero. */
export class Tally {
	/** @type {Map<string, number>} */
	#counts = new Map();
	/** @param {string} key */
	get(key) {
		return this.#counts.get(key) ?? 0;
	}
	/** @param {string} key @param {number} by */
	add(key, by) {
		const next = (this.#counts.get(key) ?? 0) + by;
		if (next > 0) this.#counts.set(key, next);
		else this.#counts.delete(key);
	}
}

/**
 * @typedef {object} LimitOptions
 * @property {boolean} [trustProxy] take the client's address from X-Forwarded-For (see clientAddress)
 * @property {number} [maxDocuments] default MAX_DOCUMENTS (an address may bring in a quarter)
 * @property {number} [maxBytes] default MAX_TOTAL_BYTES (an address's documents may hold a quarter)
 * @property {number} [maxRoomBytes] default MAX_ROOM_BYTES
 * @property {number} [maxDocumentBytes] default MAX_DOCUMENT_BYTES
 * @property {(reason: string, documentName: string) => void} [onRefusal] hears each refusal
 * @property {number} [maxPendingBytes] default MAX_PENDING_BYTES
 * @property {(origin: unknown, documentName: string) => void} [onPending] hears a document whose
 *   pending state passed its cap, with the origin of the transaction that took it there (the
 *   Hocuspocus connection that sent the update)
 * @property {number} [signupBurst] default SIGNUP_BURST
 * @property {number} [signupsPerMinute] default SIGNUPS_PER_MINUTE
 * @property {number} [refillMs] default REFILL_MS
 * @property {() => number} [now] the clock (ms), for tests
 */

/**
 * The limits on documents and their bytes, as a Hocuspocus extension (`extensions: [limits]`).
 * @implements {Extension}
 */
export class DocumentLimits {
	extensionName = 'convene-document-limits';
	/** @type {import('@hocuspocus/server').Hocuspocus | undefined} */
	#hocuspocus;
	#trustProxy;
	#maxDocuments;
	#addressDocuments;
	#maxBytes;
	#maxRoomBytes;
	#maxDocumentBytes;
	#addressBytes;
	#onRefusal;
	#maxPendingBytes;
	#onPending;
	/** Names accepted by onConnect whose documents are not loaded yet (see #heldNames). */
	#reserved = new Set();
	/** @type {Map<string, string>} Each held document's name → the address that brought it in. */
	#openers = new Map();
	#byAddress = new Tally();
	/** @type {Map<string, Set<string>>} Each connection's (socketId's) accepted document names. */
	#bySocket = new Map();
	/**
	 * Bytes each held document counts: its size when last measured (its Yjs state encoded) plus what
	 * has been received for it since (`#since`). The room, the address that brought the document
	 * in, and the relay keep the sums.
	 * @type {Map<string, number>}
	 */
	#sizes = new Map();
	/** @type {Map<string, number>} */
	#since = new Map();
	#bytesByRoom = new Tally();
	#bytesByAddress = new Tally();
	#totalBytes = 0;
	#signups;
	#refillMs;
	#now;
	/** @type {Map<string, number>} When each room's document was first accepted (room name → ms). */
	#roomSince = new Map();

	/** @param {LimitOptions} [options] */
	constructor(options = {}) {
		this.#trustProxy = options.trustProxy ?? false;
		this.#maxDocuments = options.maxDocuments ?? MAX_DOCUMENTS;
		this.#addressDocuments = Math.max(1, Math.floor(this.#maxDocuments / ADDRESS_SHARE));
		this.#maxBytes = options.maxBytes ?? MAX_TOTAL_BYTES;
		this.#maxRoomBytes = options.maxRoomBytes ?? MAX_ROOM_BYTES;
		this.#maxDocumentBytes = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
		this.#addressBytes = Math.max(1, Math.floor(this.#maxBytes / ADDRESS_SHARE));
		this.#onRefusal = options.onRefusal;
		this.#maxPendingBytes = options.maxPendingBytes ?? MAX_PENDING_BYTES;
		this.#onPending = options.onPending;
		this.#signups = new RateBuckets(
			options.signupBurst ?? SIGNUP_BURST,
			options.signupsPerMinute ?? SIGNUPS_PER_MINUTE
		);
		this.#refillMs = options.refillMs ?? REFILL_MS;
		this.#now = options.now ?? Date.now;
	}

	/**
	 * Whether bringing in mailbox `name` of `room` from `address` is a sign-up past the address's
	 * rate. Not counted while the room's document is fresh (a restarted relay being refilled).
	 * @param {string} name @param {string} room @param {string} address
	 */
	#signupRefused(name, room, address) {
		if (name === room) return false;
		const since = this.#roomSince.get(room);
		const now = this.#now();
		if (since !== undefined && now - since < this.#refillMs) return false;
		return !this.#signups.take(address, now);
	}

	/** What the documents held now count (bytes, estimated between measurements). */
	bytes() {
		return this.#totalBytes;
	}

	/**
	 * A refusal to throw from a hook: Hocuspocus answers the client with its `reason` and logs
	 * nothing (it logs an error's `message`; the relay's own log is rate-limited).
	 * @param {string} reason @param {string} name @param {any} [context]
	 */
	#refuse(reason, name, context) {
		this.#onRefusal?.(reason, name);
		/** @type {import('./gate.js').SocketGate | undefined} */ (context?.gate)?.closed(name, true);
		return { reason };
	}

	get #server() {
		if (!this.#hocuspocus) throw new Error('DocumentLimits used before onConfigure');
		return this.#hocuspocus;
	}

	/**
	 * Every document name Hocuspocus holds or is about to hold: loaded, loading, or accepted by
	 * `onConnect` and not yet loading (`#reserved`). Hocuspocus runs the `onConnect` of many documents
	 * at once and only then starts loading them, so a burst of names sent together would all pass a
	 * count of loaded and loading documents alone; the reservations close that gap.
	 */
	#heldNames() {
		return new Set([
			...this.#server.documents.keys(),
			...this.#server.loadingDocuments.keys(),
			...this.#reserved
		]);
	}

	/** Adds `delta` bytes to document `name` and to its sums. @param {string} name @param {number} delta */
	#count(name, delta) {
		this.#sizes.set(name, (this.#sizes.get(name) ?? 0) + delta);
		this.#bytesByRoom.add(roomOf(name) ?? name, delta);
		const address = this.#openers.get(name);
		if (address !== undefined) this.#bytesByAddress.add(address, delta);
		this.#totalBytes += delta;
	}

	/** @param {string} name @param {Y.Doc} document */
	#measure(name, document) {
		this.#count(name, Y.encodeStateAsUpdate(document).byteLength - (this.#sizes.get(name) ?? 0));
		this.#since.set(name, 0);
	}

	/**
	 * Which limit `incoming` more bytes for `name` would pass, or null.
	 * @param {string} name @param {number} incoming
	 */
	#overLimit(name, incoming) {
		const address = this.#openers.get(name);
		if ((this.#sizes.get(name) ?? 0) + incoming > this.#maxDocumentBytes) return 'document too big';
		if (this.#bytesByRoom.get(roomOf(name) ?? name) + incoming > this.#maxRoomBytes)
			return 'room too big';
		if (this.#totalBytes + incoming > this.#maxBytes) return 'relay full of bytes';
		if (address !== undefined && this.#bytesByAddress.get(address) + incoming > this.#addressBytes)
			return 'address full of bytes';
		return null;
	}

	/**
	 * Counts `incoming` bytes received for the held document `name`, or says which cap they would
	 * pass (and counts nothing). A message for a document already unloaded counts nothing.
	 * @param {string} name @param {number} incoming
	 * @returns {string | null}
	 */
	admitBytes(name, incoming) {
		const document = this.#server.documents.get(name);
		if (!document) return null;
		if (
			this.#overLimit(name, incoming) ||
			(this.#since.get(name) ?? 0) + incoming > REMEASURE_BYTES
		)
			this.#measure(name, document);
		const over = this.#overLimit(name, incoming);
		if (over) {
			this.#onRefusal?.(over, name);
			return over;
		}
		this.#count(name, incoming);
		this.#since.set(name, (this.#since.get(name) ?? 0) + incoming);
		return null;
	}

	/** Forgets who brought `name` in (its document is gone, or never came). @param {string} name */
	#release(name) {
		const address = this.#openers.get(name);
		if (address === undefined) return;
		this.#openers.delete(name);
		this.#byAddress.add(address, -1);
	}

	/** The connection `socketId` no longer holds `name`. @param {string} socketId @param {string} name */
	#leave(socketId, name) {
		const names = this.#bySocket.get(socketId);
		names?.delete(name);
		if (names?.size === 0) this.#bySocket.delete(socketId);
	}

	/**
	 * Whether the connection `socketId` holds `name` now (its handshake completed).
	 * @param {string} socketId @param {string} name
	 */
	#connected(socketId, name) {
		return [...(this.#server.documents.get(name)?.connections.values() ?? [])].some(
			({ connection }) => connection.socketId === socketId
		);
	}

	/** @param {import('@hocuspocus/server').onConfigurePayload} payload */
	async onConfigure({ instance }) {
		this.#hocuspocus = instance;
	}

	// No await before the checks and the reservation: each onConnect sees those before it.
	/** @param {import('@hocuspocus/server').onConnectPayload} payload */
	async onConnect({ documentName, request, socketId, context }) {
		const room = roomOf(documentName);
		if (!room) throw this.#refuse('not a Convene room', documentName, context);
		const mine = this.#bySocket.get(socketId) ?? new Set();
		if (!mine.has(documentName) && mine.size >= MAX_DOCUMENTS_PER_CONNECTION)
			throw this.#refuse('connection full', documentName, context);
		const held = this.#heldNames();
		if (!held.has(documentName)) {
			const address = clientAddress(request, this.#trustProxy);
			if (held.size >= this.#maxDocuments) throw this.#refuse('relay full', documentName, context);
			if (documentsOf(held, room) >= MAX_DOCUMENTS_PER_ROOM)
				throw this.#refuse('room full', documentName, context);
			if (this.#byAddress.get(address) >= this.#addressDocuments)
				throw this.#refuse('address full', documentName, context);
			if (this.#signupRefused(documentName, room, address))
				throw this.#refuse('sign-ups too fast', documentName, context);
			if (documentName === room) this.#roomSince.set(room, this.#now());
			this.#reserved.add(documentName);
			this.#openers.set(documentName, address);
			this.#byAddress.add(address, 1);
		}
		mine.add(documentName);
		this.#bySocket.set(socketId, mine);
		// Loading starts right after onConnect. If the client left first, the name is freed, and
		// no longer counts against its connection (or its address, when no document came of it).
		setTimeout(() => {
			this.#reserved.delete(documentName);
			if (
				!this.#server.documents.has(documentName) &&
				!this.#server.loadingDocuments.has(documentName)
			)
				this.#release(documentName);
			if (!this.#connected(socketId, documentName)) this.#leave(socketId, documentName);
		}, RESERVATION_MS).unref();
	}

	/** @param {import('@hocuspocus/server').connectedPayload} payload */
	async connected({ documentName, context }) {
		/** @type {import('./gate.js').SocketGate | undefined} */ (context?.gate)?.opened(documentName);
	}

	/** @param {import('@hocuspocus/server').afterLoadDocumentPayload} payload */
	async afterLoadDocument({ documentName, document }) {
		this.#reserved.delete(documentName);
		// What Yjs keeps pending (updates and deletions of items it has not seen) is retried on every
		// later update: a document holding more than a little of it is emptied of it, and the
		// connection that sent it closed.
		document.on('afterTransaction', (/** @type {Y.Transaction} */ transaction) => {
			if (pendingBytes(document) <= this.#maxPendingBytes) return;
			document.store.pendingStructs = null;
			document.store.pendingDs = null;
			this.#onPending?.(transaction.origin, documentName);
		});
	}

	/** @param {import('@hocuspocus/server').onDisconnectPayload} payload */
	async onDisconnect({ documentName, socketId, context }) {
		this.#leave(socketId, documentName);
		/** @type {import('./gate.js').SocketGate | undefined} */ (context?.gate)?.closed(
			documentName,
			false
		);
	}

	/** @param {import('@hocuspocus/server').afterUnloadDocumentPayload} payload */
	async afterUnloadDocument({ documentName }) {
		if (roomOf(documentName) === documentName) this.#roomSince.delete(documentName);
		this.#count(documentName, -(this.#sizes.get(documentName) ?? 0));
		this.#sizes.delete(documentName);
		this.#since.delete(documentName);
		this.#release(documentName);
	}
}
