// A participant's page opened at http://<network address> has no Web Crypto (browsers keep it for
// secure contexts). There the @noble libraries sign, seal and verify, and the bytes must be Web
// Crypto's: what one side makes the other side opens. Each test makes something with Web Crypto
// gone, then checks it with Web Crypto back (or the other way round).
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	exportPublicKey,
	generateParticipantKeys,
	generateSealingKeys,
	generateSigningKeys,
	IdentityError,
	keyFingerprint,
	openSealed,
	randomId,
	seal,
	signValue,
	verifySignature
} from './crypto';
import { codeForKey } from './live-code';

const webCrypto = globalThis.crypto;
/** Runs `work` in a context like an http:// page on the network: no `subtle`, no `randomUUID`. */
async function withoutWebCrypto<T>(work: () => Promise<T>): Promise<T> {
	vi.stubGlobal('crypto', {
		getRandomValues: webCrypto.getRandomValues.bind(webCrypto)
	});
	try {
		return await work();
	} finally {
		vi.unstubAllGlobals();
	}
}
afterEach(() => vi.unstubAllGlobals());

const ANSWER = { id: 'r-1', answers: { 'aspiration-1': 'Ça marche — 信頼 🌱' }, revision: 3 };

describe('a participant without Web Crypto', () => {
	it('makes a key pair as bytes whose signatures Web Crypto verifies', async () => {
		const { keys, publicKey, signature } = await withoutWebCrypto(async () => {
			const keys = await generateParticipantKeys();
			const publicKey = await exportPublicKey(keys.publicKey);
			return { keys, publicKey, signature: await signValue(keys.privateKey, ANSWER) };
		});
		expect('soft' in keys.privateKey).toBe(true);
		expect(publicKey).toMatch(/^p256\.[A-Za-z0-9_-]{87}$/);
		expect(signature).toHaveLength(86);
		expect(await verifySignature(publicKey, ANSWER, signature)).toBe(true);
		expect(await verifySignature(publicKey, { ...ANSWER, revision: 4 }, signature)).toBe(false);
	});

	it('verifies the facilitator’s Web Crypto signatures, and refuses a changed value or another key', async () => {
		const facilitator = await generateSigningKeys();
		const key = await exportPublicKey(facilitator.publicKey);
		const other = await exportPublicKey((await generateSigningKeys()).publicKey);
		// Web Crypto may give a high s; sign often enough that both halves are met.
		const signatures = await Promise.all(
			Array.from({ length: 12 }, (_, i) => signValue(facilitator.privateKey, { ...ANSWER, i }))
		);
		const results = await withoutWebCrypto(async () => ({
			good: await Promise.all(signatures.map((s, i) => verifySignature(key, { ...ANSWER, i }, s))),
			changed: await verifySignature(key, { ...ANSWER, i: 99 }, signatures[0]),
			otherKey: await verifySignature(other, { ...ANSWER, i: 0 }, signatures[0]),
			junkKey: await verifySignature('p256.' + 'A'.repeat(87), { ...ANSWER, i: 0 }, signatures[0])
		}));
		expect(results.good).toEqual(signatures.map(() => true));
		expect(results).toMatchObject({ changed: false, otherKey: false, junkKey: false });
	});

	it('seals answers that the facilitator opens with Web Crypto, and only the facilitator', async () => {
		const room = await generateSealingKeys();
		const sealTo = await exportPublicKey(room.publicKey);
		const text = JSON.stringify(ANSWER);
		const [a, b] = await withoutWebCrypto(() =>
			Promise.all([seal(sealTo, text), seal(sealTo, text)])
		);
		expect(a.ct).not.toBe(b.ct);
		expect(await openSealed(room.privateKey, a)).toBe(text);
		expect(await openSealed(room.privateKey, b)).toBe(text);
		const stranger = await generateSealingKeys();
		await expect(openSealed(stranger.privateKey, a)).rejects.toMatchObject({ code: 'cannot-open' });
		const flipped = { ...a, ct: a.ct.slice(0, -2) + (a.ct.endsWith('A') ? 'BA' : 'AA') };
		await expect(openSealed(room.privateKey, flipped)).rejects.toMatchObject({
			code: 'cannot-open'
		});
	});

	it('refuses to seal to a key that is not on the curve', async () => {
		await expect(
			withoutWebCrypto(() => seal('p256.' + 'A'.repeat(87), 'x'))
		).rejects.toBeInstanceOf(IdentityError);
	});

	it('computes the same room code and fingerprint as Web Crypto', async () => {
		const key = await exportPublicKey((await generateSigningKeys()).publicKey);
		const withWeb = [await codeForKey(key), await keyFingerprint(key)];
		const without = await withoutWebCrypto(async () => [
			await codeForKey(key),
			await keyFingerprint(key)
		]);
		expect(without).toEqual(withWeb);
	});

	it('makes ids without randomUUID, as version-4 UUIDs', async () => {
		const ids = await withoutWebCrypto(async () => [randomId(), randomId()]);
		for (const id of ids)
			expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(ids[0]).not.toBe(ids[1]);
	});
});
