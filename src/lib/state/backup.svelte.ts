/**
 * When each workshop was last exported as a file, so the app can remind teams to back up (browsers
 * may evict IndexedDB). Kept in localStorage per browser — it describes this browser's copy, not the
 * workshop — and validated on read.
 */

import { readKept, writeKept } from './kept';

const key = (workshopId: string) => `convene:backup:${workshopId}`;
const instant = (raw: string) => {
	const n = Number(raw);
	return Number.isFinite(n) && n > 0 ? n : undefined;
};

class BackupLog {
	/** Bumped on every change, so components that read `lastBackup` re-render. */
	#version = $state(0);

	lastBackup(workshopId: string): number | null {
		void this.#version;
		return readKept(key(workshopId), instant, null);
	}

	markBackedUp(workshopId: string, at = Date.now()): void {
		// Storage full (false): the reminder stays, which is the safe side.
		writeKept(key(workshopId), String(at));
		this.#version++;
	}
}

export const backupLog = new BackupLog();

type BackupState = 'never' | 'stale' | 'current';

/** Whether the workshop has changed since its last export. */
export function backupState(lastBackup: number | null, updatedAt: number): BackupState {
	if (lastBackup === null) return 'never';
	return updatedAt > lastBackup ? 'stale' : 'current';
}
