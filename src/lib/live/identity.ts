/**
 * A participant's identity in this browser: one ECDSA key pair per workshop joined, made at join
 * and kept in the keys database (the private key cannot be exported). It signs every response the
 * participant hands in — file, link or live room — so the facilitator can pin it (see
 * `$lib/domain/signed-response`).
 */

import { participantKeysFor, type ParticipantKeys } from '$lib/db/keys';
import { exportPublicKey, generateSigningKeys } from '$lib/domain/identity';
import type { ResponseFile } from '$lib/domain/participation';
import { signResponseFile } from '$lib/domain/signed-response';

/** The participant's key pair for a workshop, made the first time. */
export function participantIdentity(workshopId: string): Promise<ParticipantKeys> {
	return participantKeysFor(workshopId, async () => {
		const keys = await generateSigningKeys();
		return { keys, publicKey: await exportPublicKey(keys.publicKey), createdAt: Date.now() };
	});
}

/** The response file signed with this browser's key for its workshop. */
export async function signOwnFile(file: ResponseFile): Promise<ResponseFile> {
	const { keys, publicKey } = await participantIdentity(file.workshopId);
	return signResponseFile(keys.privateKey, publicKey, file);
}
