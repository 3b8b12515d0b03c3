/**
 * Snapshots of a workshop, for monitoring over time. A snapshot freezes the workshop's content as it
 * is now; it is never edited, only taken, deleted and (undo) put back.
 */

import { bundleToContent, FileLimitError, snapshotFits } from '$lib/domain/file-format';
import type { Snapshot } from '$lib/domain/types';
import { ROW_TABLE_NAMES } from '$lib/domain/tables';
import type { Repository } from './repository';
import { GoneError } from '$lib/domain/errors';

interface SnapshotOptions {
	now?: () => number;
	newId?: () => string;
	/** The largest file the workshop may export to, in bytes (tests lower it). */
	maxFileBytes?: number;
}

/**
 * Freezes the workshop's current content under `label`. The read and the write share one transaction,
 * so the snapshot is exactly what was stored at that moment (an edit in another tab waits or goes first).
 * Throws `FileLimitError` when the workshop's file would grow past what Convene imports, and
 * `GoneError('workshop-gone')` when the workshop no longer exists.
 */
export async function takeSnapshot(
	repo: Repository,
	workshopId: string,
	label: string,
	{ now = () => Date.now(), newId = () => crypto.randomUUID(), maxFileBytes }: SnapshotOptions = {}
): Promise<Snapshot> {
	const { db } = repo;
	return db.transaction('rw', [db.workshops, ...ROW_TABLE_NAMES.map((t) => db[t])], async () => {
		const bundle = await repo.loadBundle(workshopId);
		if (!bundle) throw new GoneError('workshop-gone');
		const takenAt = now();
		const snapshot: Snapshot = {
			workshopId,
			id: `snapshot-${newId()}`,
			label: label.trim().slice(0, 500),
			takenAt,
			content: bundleToContent(bundle)
		};
		// Each snapshot is a full copy: refuse one that would make the workshop's file unimportable.
		const room = snapshotFits(bundle, snapshot, maxFileBytes);
		if (!room.fits) throw new FileLimitError(room.size, room.limit);
		await db.snapshots.add(snapshot);
		await db.workshops.update(workshopId, { updatedAt: takenAt });
		return snapshot;
	});
}

/** Deletes one snapshot and returns it, so that the UI can offer undo. */
export async function deleteSnapshot(
	repo: Repository,
	workshopId: string,
	id: string
): Promise<Snapshot | undefined> {
	const { db } = repo;
	return db.transaction('rw', db.workshops, db.snapshots, async () => {
		const snapshot = await db.snapshots.get([workshopId, id]);
		if (!snapshot) return undefined;
		await db.snapshots.delete([workshopId, id]);
		await db.workshops.update(workshopId, { updatedAt: Date.now() });
		return snapshot;
	});
}

/**
 * Puts a deleted snapshot back (undo), unless its workshop has been deleted meanwhile (then throws
 * `GoneError('workshop-gone')`).
 */
export async function restoreSnapshot(repo: Repository, snapshot: Snapshot): Promise<void> {
	const { db } = repo;
	await db.transaction('rw', db.workshops, db.snapshots, async () => {
		if (!(await db.workshops.get(snapshot.workshopId))) throw new GoneError('workshop-gone');
		await db.snapshots.put(snapshot);
		await db.workshops.update(snapshot.workshopId, { updatedAt: Date.now() });
	});
}
