/** The facilitator's words for each refusal code of the live room (one literal key per code). */

import { t } from '$lib/i18n/messages';
import type { RefusalCode } from './host';

const TEXT: Record<RefusalCode, () => string> = {
	'bad-slot': () => t('live.refusal.badSlot'),
	'not-text': () => t('live.refusal.notText'),
	'entry-too-big': () => t('live.refusal.entryTooBig'),
	'too-many-participants': () => t('live.refusal.tooManyParticipants'),
	'room-too-big': () => t('live.refusal.roomTooBig'),
	unreadable: () => t('live.refusal.unreadable'),
	'bad-signature': () => t('live.refusal.badSignature'),
	stale: () => t('live.refusal.stale'),
	unsealed: () => t('live.refusal.unsealed'),
	'not-a-response': () => t('live.refusal.notAResponse'),
	unsigned: () => t('live.refusal.unsigned'),
	'slot-mismatch': () => t('live.refusal.slotMismatch'),
	'other-workshop': () => t('live.refusal.otherWorkshop'),
	'other-key': () => t('live.refusal.otherKey'),
	deleted: () => t('live.refusal.deleted'),
	impersonation: () => t('live.refusal.impersonation')
};

export const refusalText = (code: RefusalCode): string => TEXT[code]();
