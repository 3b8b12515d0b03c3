import { describe, expect, it } from 'vitest';
import {
	canonicalJson,
	exportPublicKey,
	fromBase64Url,
	generateSealingKeys,
	generateSigningKeys,
	IdentityError,
	isPublicKeyText,
	keyFingerprint,
	openSealed,
	PUBLIC_KEY_TEXT_LENGTH,
	seal,
	signValue,
	toBase64Url,
	verifySignature
} from './crypto';

describe('canonicalJson', () => {
	it('gives the same text whatever the key order, at every level', () => {
		expect(canonicalJson({ b: 1, a: { d: [{ y: 1, x: 2 }], c: null } })).toBe(
			canonicalJson({ a: { c: null, d: [{ x: 2, y: 1 }] }, b: 1 })
		);
		expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
	});
	it('leaves undefined properties out, keeps array order', () => {
		expect(canonicalJson({ a: undefined, b: [3, 1, 2] })).toBe('{"b":[3,1,2]}');
	});
});

describe('base64url', () => {
	it('round-trips every byte value', () => {
		const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
		const text = toBase64Url(bytes);
		expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
		expect([...fromBase64Url(text)]).toEqual([...bytes]);
	});
	it('refuses other characters', () => {
		expect(() => fromBase64Url('ab+c')).toThrow(IdentityError);
	});
});

describe('signatures', () => {
	it('verifies its own signature and nothing else', async () => {
		const keys = await generateSigningKeys();
		const publicKey = await exportPublicKey(keys.publicKey);
		expect(publicKey).toHaveLength(PUBLIC_KEY_TEXT_LENGTH);
		expect(isPublicKeyText(publicKey)).toBe(true);
		const value = { id: 'r-1', revision: 2, answers: { q1: 'Yes — sí' } };
		const signature = await signValue(keys.privateKey, value);
		expect(await verifySignature(publicKey, value, signature)).toBe(true);
		// Key order does not matter: the signature covers the canonical JSON.
		expect(
			await verifySignature(
				publicKey,
				{ revision: 2, answers: { q1: 'Yes — sí' }, id: 'r-1' },
				signature
			)
		).toBe(true);
		// A changed value, another key, a damaged signature or a junk key: not valid, never a throw.
		expect(await verifySignature(publicKey, { ...value, revision: 1_000_000 }, signature)).toBe(
			false
		);
		const other = await exportPublicKey((await generateSigningKeys()).publicKey);
		expect(await verifySignature(other, value, signature)).toBe(false);
		const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
		expect(await verifySignature(publicKey, value, flipped)).toBe(false);
		expect(await verifySignature('p256.' + 'A'.repeat(87), value, signature)).toBe(false);
		expect(await verifySignature('not a key', value, signature)).toBe(false);
		expect(await verifySignature(publicKey, value, 'short')).toBe(false);
	});
	it('keeps the private key non-extractable', async () => {
		const keys = await generateSigningKeys();
		expect(keys.privateKey.extractable).toBe(false);
	});
	it('fingerprints a key in 12 characters and refuses junk', async () => {
		const publicKey = await exportPublicKey((await generateSigningKeys()).publicKey);
		const print = await keyFingerprint(publicKey);
		expect(print).toMatch(/^[A-Za-z0-9_-]{12}$/);
		expect(await keyFingerprint(publicKey)).toBe(print);
		await expect(keyFingerprint('p256.x')).rejects.toThrow(IdentityError);
	});
});

describe('sealing', () => {
	it('opens with the recipient key only, and each seal looks different', async () => {
		const facilitator = await generateSealingKeys();
		const recipient = await exportPublicKey(facilitator.publicKey);
		const text = JSON.stringify({ phase: 3, note: 'ש×ל״ם 你好' });
		const a = await seal(recipient, text);
		const b = await seal(recipient, text);
		expect(a.ct).not.toBe(b.ct);
		expect(await openSealed(facilitator.privateKey, a)).toBe(text);
		const eavesdropper = await generateSealingKeys();
		await expect(openSealed(eavesdropper.privateKey, a)).rejects.toMatchObject({
			code: 'cannot-open'
		});
	});
	it('refuses a changed or malformed message with a code', async () => {
		const facilitator = await generateSealingKeys();
		const sealed = await seal(await exportPublicKey(facilitator.publicKey), 'hello');
		const tampered = { ...sealed, ct: (sealed.ct[0] === 'A' ? 'B' : 'A') + sealed.ct.slice(1) };
		await expect(openSealed(facilitator.privateKey, tampered)).rejects.toMatchObject({
			code: 'cannot-open'
		});
		await expect(
			openSealed(facilitator.privateKey, { ...sealed, iv: 'AAAA' })
		).rejects.toMatchObject({ code: 'bad-sealed' });
		await expect(
			openSealed(facilitator.privateKey, { ...sealed, epk: 'p256.zz' })
		).rejects.toMatchObject({ code: 'bad-sealed' });
		await expect(openSealed(facilitator.privateKey, null as never)).rejects.toMatchObject({
			code: 'bad-sealed'
		});
	});
	it('refuses to seal to a junk key', async () => {
		await expect(seal('p256.' + 'A'.repeat(87), 'x')).rejects.toMatchObject({ code: 'bad-key' });
	});
});
