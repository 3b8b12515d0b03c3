/** The facilitator's words for each refusal code of the live room (one literal key per code). */

import { m } from '$lib/paraglide/messages.js';
import type { RefusalCode } from '$lib/live/host';

const TEXT: Record<RefusalCode, () => string> = {
	'bad-slot': () => m.live_refusal_badSlot(),
	'not-text': () => m.live_refusal_notText(),
	'entry-too-big': () => m.live_refusal_entryTooBig(),
	'too-many-participants': () => m.live_refusal_tooManyParticipants(),
	'room-too-big': () => m.live_refusal_roomTooBig(),
	'room-locked': () => m.live_refusal_roomLocked(),
	unreadable: () => m.live_refusal_unreadable(),
	'bad-signature': () => m.live_refusal_badSignature(),
	stale: () => m.live_refusal_stale(),
	unsealed: () => m.live_refusal_unsealed(),
	'not-a-response': () => m.live_refusal_notAResponse(),
	unsigned: () => m.live_refusal_unsigned(),
	'slot-mismatch': () => m.live_refusal_slotMismatch(),
	'other-workshop': () => m.live_refusal_otherWorkshop(),
	'other-key': () => m.live_refusal_otherKey(),
	'bad-vote': () => m.live_refusal_badVote(),
	'bad-answer': () => m.live_refusal_badAnswer(),
	deleted: () => m.live_refusal_deleted(),
	impersonation: () => m.live_refusal_impersonation()
};

export const refusalText = (code: RefusalCode): string => TEXT[code]();
