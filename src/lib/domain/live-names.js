// The live room's document names, in plain JavaScript with JSDoc types so that the relay (run by
// Node without a build step, `relay/`) and the app (`live-code.ts`) read the same alphabet and
// patterns: the relay refuses every other name.

/**
 * Digits and capitals without those read or typed alike: 0/O/D… (0, 1, 2, 5, 8, B, I, L, O, S, U,
 * V, Z are left out). 23 symbols: 23⁶ ≈ 1.5 × 10⁸ codes (27 bits).
 */
export const CODE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
/** Characters in a room code. */
export const CODE_LENGTH = 6;
/** What is hashed, before the facilitator's public key, to make the room code that key commits to. */
export const ROOM_CODE_CONTEXT = 'convene/room-code/v1:';

/**
 * The room code of a SHA-256 digest of `ROOM_CODE_CONTEXT` + the facilitator's public key text: its
 * first 8 bytes as a number, written in `CODE_ALPHABET`, least significant symbol first. The app
 * (`live-code.ts › codeForKey`) and the relay (`closed-rooms.js`) both use it.
 * @param {Uint8Array} digest at least 8 bytes
 * @returns {string} `CODE_LENGTH` symbols
 */
export function codeFromDigest(digest) {
	const base = BigInt(CODE_ALPHABET.length);
	let n = 0n;
	for (const byte of digest.subarray(0, 8)) n = (n << 8n) | BigInt(byte);
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) {
		code += CODE_ALPHABET[Number(n % base)];
		n /= base;
	}
	return code;
}
/** What every room document's name starts with, before its code. */
export const ROOM_DOC_PREFIX = 'convene-room-';
/** A participant's mailbox id: 22 base64url characters (128 random bits), made at join. */
export const MAILBOX_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * The only document names a Convene room uses: the room document `convene-room-<code>`, optionally
 * followed by `.` and a participant's mailbox id. Group 1 is the room document's own name.
 */
export const LIVE_DOC_NAME = new RegExp(
	`^(${ROOM_DOC_PREFIX}[${CODE_ALPHABET}]{${CODE_LENGTH}})(?:\\.${MAILBOX_ID.source.slice(1, -1)})?$`
);
