/**
 * Identities for the room: who signed a message, and what only the facilitator can read.
 *
 * - **Signatures** (ECDSA P-256, SHA-256) over the canonical JSON of a value. Each participant gets
 *   a key pair at join; the facilitator pins the first public key seen per participant id and
 *   refuses a response signed by another key. The facilitator signs room control messages the same
 *   way.
 * - **Sealing** (ECIES: an ephemeral ECDH P-256 key agreed with the facilitator's key, HKDF-SHA-256,
 *   AES-256-GCM) so that a relay or another participant can carry an answer without reading it.
 *
 * Pure: the Web Crypto API (`globalThis.crypto.subtle`, in browsers and in Node ≥ 20), no DOM,
 * Svelte, Dexie or Yjs. A browser gives Web Crypto only to a secure context (https://, or localhost);
 * a participant's phone that opened the room at `http://192.168.1.20:4173` has none, so there the
 * same algorithms run in @noble/curves, @noble/hashes and @noble/ciphers (audited, well kept), with
 * the same bytes on the wire: a signature or a sealed answer made either way opens and verifies the
 * other way (tested). Only what a participant does needs it (sign, seal, verify the facilitator);
 * the facilitator's room, on localhost or https, keeps Web Crypto. Public keys travel as text
 * (`PublicKeyText`). Functions that read untrusted input throw `IdentityError` with a code (the UI
 * translates it); `verifySignature` never throws.
 */

import { canonicalJson } from './canonical-json.js';

/** A public key as text: `p256.` + base64url of the 65-byte uncompressed point (92 characters). */
export type PublicKeyText = string;

/** A sealed message: the sender's ephemeral public key, the AES-GCM nonce and the ciphertext. */
interface Sealed {
	/** Ephemeral ECDH public key (`PublicKeyText`). */
	epk: PublicKeyText;
	/** 12-byte nonce, base64url. */
	iv: string;
	/** Ciphertext with its 16-byte tag, base64url. */
	ct: string;
}

type IdentityErrorCode = 'bad-key' | 'bad-sealed' | 'cannot-open';

/** A key or sealed message that cannot be used; `code` says which. */
export class IdentityError extends Error {
	constructor(readonly code: IdentityErrorCode) {
		super(code);
		this.name = 'IdentityError';
	}
}

const KEY_PREFIX = 'p256.';
/** Length of a `PublicKeyText`: the prefix plus base64url of 65 bytes. */
export const PUBLIC_KEY_TEXT_LENGTH = KEY_PREFIX.length + 87;
const SIGN = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_PARAMS = { name: 'ECDSA', hash: 'SHA-256' } as const;
const AGREE = { name: 'ECDH', namedCurve: 'P-256' } as const;
/** Binds derived keys to this use, so a key agreed for sealing is never valid for anything else. */
const HKDF_INFO = new TextEncoder().encode('convene/seal/v1');

const subtle = () => globalThis.crypto.subtle;
/** Whether Web Crypto is there (a secure context); without it the @noble libraries do the work. */
const hasSubtle = () => globalThis.crypto?.subtle !== undefined;

/**
 * A signing key pair made without Web Crypto (no secure context): the P-256 secret scalar and the
 * uncompressed public point, as bytes. IndexedDB stores it as it stores a `CryptoKeyPair`.
 */
export interface SoftKeyPair {
	privateKey: { readonly soft: 'p256'; readonly secret: Uint8Array };
	publicKey: { readonly soft: 'p256'; readonly point: Uint8Array };
}

/** A participant's signing key pair: Web Crypto's, or one made without it (`SoftKeyPair`). */
export type SigningKeyPair = CryptoKeyPair | SoftKeyPair;
export type SigningPrivateKey = SigningKeyPair['privateKey'];
type PublicKeyOf = SigningKeyPair['publicKey'];

const isSoft = (key: object): key is { soft: 'p256' } =>
	(key as { soft?: unknown }).soft === 'p256';

/**
 * A random version-4 UUID (`crypto.randomUUID()` where the browser gives it: only in a secure
 * context; from `getRandomValues`, which every context has, where it does not).
 */
export function randomId(): string {
	if (typeof globalThis.crypto.randomUUID === 'function') return globalThis.crypto.randomUUID();
	const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// ─── Encoding ───────────────────────────────────────────────────────────────────────────────────

/** Bytes → base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional) → bytes; throws `IdentityError('bad-sealed')` on other characters. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
	if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new IdentityError('bad-sealed');
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, ''));
	const out = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
	return out;
}

// JSON with every object's keys sorted (what a signature covers): shared with the relay, which
// checks closing announcements (`canonical-json.js`).
export { canonicalJson };

const bytesOf = (value: unknown) => new TextEncoder().encode(canonicalJson(value));

// ─── Keys ───────────────────────────────────────────────────────────────────────────────────────

/** Whether `text` has the shape of a `PublicKeyText` (it may still not be a point on the curve). */
export function isPublicKeyText(text: unknown): text is PublicKeyText {
	return (
		typeof text === 'string' &&
		text.length === PUBLIC_KEY_TEXT_LENGTH &&
		/^p256\.[A-Za-z0-9_-]+$/.test(text)
	);
}

/** A new signing key pair; the private key cannot be exported (it can still be stored in IndexedDB). */
export function generateSigningKeys(): Promise<CryptoKeyPair> {
	return subtle().generateKey(SIGN, false, ['sign', 'verify']);
}

/**
 * A participant's new signing key pair: Web Crypto's (`generateSigningKeys`), or, in a page with no
 * Web Crypto (no secure context), a `SoftKeyPair` made by @noble/curves.
 */
export async function generateParticipantKeys(): Promise<SigningKeyPair> {
	if (hasSubtle()) return generateSigningKeys();
	const { p256 } = await import('@noble/curves/nist.js');
	const secret = p256.utils.randomSecretKey();
	return {
		privateKey: { soft: 'p256', secret },
		publicKey: { soft: 'p256', point: p256.getPublicKey(secret, false) }
	};
}

/** A new key pair for receiving sealed messages (the facilitator's, per room). */
export function generateSealingKeys(): Promise<CryptoKeyPair> {
	return subtle().generateKey(AGREE, false, ['deriveKey', 'deriveBits']);
}

/** The public half of a key pair as text. */
export async function exportPublicKey(key: CryptoKey | PublicKeyOf): Promise<PublicKeyText> {
	if (isSoft(key)) return KEY_PREFIX + toBase64Url((key as SoftKeyPair['publicKey']).point);
	const raw = new Uint8Array(await subtle().exportKey('raw', key as CryptoKey));
	return KEY_PREFIX + toBase64Url(raw);
}

/** The 65-byte point of a public key text, checked to be on P-256 (without Web Crypto). */
async function softPoint(text: PublicKeyText): Promise<Uint8Array> {
	if (!isPublicKeyText(text)) throw new IdentityError('bad-key');
	const { p256 } = await import('@noble/curves/nist.js');
	const bytes = fromBase64Url(text.slice(KEY_PREFIX.length));
	try {
		p256.Point.fromBytes(bytes).assertValidity();
	} catch {
		throw new IdentityError('bad-key');
	}
	return bytes;
}

async function importPublicKey(
	text: PublicKeyText,
	algorithm: typeof SIGN | typeof AGREE,
	usages: KeyUsage[]
) {
	if (!isPublicKeyText(text)) throw new IdentityError('bad-key');
	try {
		return await subtle().importKey(
			'raw',
			fromBase64Url(text.slice(KEY_PREFIX.length)),
			algorithm,
			true,
			usages
		);
	} catch {
		// Not a point on P-256 (a forged or damaged key).
		throw new IdentityError('bad-key');
	}
}

/**
 * A short, stable name for a public key (first 12 base64url characters of its SHA-256), for people
 * to compare by eye ("key 3fK9…") and for logs. Throws `IdentityError('bad-key')` on a malformed key.
 */
export async function keyFingerprint(text: PublicKeyText): Promise<string> {
	if (!isPublicKeyText(text)) throw new IdentityError('bad-key');
	return toBase64Url(await sha256(new TextEncoder().encode(text))).slice(0, 12);
}

// ─── Signatures ─────────────────────────────────────────────────────────────────────────────────

/** Signs the canonical JSON of `value`; returns the 64-byte P1363 signature as base64url (86 chars). */
export async function signValue(privateKey: SigningPrivateKey, value: unknown): Promise<string> {
	if (isSoft(privateKey)) {
		const { p256 } = await import('@noble/curves/nist.js');
		const secret = (privateKey as SoftKeyPair['privateKey']).secret;
		// ECDSA over SHA-256 of the bytes, as r ‖ s: what Web Crypto's sign gives and verify takes.
		return toBase64Url(p256.sign(bytesOf(value), secret, { prehash: true }));
	}
	const signature = await subtle().sign(SIGN_PARAMS, privateKey as CryptoKey, bytesOf(value));
	return toBase64Url(new Uint8Array(signature));
}

/** SHA-256 of `bytes`: Web Crypto's, or @noble/hashes' without it. */
export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
	if (hasSubtle()) return new Uint8Array(await subtle().digest('SHA-256', bytes));
	const { sha256: hash } = await import('@noble/hashes/sha2.js');
	return hash(bytes);
}

/** Verifying keys imported so far, by text: a room verifies each participant's key on every answer. */
const verifyingKeys = new Map<PublicKeyText, Promise<CryptoKey>>();
const VERIFYING_KEYS_KEPT = 1000;

function verifyingKey(text: PublicKeyText): Promise<CryptoKey> {
	let key = verifyingKeys.get(text);
	if (!key) {
		// A bounded memo, not a trust store: a key is only a parsed copy of the text it came from.
		if (verifyingKeys.size >= VERIFYING_KEYS_KEPT) verifyingKeys.clear();
		key = importPublicKey(text, SIGN, ['verify']);
		verifyingKeys.set(text, key);
		key.catch(() => verifyingKeys.delete(text));
	}
	return key;
}

/**
 * Whether `signature` is `publicKey`'s signature of the canonical JSON of `value`. Never throws:
 * a malformed key or signature is simply not valid.
 */
export async function verifySignature(
	publicKey: PublicKeyText,
	value: unknown,
	signature: string
): Promise<boolean> {
	try {
		if (typeof signature !== 'string' || signature.length !== 86) return false;
		if (!hasSubtle()) {
			const { p256 } = await import('@noble/curves/nist.js');
			// Web Crypto's signatures may have a high s: accept both halves, as Web Crypto does.
			return p256.verify(fromBase64Url(signature), bytesOf(value), await softPoint(publicKey), {
				prehash: true,
				lowS: false
			});
		}
		const key = await verifyingKey(publicKey);
		return await subtle().verify(SIGN_PARAMS, key, fromBase64Url(signature), bytesOf(value));
	} catch {
		return false;
	}
}

// ─── Sealing ────────────────────────────────────────────────────────────────────────────────────

async function sealingKey(
	privateKey: CryptoKey,
	publicKey: CryptoKey,
	salt: Uint8Array<ArrayBuffer>,
	usage: KeyUsage
) {
	const shared = await subtle().deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
	const material = await subtle().importKey('raw', shared, 'HKDF', false, ['deriveKey']);
	return subtle().deriveKey(
		{ name: 'HKDF', hash: 'SHA-256', salt, info: HKDF_INFO },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		[usage]
	);
}

/**
 * Seals `plaintext` so that only the holder of `recipient`'s private key can open it. A new
 * ephemeral key per message: two seals of the same text never look alike. Throws
 * `IdentityError('bad-key')` when `recipient` is not a valid key.
 */
export async function seal(recipient: PublicKeyText, plaintext: string): Promise<Sealed> {
	if (!hasSubtle()) return softSeal(recipient, plaintext);
	const recipientKey = await importPublicKey(recipient, AGREE, []);
	const ephemeral = await subtle().generateKey(AGREE, true, ['deriveBits']);
	const epk = await exportPublicKey(ephemeral.publicKey);
	const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
	const key = await sealingKey(
		ephemeral.privateKey,
		recipientKey,
		new TextEncoder().encode(epk),
		'encrypt'
	);
	const ct = await subtle().encrypt(
		{ name: 'AES-GCM', iv },
		key,
		new TextEncoder().encode(plaintext)
	);
	return { epk, iv: toBase64Url(iv), ct: toBase64Url(new Uint8Array(ct)) };
}

/** `seal` without Web Crypto: the same ECDH, HKDF and AES-GCM, byte for byte (@noble). */
async function softSeal(recipient: PublicKeyText, plaintext: string): Promise<Sealed> {
	const point = await softPoint(recipient);
	const [{ p256 }, { hkdf }, { sha256: hash }, { gcm }] = await Promise.all([
		import('@noble/curves/nist.js'),
		import('@noble/hashes/hkdf.js'),
		import('@noble/hashes/sha2.js'),
		import('@noble/ciphers/aes.js')
	]);
	const secret = p256.utils.randomSecretKey();
	const epk = KEY_PREFIX + toBase64Url(p256.getPublicKey(secret, false));
	// Web Crypto's ECDH bits are the shared point's x coordinate: the compressed point less its first byte.
	const shared = p256.getSharedSecret(secret, point, true).slice(1);
	const key = hkdf(hash, shared, new TextEncoder().encode(epk), HKDF_INFO, 32);
	const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
	const ct = gcm(key, iv).encrypt(new TextEncoder().encode(plaintext));
	return { epk, iv: toBase64Url(iv), ct: toBase64Url(ct) };
}

/**
 * Opens a sealed message with the recipient's private key. Throws `IdentityError('bad-sealed')`
 * when the message is malformed and `IdentityError('cannot-open')` when it was not sealed to this
 * key or was changed on the way (AES-GCM authenticates every byte).
 */
export async function openSealed(recipientPrivateKey: CryptoKey, sealed: Sealed): Promise<string> {
	if (
		!sealed ||
		typeof sealed !== 'object' ||
		typeof sealed.iv !== 'string' ||
		typeof sealed.ct !== 'string'
	) {
		throw new IdentityError('bad-sealed');
	}
	const iv = fromBase64Url(sealed.iv);
	if (iv.length !== 12) throw new IdentityError('bad-sealed');
	let senderKey: CryptoKey;
	try {
		senderKey = await importPublicKey(sealed.epk, AGREE, []);
	} catch {
		throw new IdentityError('bad-sealed');
	}
	const key = await sealingKey(
		recipientPrivateKey,
		senderKey,
		new TextEncoder().encode(sealed.epk),
		'decrypt'
	);
	try {
		const plain = await subtle().decrypt({ name: 'AES-GCM', iv }, key, fromBase64Url(sealed.ct));
		return new TextDecoder('utf-8', { fatal: true }).decode(plain);
	} catch {
		throw new IdentityError('cannot-open');
	}
}
