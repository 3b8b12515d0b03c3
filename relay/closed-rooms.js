// Keeps a closed room closed, as a Hocuspocus extension: once a room document's facilitator slot
// holds a closing announcement signed by the key its code names, the relay writes it back whenever
// anything replaces it (a replayed "open" announcement, say), and into the room document again
// each time it is loaded, until the relay restarts.
//
// The relay reads only what the announcement shows anyway (it travels in clear, see
// docs/live-room.md) and checks what a participant checks first: the code, the key the code commits
// to (`codeFromDigest` in src/lib/domain/live-names.js, the app's own) and the ECDSA signature over
// the canonical JSON of the state (src/lib/domain/canonical-json.js, the bytes the app signs). A forged
// announcement is therefore never kept, and an honest facilitator's never lost.

import { canonicalJson } from '../src/lib/domain/canonical-json.js';
import {
	CODE_LENGTH,
	codeFromDigest,
	LIVE_DOC_NAME,
	ROOM_CODE_CONTEXT
} from '../src/lib/domain/live-names.js';

/** The room map's key of the facilitator's announcement (`FACILITATOR_SLOT` in live-room.ts). */
export const FACILITATOR_SLOT = 'facilitator';
/** Longest announcement read (`LIVE_LIMITS.announcementChars`). */
export const MAX_ANNOUNCEMENT_CHARS = 200_000;
/** Characters of closing announcements kept in all: past it, the oldest rooms are forgotten. */
export const MAX_CLOSED_CHARS = 16 * 1024 * 1024;
/** The origin of the relay's own writes (the restored announcement). */
export const RELAY_ORIGIN = 'convene-relay:closed';

const KEY_TEXT = /^p256\.[A-Za-z0-9_-]{87}$/;

/**
 * The room code a facilitator's public key commits to (the app's `codeForKey`, from the same
 * `codeFromDigest`; the digest from Node's Web Crypto).
 * @param {string} key `p256.` + base64url of the uncompressed point
 */
export async function codeForKey(key) {
	const bytes = new TextEncoder().encode(ROOM_CODE_CONTEXT + key);
	return codeFromDigest(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes)));
}

/**
 * The `seq` of `raw` if it is a closing announcement of room `code` signed by the key that code
 * names; null for anything else (an open announcement, a forgery, junk).
 * @param {unknown} raw
 * @param {string} code
 * @returns {Promise<number | null>}
 */
export async function closingSeq(raw, code) {
	if (typeof raw !== 'string' || raw.length > MAX_ANNOUNCEMENT_CHARS) return null;
	/** @type {any} */
	let signed;
	try {
		signed = JSON.parse(raw);
	} catch {
		return null;
	}
	const state = signed?.state;
	const sig = signed?.sig;
	if (typeof state !== 'object' || state === null || typeof sig !== 'string' || sig.length !== 86)
		return null;
	if (state.closed !== true || state.code !== code || !Number.isSafeInteger(state.seq)) return null;
	if (state.seq < 0 || typeof state.facilitator !== 'string' || !KEY_TEXT.test(state.facilitator))
		return null;
	if ((await codeForKey(state.facilitator)) !== code) return null;
	try {
		const subtle = globalThis.crypto.subtle;
		const point = Buffer.from(state.facilitator.slice(5), 'base64url');
		const key = await subtle.importKey(
			'raw',
			point,
			{ name: 'ECDSA', namedCurve: 'P-256' },
			false,
			['verify']
		);
		const ok = await subtle.verify(
			{ name: 'ECDSA', hash: 'SHA-256' },
			key,
			Buffer.from(sig, 'base64url'),
			new TextEncoder().encode(canonicalJson(state))
		);
		return ok ? state.seq : null;
	} catch {
		return null;
	}
}

/** The extension: one per relay. */
export class ClosedRooms {
	/** @type {Map<string, { seq: number, text: string }>} By room code, oldest first. */
	#kept = new Map();
	#chars = 0;
	#maxChars;

	/** @param {{ maxClosedChars?: number }} [options] */
	constructor(options = {}) {
		this.#maxChars = options.maxClosedChars ?? MAX_CLOSED_CHARS;
	}

	/**
	 * The closing announcement kept for room `code`, if any (its text, as the facilitator signed it).
	 * @param {string} code
	 */
	kept(code) {
		return this.#kept.get(code)?.text ?? null;
	}

	/** @param {import('@hocuspocus/server').afterLoadDocumentPayload} payload */
	async afterLoadDocument({ documentName, document }) {
		const match = LIVE_DOC_NAME.exec(documentName);
		// Room documents only: a mailbox holds no announcement.
		if (!match || match[1] !== documentName) return;
		const code = documentName.slice(-CODE_LENGTH);
		const room = document.getMap('room');
		let checking = Promise.resolve();
		const check = () => {
			checking = checking.then(() => this.#check(code, room, document)).catch(() => undefined);
		};
		room.observe((event) => {
			if (event.keysChanged.has(FACILITATOR_SLOT)) check();
		});
		check();
	}

	/**
	 * Keeps a newer closing announcement of `code`; puts the kept one back if something else
	 * replaced it.
	 * @param {string} code
	 * @param {import('yjs').Map<unknown>} room
	 * @param {import('yjs').Doc} document
	 */
	async #check(code, room, document) {
		const value = room.get(FACILITATOR_SLOT);
		const kept = this.#kept.get(code);
		if (kept && value === kept.text) return;
		const seq = await closingSeq(value, code);
		if (seq !== null && typeof value === 'string' && (!kept || seq > kept.seq)) {
			this.#keep(code, { seq, text: value });
			return;
		}
		const now = this.#kept.get(code);
		if (now && room.get(FACILITATOR_SLOT) !== now.text)
			document.transact(() => room.set(FACILITATOR_SLOT, now.text), RELAY_ORIGIN);
	}

	/**
	 * @param {string} code
	 * @param {{ seq: number, text: string }} closing
	 */
	#keep(code, closing) {
		const before = this.#kept.get(code);
		if (before) this.#chars -= before.text.length;
		this.#kept.delete(code);
		this.#kept.set(code, closing);
		this.#chars += closing.text.length;
		for (const [oldest, { text }] of this.#kept) {
			if (this.#chars <= this.#maxChars || oldest === code) break;
			this.#kept.delete(oldest);
			this.#chars -= text.length;
		}
	}
}
