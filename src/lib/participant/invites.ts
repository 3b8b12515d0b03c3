/**
 * The join invite a participant opened, remembered in this browser so that a reload (or coming back
 * the next day) resumes. It is kept exactly as it arrived, the encoded fragment string, in
 * `localStorage` under `convene:invite:<workshopId>`, and decoded and validated with `decodeInvite`
 * EVERY time it is read: storage can be edited by anyone with the laptop, so it is never trusted.
 * The participant's answers themselves live in the database (see `$lib/db/participant`).
 */

import { decodeInvite, encodeInvite, type JoinInvite } from '$lib/domain/participation';

const PREFIX = 'convene:invite:';

function storage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/** Remembers an invite (already validated by the caller). Storage being full or blocked is not fatal. */
export function rememberInvite(invite: JoinInvite): void {
	try {
		storage()?.setItem(PREFIX + invite.workshopId, encodeInvite(invite));
	} catch {
		// Private mode or a full disk: the page still works, only resuming after reload will not.
	}
}

/** The remembered invite for a workshop, re-validated; null when none or when it does not decode. */
export function recallInvite(workshopId: string): JoinInvite | null {
	const stored = storage()?.getItem(PREFIX + workshopId);
	if (!stored) return null;
	const result = decodeInvite(stored);
	return result.ok && result.value.workshopId === workshopId ? result.value : null;
}

/** Every remembered invite that still validates, for "continue where you left off". */
export function rememberedInvites(): JoinInvite[] {
	const s = storage();
	if (!s) return [];
	const out: JoinInvite[] = [];
	for (let i = 0; i < s.length; i++) {
		const key = s.key(i);
		if (!key?.startsWith(PREFIX)) continue;
		const invite = recallInvite(key.slice(PREFIX.length));
		if (invite) out.push(invite);
	}
	return out;
}
