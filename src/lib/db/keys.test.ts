import { describe, expect, it } from 'vitest';
import {
	exportPublicKey,
	generateSigningKeys,
	signValue,
	verifySignature
} from '$lib/domain/crypto';
import { forgetRoom, participantKeysFor, roomFor } from './keys';

describe('keys database', () => {
	it('makes one participant key pair per workshop, keeps it, and its stored private key still signs', async () => {
		const create = async () => {
			const keys = await generateSigningKeys();
			return { keys, publicKey: await exportPublicKey(keys.publicKey), createdAt: 1 };
		};
		const [a, b] = await Promise.all([
			participantKeysFor('w-1', create),
			participantKeysFor('w-1', create)
		]);
		expect(b.publicKey).toBe(a.publicKey);
		const again = await participantKeysFor('w-1', create);
		expect(again.publicKey).toBe(a.publicKey);
		const signature = await signValue(again.keys.privateKey, { answer: 42 });
		expect(await verifySignature(a.publicKey, { answer: 42 }, signature)).toBe(true);
		expect((again.keys.privateKey as CryptoKey).extractable).toBe(false);
		expect((await participantKeysFor('w-2', create)).publicKey).not.toBe(a.publicKey);
	});

	it('has no room for a workshop that never opened one, and forgets one on close', async () => {
		expect(await roomFor('w-none')).toBeUndefined();
		await forgetRoom('w-none');
		expect(await roomFor('w-none')).toBeUndefined();
	});
});
