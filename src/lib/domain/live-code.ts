/**
 * The live room's short code: 6 characters from an alphabet without look-alikes, shown as `K7P 4QX`.
 *
 * The code is not random: it is derived from the SHA-256 of the facilitator's public signing key,
 * so it commits to that key. A participant who types the code accepts only a room announcement
 * signed by a key whose code it is; someone who learns the code and wants to pass as the
 * facilitator would have to find another key with the same code (about 1.5 × 10⁸ key pairs on
 * average) while the room is open. Pure (Web Crypto digest only).
 */

import { isPublicKeyText, sha256, type PublicKeyText } from './crypto';
import {
	CODE_ALPHABET,
	CODE_LENGTH,
	codeFromDigest,
	MAILBOX_ID,
	ROOM_CODE_CONTEXT,
	ROOM_DOC_PREFIX
} from './live-names.js';
import { serverAddress } from './room-address';

// The alphabet and name patterns live in plain JavaScript, shared with the relay (`relay/`).
export { CODE_ALPHABET, MAILBOX_ID };

export type CodeError = 'code-empty' | 'code-length' | 'code-characters';

/** The room code of a facilitator's public signing key. Throws a TypeError on a malformed key. */
export async function codeForKey(key: PublicKeyText): Promise<string> {
	if (!isPublicKeyText(key)) throw new TypeError('not a public key');
	return codeFromDigest(await sha256(new TextEncoder().encode(ROOM_CODE_CONTEXT + key)));
}

/** `K7P4QX` → `K7P 4QX` (for people; the space is not part of the code). */
export function formatCode(code: string): string {
	return `${code.slice(0, 3)} ${code.slice(3)}`;
}

/**
 * What a person typed → the code, or why not. Spaces, dashes and case are ignored; a character the
 * alphabet leaves out (such as O or 0) is an error, never silently mapped to another.
 */
export function parseCode(
	typed: string
): { ok: true; code: string } | { ok: false; error: CodeError } {
	const code = typed.toUpperCase().replace(/[\s\-·.]+/g, '');
	if (code === '') return { ok: false, error: 'code-empty' };
	if (code.length !== CODE_LENGTH) return { ok: false, error: 'code-length' };
	if ([...code].some((c) => !CODE_ALPHABET.includes(c)))
		return { ok: false, error: 'code-characters' };
	return { ok: true, code };
}

/** The Yjs document (relay room) name of a code: the facilitator's announcement and the roster. */
export const roomDocName = (code: string) => `${ROOM_DOC_PREFIX}${code}`;

/** A new random mailbox id (`MAILBOX_ID`). */
export function newMailboxId(): string {
	const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The Yjs document of one participant's mailbox in a room (`convene-room-K7P4QX.<mailbox>`): only
 * that participant and the facilitator open it, so participants never receive each other's answers.
 */
export const mailboxDocName = (code: string, mailbox: string) => `${roomDocName(code)}.${mailbox}`;

/**
 * The relay address for a page at `origin` + `base` (the app's own server): `ws(s)://host/base/relay`.
 * A typed address (`192.168.1.20:4173`, `https://relay.example.org`, `wss://…/relay`) is completed the
 * same way; returns null when it cannot be an address.
 */
export function relayUrl(address: string, base = ''): string | null {
	// As the projector shows it: `host:port/join/` reaches the same server as `host:port`.
	let text = serverAddress(address);
	if (text === '') return null;
	if (!/^[a-z]+:\/\//i.test(text)) text = `http://${text}`;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return null;
	}
	if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) || !url.hostname) return null;
	const secure = url.protocol === 'https:' || url.protocol === 'wss:';
	let path = url.pathname.replace(/\/+$/, '');
	if (!path.endsWith('/relay')) path = `${path || base.replace(/\/+$/, '')}/relay`;
	return `${secure ? 'wss' : 'ws'}://${url.host}${path}`;
}

/** The short join address, `http://host/join/?c=K7P4QX` (plus `&r=` when the relay is elsewhere). */
export function shortJoinUrl(joinPageUrl: string, code: string, relayAddress?: string): string {
	const relay = relayAddress ? `&r=${encodeURIComponent(relayAddress)}` : '';
	return `${joinPageUrl}?c=${code}${relay}`;
}
