/**
 * The facilitator removes a participant or restores them: the `removedAt` of their response, written
 * through the write-ahead journal (a closed tab cannot lose it) and the save status. A removed
 * participant's answers leave every result, tally, adoption and the plan, and stay stored.
 */

import { GoneError } from '$lib/domain/errors';
import { saveStatus } from './save-status.svelte';
import { performWrite } from './writes';

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
	const done = await saveStatus.track(async () => {
		try {
			await performWrite({
				kind: 'rowPatch',
				table: 'responses',
				workshopId,
				id: responseId,
				patch: { removedAt: removed ? now : null }
			});
			return true;
		} catch (e) {
			if (e instanceof GoneError) return false;
			throw e;
		}
	});
	return done ?? false;
}
