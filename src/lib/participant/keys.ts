/**
 * A participant's keys in this browser: one ECDSA key pair per workshop joined, made at join
 * and kept in the keys database (the private key cannot be exported). It signs every response the
 * participant hands in — file, link or live room — so the facilitator can pin it (see
 * `$lib/domain/signed-response`).
 */

import { participantKeysFor, type ParticipantKeys } from '$lib/db/keys';
import { exportPublicKey, generateParticipantKeys } from '$lib/domain/crypto';
import { makeResponseFile, type JoinInvite, type ResponseFile } from '$lib/domain/participation';
import type { ParticipantResponse } from '$lib/domain/types';
import { signResponseFile } from '$lib/domain/signed-response';

async function newKeys(): Promise<Omit<ParticipantKeys, 'workshopId'>> {
	const keys = await generateParticipantKeys();
	return { keys, publicKey: await exportPublicKey(keys.publicKey), createdAt: Date.now() };
}

/** Keys made while the browser's storage is blocked: they last this sitting (one page's life). */
const sittingKeys = new Map<string, Promise<ParticipantKeys>>();

/**
 * The participant's key pair for a workshop, made the first time. When the browser blocks storage
 * (a private window, a managed browser), the pair lives in memory for this sitting, so the
 * participant can still hand in signed answers, and hand in again with the same key.
 */
export async function participantIdentity(workshopId: string): Promise<ParticipantKeys> {
	try {
		return await participantKeysFor(workshopId, newKeys);
	} catch {
		let keys = sittingKeys.get(workshopId);
		if (!keys) {
			keys = newKeys().then((made) => ({ workshopId, ...made }));
			sittingKeys.set(workshopId, keys);
		}
		return keys;
	}
}

/** The response file signed with this browser's key for its workshop. */
export async function signOwnFile(file: ResponseFile): Promise<ResponseFile> {
	const { keys, publicKey } = await participantIdentity(file.workshopId);
	return signResponseFile(keys.privateKey, publicKey, file);
}

/**
 * A participant's stored answers as the response file they hand in (no name in an anonymous
 * workshop), signed with this browser's key for the workshop: the facilitator pins it (issue 13).
 */
export function signedResponse(
	row: ParticipantResponse,
	invite: JoinInvite
): Promise<ResponseFile> {
	const { workshopId: _own, ...response } = row;
	void _own;
	return signOwnFile(
		makeResponseFile(invite.workshopId, invite.anonymous ? { ...response, name: '' } : response)
	);
}
