/**
 * Reading without Dexie. The home page shows the workshop list from plain IndexedDB, so Dexie
 * (~30 kB gzip) loads only when something is written or a workshop opens; the app shell checks that
 * the browser lets Convene store anything the same way. Nothing here writes, upgrades or creates:
 * a database that does not exist yet is left uncreated (Dexie creates it on the first write), and one
 * stored by an older schema is left to Dexie to upgrade.
 */

import type { Workshop } from '$lib/domain/types';
import { DB_NAME, DB_NATIVE_VERSION, isNewerSchema } from './schema-version';
import { databaseReplaced } from './replaced';

/**
 * What the list can be read from: `workshops`, newest first (as `Repository.listWorkshops`), or
 * `upgrade` when the stored schema is older than this app's and Dexie must upgrade it first.
 */
export type WorkshopPeek = { kind: 'workshops'; workshops: Workshop[] } | { kind: 'upgrade' };

/**
 * Opens the database at whatever version it has, or resolves `null` when there is none (the open is
 * cancelled, so none is created). The connection closes itself if another tab upgrades. A newer
 * schema than this app's (a newer Convene in another tab) is reported to `replaced.ts`. Rejects with
 * the browser's error when IndexedDB is blocked (private windows, managed browsers).
 */
export function openExisting(idb: IDBFactory = indexedDB, name = DB_NAME) {
	return new Promise<IDBDatabase | null>((resolve, reject) => {
		let created = false;
		const request = idb.open(name);
		request.onupgradeneeded = () => {
			// Only a database that did not exist gets here (no version was asked for): do not create it.
			created = true;
			request.transaction?.abort();
		};
		request.onerror = (event) => {
			if (!created) return reject(request.error);
			event.preventDefault();
			resolve(null);
		};
		request.onsuccess = () => {
			const db = request.result;
			db.onversionchange = () => db.close();
			if (isNewerSchema(db.version)) databaseReplaced();
			resolve(db);
		};
	});
}

/** Whether this browser lets Convene open its database; rejects with the browser's error if not. */
export async function probeDatabase(idb: IDBFactory = indexedDB, name = DB_NAME): Promise<void> {
	(await openExisting(idb, name))?.close();
}

/** The stored workshops, newest first, or `upgrade` (see `WorkshopPeek`). Rejects as `openExisting`. */
export async function peekWorkshops(
	idb: IDBFactory = indexedDB,
	name = DB_NAME
): Promise<WorkshopPeek> {
	const db = await openExisting(idb, name);
	if (!db) return { kind: 'workshops', workshops: [] };
	try {
		if (db.version < DB_NATIVE_VERSION || !db.objectStoreNames.contains('workshops'))
			return { kind: 'upgrade' };
		const workshops = await new Promise<Workshop[]>((resolve, reject) => {
			const all = db.transaction('workshops', 'readonly').objectStore('workshops').getAll();
			all.onsuccess = () => resolve(all.result as Workshop[]);
			all.onerror = () => reject(all.error);
		});
		return { kind: 'workshops', workshops: workshops.sort(newestFirst) };
	} finally {
		db.close();
	}
}

/** Dexie's `orderBy('updatedAt').reverse()`: by `updatedAt`, then by id, both descending. */
function newestFirst(a: Workshop, b: Workshop): number {
	if (a.updatedAt !== b.updatedAt) return b.updatedAt - a.updatedAt;
	return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
