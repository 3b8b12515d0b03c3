/**
 * Adopting the room's answer into the team's rows as the UI does it: the plan is computed in the
 * domain (`planAdoption`), written in one transaction through the save status (a failure is shown),
 * and undone the same way. Rows handed to IndexedDB are plain copies, never Svelte proxies.
 */

import { repo } from '$lib/db';
import { adoptRows, undoAdoption, type AdoptionUndo } from '$lib/db/adoption';
import type { AdoptedRow } from '$lib/domain/adoption';
import { saveStatus } from './save-status.svelte';
import { plainCopy } from './writes';

/** Writes the rows; resolves to what undo needs, or undefined when the write failed (shown). */
export function adoptRoomAnswer(
	workshopId: string,
	rows: readonly AdoptedRow[]
): Promise<AdoptionUndo | undefined> {
	return saveStatus.track(() => adoptRows(repo().db, workshopId, plainCopy(rows)));
}

export function undoRoomAnswer(undo: AdoptionUndo) {
	return saveStatus.track(() => undoAdoption(repo().db, undo));
}
