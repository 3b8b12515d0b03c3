/**
 * The join invite a participant opened, remembered in this browser so that a reload (or coming back
 * the next day) resumes. It is kept exactly as it arrived, the encoded fragment string, in
 * `localStorage` under `convene:invite:<workshopId>`, and decoded and validated with `decodeInvite`
 * EVERY time it is read: storage can be edited by anyone with the laptop, so it is never trusted.
 * The participant's answers themselves live in the database (see `$lib/db/participant`).
 */

import { decodeInvite, encodeInvite, type JoinInvite } from '$lib/domain/participation';
import { keptKeys, readKept, writeKept } from '$lib/state/kept';

const PREFIX = 'convene:invite:';

/** Remembers an invite (already validated by the caller). Storage being full or blocked is not fatal. */
export function rememberInvite(invite: JoinInvite): void {
	// Private mode or a full disk (false): the page still works, only resuming after reload will not.
	writeKept(PREFIX + invite.workshopId, encodeInvite(invite));
}

/** The remembered invite for a workshop, re-validated; null when none or when it does not decode. */
export function recallInvite(workshopId: string): JoinInvite | null {
	return readKept(
		PREFIX + workshopId,
		(stored) => {
			const result = decodeInvite(stored);
			return result.ok && result.value.workshopId === workshopId ? result.value : undefined;
		},
		null
	);
}

/** Every remembered invite that still validates, for "continue where you left off". */
export function rememberedInvites(): JoinInvite[] {
	return keptKeys(PREFIX)
		.map(recallInvite)
		.filter((invite): invite is JoinInvite => invite !== null);
}
