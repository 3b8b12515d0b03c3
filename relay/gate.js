// The relay's gate: every WebSocket message is judged here, before Hocuspocus queues or applies
// it. Hocuspocus keeps whatever arrives for a document it has not accepted yet, and closing a
// document does not close its socket (STACK.md), so the caps act on the socket itself:
//
// - only the message kinds Convene's provider sends (sync, awareness, its token, close);
// - messages for a document this socket has not asked for, or was refused, are dropped, and a
//   socket that keeps sending them is closed; what waits for a document being accepted is bounded;
// - a document's bytes (limits.js) are counted as they arrive: past a cap, the socket is closed;
// - bytes and messages per socket per second: past them, the socket is not read for a while;
// - awareness: a few entries per connection and document, small, at a bounded rate;
// - a socket that misses a pong, or does not read what it is sent, is closed.

import * as decoding from 'lib0/decoding';

/** Hocuspocus' message kinds (`MessageType` in @hocuspocus/server) that Convene's provider sends. */
const KIND = { sync: 0, awareness: 1, auth: 2, close: 7 };
/** Sync message steps: step 1 (a state vector), step 2 and update (Yjs updates). */
const SYNC_STEPS = new Set([0, 1, 2]);

export const GATE_LIMITS = {
	/** Bytes one socket may send per second, and at once (a bucket of this size). */
	bytesPerSecond: 1024 * 1024,
	burstBytes: 4 * 1024 * 1024,
	/** Messages one socket may send per second, and at once (a facilitator opens 301 documents). */
	messagesPerSecond: 500,
	burstMessages: 2000,
	/**
	 * What may wait in Hocuspocus' queue while documents this socket asked for are being accepted
	 * (a provider sends its first sync message and awareness right after its token; a facilitator
	 * opens up to 301 documents at once on one socket).
	 */
	waitingBytes: 256 * 1024,
	waitingMessages: 1024,
	/** Bytes sent for documents this socket does not hold (dropped) before it is closed. */
	strayBytes: 256 * 1024,
	/**
	 * Awareness: client ids one connection may bring into a document (its own, and one it echoes),
	 * entries a document holds, bytes of one entry's state, messages per socket at once and per second.
	 */
	awarenessIdsPerConnection: 2,
	awarenessEntriesPerDocument: 64,
	awarenessStateBytes: 1024,
	awarenessBurst: 30,
	awarenessPerSecond: 1,
	/**
	 * Bytes waiting to be sent to one socket (one that does not read) before it is closed, and to
	 * all sockets together: past that, a socket with more than `slowBytes` unsent is closed.
	 */
	unsentBytes: 4 * 1024 * 1024,
	totalUnsentBytes: 128 * 1024 * 1024,
	slowBytes: 64 * 1024,
	/**
	 * Bytes kept in Hocuspocus' queue for one document refused on a socket (a provider's first sync
	 * message and awareness: about a hundred), and for all of them, before the socket is closed.
	 */
	stuckBytesPerDocument: 4 * 1024,
	stuckBytes: 64 * 1024,
	/** A ping every this many ms; a socket that has not answered the previous one is closed. */
	pingMs: 15_000
};

/** A bucket of `size` tokens refilled at `rate` a second. */
class Bucket {
	#size;
	#rate;
	#tokens;
	#at = performance.now();
	/** @param {number} size @param {number} rate */
	constructor(size, rate) {
		this.#size = size;
		this.#rate = rate;
		this.#tokens = size;
	}
	/** Takes `n` tokens (the bucket may go below zero); returns ms until it is positive again. */
	take(/** @type {number} */ n) {
		const now = performance.now();
		this.#tokens = Math.min(this.#size, this.#tokens + ((now - this.#at) / 1000) * this.#rate);
		this.#at = now;
		this.#tokens -= n;
		return this.#tokens >= 0 ? 0 : (-this.#tokens / this.#rate) * 1000;
	}
}

/**
 * @typedef {object} GateHost what the gate needs from the relay
 * @property {(name: string, bytes: number) => string | null} admitBytes counts bytes received
 *   for a held document, or names the cap they would pass
 * @property {(name: string) => import('@hocuspocus/server').Document | undefined} document
 * @property {(reason: string, address: string, documentName: string) => void} refused
 * @property {{ bytes: number }} unsent bytes waiting to be sent to all sockets together
 */

/**
 * One socket's gate. Hocuspocus is handed the socket after `guard` wraps its `emit`, so that a
 * message reaches Hocuspocus only if `admit` lets it. Hocuspocus re-emits what it queued while a
 * document was being accepted; those messages were judged when they arrived and pass again.
 */
export class SocketGate {
	#ws;
	#address;
	#host;
	#limits;
	/** @type {Map<string, 'asked' | 'open' | 'refused'>} This socket's documents, by name. */
	#documents = new Map();
	/** @type {Map<Uint8Array, string>} Messages waiting in Hocuspocus' queue → their document. */
	#waiting = new Map();
	#waitingBytes = 0;
	#strayBytes = 0;
	/** @type {Map<string, Set<number>>} Awareness client ids this socket brought into each document. */
	#awarenessIds = new Map();
	#bytes;
	#messages;
	#awareness;
	#pausedUntil = 0;
	#resumeScheduled = false;
	#closing = false;
	/** Bytes handed to the socket and not yet written out; `#gone` once it closed. */
	#unsent = 0;
	#gone = false;
	#stuckBytes = 0;
	pong = true;

	/**
	 * @param {import('ws').WebSocket} ws
	 * @param {string} address
	 * @param {GateHost} host
	 * @param {typeof GATE_LIMITS} limits
	 */
	constructor(ws, address, host, limits) {
		this.#ws = ws;
		this.#address = address;
		this.#host = host;
		this.#limits = limits;
		this.#bytes = new Bucket(limits.burstBytes, limits.bytesPerSecond);
		this.#messages = new Bucket(limits.burstMessages, limits.messagesPerSecond);
		this.#awareness = new Bucket(limits.awarenessBurst, limits.awarenessPerSecond);
		ws.on('pong', () => (this.pong = true));
		const emit = ws.emit.bind(ws);
		/** @type {(event: string | symbol, ...args: any[]) => boolean} */
		const gated = (event, ...args) =>
			event !== 'message' || this.#admit(args[0]) ? emit(event, ...args) : false;
		ws.emit = gated;
		const send = ws.send.bind(ws);
		/** @type {(data: any, ...rest: any[]) => void} */
		const counted = (data, ...rest) => {
			const done = typeof rest.at(-1) === 'function' ? rest.pop() : undefined;
			const size = Number(data?.byteLength ?? data?.length ?? 0);
			const unsent = host.unsent;
			if (
				this.#unsent + size > limits.unsentBytes ||
				(unsent.bytes + size > limits.totalUnsentBytes && this.#unsent > limits.slowBytes)
			) {
				if (!this.#gone) host.refused('not reading', address, '');
				ws.terminate();
				done?.(new Error('not reading'));
				return;
			}
			this.#unsent += size;
			unsent.bytes += size;
			send(data, ...rest, (/** @type {Error | undefined} */ error) => {
				if (!this.#gone) {
					this.#unsent -= size;
					unsent.bytes -= size;
				}
				done?.(error);
			});
		};
		ws.send = counted;
		ws.once('close', () => {
			this.#gone = true;
			host.unsent.bytes -= this.#unsent;
			this.#unsent = 0;
		});
	}

	/** Hocuspocus accepted document `name` on this socket (its `connected` hook). @param {string} name */
	opened(name) {
		this.#documents.set(name, 'open');
	}

	/** Hocuspocus refused document `name`, or closed it on this socket. @param {string} name @param {boolean} refused */
	closed(name, refused) {
		if (refused) this.#documents.set(name, 'refused');
		else this.#documents.delete(name);
		this.#awarenessIds.delete(name);
		// What Hocuspocus queued for a refused document stays in its queue until the socket closes:
		// a provider's first sync message and awareness, a few bytes; a socket that had more is closed.
		const released = this.#release(name);
		if (!refused) return;
		this.#stuckBytes += released;
		if (released > this.#limits.stuckBytesPerDocument || this.#stuckBytes > this.#limits.stuckBytes)
			this.refuse('too much for refused documents', name);
	}

	/** Closes the socket: nothing it sends from now on is read. @param {string} reason @param {string} [name] */
	refuse(reason, name = '') {
		if (this.#closing) return;
		this.#closing = true;
		this.#host.refused(reason, this.#address, name);
		// Not another byte is read (what the client sends meanwhile waits in TCP, then is dropped).
		this.#ws.pause();
		this.#ws.close(1008, reason.slice(0, 100));
		// A client that does not answer the close handshake is cut off.
		setTimeout(() => this.#ws.terminate(), 1000).unref();
	}

	/** The ping round: a socket that missed the last pong, or reads nothing it is sent, is closed. */
	check(/** @type {boolean} */ ping) {
		if (this.#ws.bufferedAmount > this.#limits.unsentBytes) {
			this.#host.refused('not reading', this.#address, '');
			this.#ws.terminate();
			return;
		}
		if (!ping) return;
		if (!this.pong) {
			this.#host.refused('no pong', this.#address, '');
			this.#ws.terminate();
			return;
		}
		this.pong = false;
		this.#ws.ping();
	}

	/** Forgets what waits for document `name`; returns its bytes. @param {string} name */
	#release(name) {
		let bytes = 0;
		for (const [data, of] of this.#waiting)
			if (of === name) {
				this.#waiting.delete(data);
				bytes += data.byteLength;
			}
		this.#waitingBytes -= bytes;
		return bytes;
	}

	/** @param {unknown} data @returns {boolean} */
	#admit(data) {
		if (this.#closing) return false;
		if (!(data instanceof Uint8Array)) {
			this.refuse('not binary');
			return false;
		}
		const queued = this.#waiting.get(data);
		if (queued !== undefined) {
			// Re-emitted by Hocuspocus from its queue once the document is accepted (before its
			// `connected` hook): judged on arrival, its bytes counted now.
			this.#waiting.delete(data);
			this.#waitingBytes -= data.byteLength;
			if (this.#documents.get(queued) === 'asked') this.#documents.set(queued, 'open');
			return this.#judge(data, true);
		}
		this.#throttle(data.byteLength);
		return this.#judge(data, false);
	}

	/** Bytes and messages per second: past them, the socket is not read until they refill. @param {number} size */
	#throttle(size) {
		const wait = Math.max(this.#bytes.take(size), this.#messages.take(1));
		if (wait <= 0) return;
		const until = performance.now() + wait;
		if (until <= this.#pausedUntil) return;
		this.#pausedUntil = until;
		this.#ws.pause();
		if (!this.#resumeScheduled) this.#scheduleResume(wait);
	}

	/**
	 * Resumes reading once `#pausedUntil` has passed. A timer may fire early against
	 * `performance.now()` (libuv measures from the start of its loop turn, which a long callback makes
	 * stale), so a timer that comes early waits again for the rest instead of leaving the socket
	 * paused for good. @param {number} wait
	 */
	#scheduleResume(wait) {
		this.#resumeScheduled = true;
		setTimeout(
			() => {
				const left = this.#pausedUntil - performance.now();
				if (left > 0) return this.#scheduleResume(left);
				this.#resumeScheduled = false;
				if (!this.#closing) this.#ws.resume();
			},
			Math.max(1, Math.ceil(wait))
		).unref();
	}

	/**
	 * Whether Hocuspocus may have this message; a message that breaks a rule closes the socket.
	 * @param {Uint8Array} data @param {boolean} requeued
	 * @returns {boolean}
	 */
	#judge(data, requeued) {
		let name = '';
		try {
			const decoder = decoding.createDecoder(data);
			name = decoding.readVarString(decoder);
			const kind = decoding.readVarUint(decoder);
			const state = this.#documents.get(name);
			if (kind === KIND.auth) {
				if (decoding.readVarUint(decoder) !== 0) return this.#no('auth kind not used', name);
				// A document already asked for or held: Hocuspocus would queue it, or log it.
				if (state !== undefined) return false;
				this.#documents.set(name, 'asked');
				return true;
			}
			if (kind === KIND.close) return state === 'open';
			if (kind !== KIND.sync && kind !== KIND.awareness) return this.#no('kind not used', name);
			if (kind === KIND.sync && !SYNC_STEPS.has(decoding.readVarUint(decoder)))
				return this.#no('sync step not used', name);
			if (state === undefined || state === 'refused') {
				this.#strayBytes += data.byteLength;
				if (this.#strayBytes > this.#limits.strayBytes)
					return this.#no('messages for documents not held', name);
				return false;
			}
			if (state === 'asked') {
				if (
					this.#waitingBytes + data.byteLength > this.#limits.waitingBytes ||
					this.#waiting.size >= this.#limits.waitingMessages
				)
					return this.#no('too much before the document was accepted', name);
				this.#waiting.set(data, name);
				this.#waitingBytes += data.byteLength;
				return true;
			}
			if (kind === KIND.awareness) return this.#awarenessAllowed(name, decoder, requeued);
			const over = this.#host.admitBytes(name, data.byteLength);
			if (over) return this.#no(over, name);
			return true;
		} catch {
			return this.#no('malformed message', name);
		}
	}

	/**
	 * Awareness: at most a few entries, each small; client ids new to the document only up to this
	 * socket's share and the document's cap.
	 * @param {string} name @param {decoding.Decoder} decoder @param {boolean} requeued
	 */
	#awarenessAllowed(name, decoder, requeued) {
		const limits = this.#limits;
		if (!requeued && this.#awareness.take(1) > 0) return this.#no('awareness too often', name);
		const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
		const entries = decoding.readVarUint(update);
		if (entries > limits.awarenessIdsPerConnection + limits.awarenessEntriesPerDocument)
			return this.#no('awareness too many entries', name);
		const awareness = this.#host.document(name)?.awareness;
		// Removed entries keep their clock in `meta` for good; forget those past the cap.
		if (awareness && awareness.meta.size > 4 * limits.awarenessEntriesPerDocument)
			for (const id of awareness.meta.keys())
				if (!awareness.states.has(id)) awareness.meta.delete(id);
		const mine = this.#awarenessIds.get(name) ?? new Set();
		for (let i = 0; i < entries; i++) {
			const id = decoding.readVarUint(update);
			decoding.readVarUint(update);
			const state = decoding.readVarString(update);
			if (state.length > limits.awarenessStateBytes) return this.#no('awareness too big', name);
			if (mine.has(id) || awareness?.meta.has(id)) continue;
			mine.add(id);
			if (mine.size > limits.awarenessIdsPerConnection)
				return this.#no('awareness too many ids', name);
			if ((awareness?.states.size ?? 0) + mine.size > limits.awarenessEntriesPerDocument)
				return this.#no('awareness document full', name);
		}
		this.#awarenessIds.set(name, mine);
		return true;
	}

	/** Refuses the socket for `reason`; the message is not passed on. @param {string} reason @param {string} name */
	#no(reason, name) {
		this.refuse(reason, name);
		return false;
	}
}
