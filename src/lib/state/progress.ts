/**
 * Monitoring over time as the UI uses it: snapshots (take, delete, undo), each through the save
 * status. (The partner fields the progress page edits, relationship phase and status decision, are
 * written by `./partners`, their one owner.)
 */

import { repo } from '$lib/db';
import {
	deleteSnapshot as deleteStored,
	restoreSnapshot as restoreStored,
	takeSnapshot as takeStored
} from '$lib/db/snapshots';
import { FileLimitError } from '$lib/domain/file-format';
import type { Snapshot } from '$lib/domain/types';
import { saveStatus } from './save-status.svelte';

/** Takes a snapshot; a `FileLimitError` (the file would grow too large to import) is returned, not shown as a failed save. */
export function takeSnapshot(
	workshopId: string,
	label: string
): Promise<Snapshot | FileLimitError | undefined> {
	return saveStatus.track(async () => {
		try {
			return await takeStored(repo(), workshopId, label);
		} catch (e) {
			if (e instanceof FileLimitError) return e;
			throw e;
		}
	});
}

export function deleteSnapshot(workshopId: string, id: string) {
	return saveStatus.track(() => deleteStored(repo(), workshopId, id));
}

export function restoreSnapshot(snapshot: Snapshot) {
	return saveStatus.track(() => restoreStored(repo(), snapshot));
}
