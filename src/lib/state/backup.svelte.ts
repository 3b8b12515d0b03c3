/**
 * When each workshop was last exported as a file, so the app can remind teams to back up (browsers
 * may evict IndexedDB). Kept in localStorage per browser — it describes this browser's copy, not the
 * workshop — and validated on read.
 */

const key = (workshopId: string) => `convene:backup:${workshopId}`;

class BackupLog {
	/** Bumped on every change, so components that read `lastBackup` re-render. */
	#version = $state(0);

	lastBackup(workshopId: string): number | null {
		void this.#version;
		try {
			const n = Number(localStorage.getItem(key(workshopId)));
			return Number.isFinite(n) && n > 0 ? n : null;
		} catch {
			return null;
		}
	}

	markBackedUp(workshopId: string, at = Date.now()): void {
		try {
			localStorage.setItem(key(workshopId), String(at));
		} catch {
			// Storage full: the reminder stays, which is the safe side.
		}
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
