/**
 * Signed responses: one participant identity for files, links and the live room.
 *
 * A participant signs the canonical JSON of their response file (without its `signature` field,
 * with `response.signer` set to their public key). The facilitator pins the first key seen per
 * response id (the stored row's `signer`) and refuses, with a reason (`bad-signature`, `other-key`,
 * `unsigned-pinned`: `DocumentProblem` codes), a response for that id that is unsigned or signed by
 * another key. Replaying a participant's own response stays harmless: the
 * same content under a newer revision is "unchanged", never a write. Pure (Web Crypto only).
 */

import {
	canonicalJson,
	signValue,
	verifySignature,
	type PublicKeyText,
	type SigningPrivateKey
} from './crypto';
import { planMerge, type MergePlan, type ResponseFile } from './participation';
import { fail, ok, type Result } from './safe-json';
import type { ParticipantResponse, VoteRound } from './types';
import { checkVotes } from './votes';
import { checkAnswers } from './asked';

type SignatureCheck = 'valid' | 'unsigned' | 'bad-signature';

/** What a signature covers: the file with the signer's key in it and without the signature. */
function signedPart(file: ResponseFile): Omit<ResponseFile, 'signature'> {
	const { signature: _signature, ...rest } = file;
	return rest;
}

/**
 * Signs a response file with a participant's key pair: returns a copy with `response.signer` and
 * `signature` set. `publicKey` must be the public half of `privateKey` (as text).
 */
export async function signResponseFile(
	privateKey: SigningPrivateKey,
	publicKey: PublicKeyText,
	file: ResponseFile
): Promise<ResponseFile> {
	const unsigned = signedPart({ ...file, response: { ...file.response, signer: publicKey } });
	return { ...unsigned, signature: await signValue(privateKey, unsigned) };
}

/** Whether a (validated) response file carries a valid signature by its own `response.signer`. */
export async function checkSignature(file: ResponseFile): Promise<SignatureCheck> {
	const signer = file.response.signer;
	if (!signer && !file.signature) return 'unsigned';
	if (!signer || !file.signature) return 'bad-signature';
	return (await verifySignature(signer, signedPart(file), file.signature))
		? 'valid'
		: 'bad-signature';
}

export interface IncomingResponse {
	source: string;
	file: Result<ResponseFile>;
}

/** Checks every signature of a batch; a response whose signature fails becomes a `bad-signature` refusal. */
export async function verifyIncoming(
	incoming: readonly IncomingResponse[]
): Promise<IncomingResponse[]> {
	return Promise.all(
		incoming.map(async (item) => {
			if (!item.file.ok) return item;
			const check = await checkSignature(item.file.value);
			return check === 'bad-signature'
				? { source: item.source, file: fail<ResponseFile>({ code: 'bad-signature' }) }
				: item;
		})
	);
}

/** Two responses with the same answers (revision and hand-in time aside). */
function sameContent(
	a: Omit<ParticipantResponse, 'workshopId'>,
	b: Omit<ParticipantResponse, 'workshopId'>
): boolean {
	const strip = (r: Omit<ParticipantResponse, 'workshopId'>) => ({
		...r,
		revision: 0,
		submittedAt: 0,
		workshopId: undefined
	});
	return canonicalJson(strip(a)) === canonicalJson(strip(b));
}

interface SignedMergeOptions {
	/** Drop names (an anonymous workshop keeps none, whatever a client sends). */
	anonymous?: boolean;
	/**
	 * The workshop's dot votes: a response whose dots break one (`checkVotes`) is refused whole. None
	 * given = no vote is open, so any dots are refused.
	 */
	voteRounds?: readonly Pick<VoteRound, 'id' | 'dots' | 'itemIds'>[];
}

/**
 * `planMerge` with the signature rules, for a batch whose signatures were checked by
 * `verifyIncoming`. Pinning: the signer of the stored row (or of an earlier response of the same
 * batch) is the only key accepted for that id; unsigned responses are accepted only for ids that
 * were never signed. A response with dots that break a vote (`VoteProblem`) or answers the seed
 * does not ask (`AnswerProblem`: an unknown question or shift, a rating outside 1–5) is refused whole. A newer revision with the same answers is "unchanged" (nothing written), so
 * handing in the same answers again — by file after the live room, say — changes nothing.
 */
export function planSignedMerge(
	workshopId: string,
	existing: readonly ParticipantResponse[],
	incoming: readonly IncomingResponse[],
	options: SignedMergeOptions = {}
): MergePlan {
	const stored = new Map(existing.map((r) => [r.id, r]));
	const pins = new Map(existing.filter((r) => r.signer).map((r) => [r.id, r.signer as string]));
	const prepared = incoming.map(({ source, file }): IncomingResponse => {
		if (!file.ok || file.value.workshopId !== workshopId) return { source, file };
		let response = file.value.response;
		if (options.anonymous && response.name !== '') response = { ...response, name: '' };
		const pin = pins.get(response.id);
		if (pin && response.signer !== pin) {
			return {
				source,
				file: fail({ code: response.signer ? 'other-key' : 'unsigned-pinned' })
			};
		}
		const voteProblem = checkVotes(response.votes, options.voteRounds ?? []);
		if (voteProblem) return { source, file: fail(voteProblem) };
		// Answers only to the seed's questions, momentum ratings 1–5 of its shifts (asked.ts).
		const answerProblem = checkAnswers(response);
		if (answerProblem) return { source, file: fail(answerProblem) };
		if (!pin && response.signer) pins.set(response.id, response.signer);
		const known = stored.get(response.id);
		// Removal is the facilitator's: a participant's file cannot set or clear it.
		if (response.removedAt !== undefined || known?.removedAt != null) {
			const { removedAt: _sent, ...rest } = response;
			void _sent;
			response = known?.removedAt != null ? { ...rest, removedAt: known.removedAt } : rest;
		}
		// The same answers again under a newer revision: shown as already here, nothing to write.
		if (known && response.revision > known.revision && sameContent(response, known)) {
			response = { ...response, revision: known.revision, submittedAt: known.submittedAt };
		}
		return { source, file: ok({ ...file.value, response }) };
	});
	return planMerge(workshopId, existing, prepared);
}
