/**
 * The facilitator removes a participant or restores them: the `removedAt` of their response, written
 * through the write-ahead journal (a closed tab cannot lose it) and the save status. A removed
 * participant's answers leave every result, tally, adoption and the plan, and stay stored.
 */

import { saveOrGone } from './writes';

/**
 * Removes (`removed`) or restores one participant of a workshop. Resolves to false when their
 * response is gone (deleted in another window), true once written.
 */
export async function setParticipantRemoved(
	workshopId: string,
	responseId: string,
	removed: boolean,
	now = Date.now()
): Promise<boolean> {
	const outcome = await saveOrGone({
		kind: 'rowPatch',
		table: 'responses',
		workshopId,
		id: responseId,
		patch: { removedAt: removed ? now : null }
	});
	return outcome === 'saved';
}
