import { describe, expect, it, vi } from 'vitest';
import { DB_NATIVE_VERSION } from './schema-version';
import { DatabaseReplacedError, openAppDatabase } from './index';
import { onDatabaseReplaced } from './replaced';

/** Dexie rejects each operation with its own error (`DatabaseClosedError`), keeping ours as `inner`. */
const REPLACED = { inner: expect.any(DatabaseReplacedError) };

let n = 0;
const freshName = () => `app-db-${++n}-${Math.random().toString(36).slice(2)}`;

/** Creates `name` at native `version` holding only a bare `workshops` store (raw IndexedDB). */
function createNative(name: string, version: number) {
	return new Promise<void>((resolve, reject) => {
		const request = indexedDB.open(name, version);
		request.onupgradeneeded = () =>
			request.result.createObjectStore('workshops', { keyPath: 'id' });
		request.onsuccess = () => (request.result.close(), resolve());
		request.onerror = () => reject(request.error);
	});
}

/** The stored native version and store names of `name`, read without changing anything. */
function inspect(name: string) {
	return new Promise<{ version: number; stores: string[] }>((resolve, reject) => {
		const request = indexedDB.open(name);
		request.onsuccess = () => {
			const db = request.result;
			resolve({ version: db.version, stores: [...db.objectStoreNames].sort() });
			db.close();
		};
		request.onerror = () => reject(request.error);
	});
}

describe('the app database and newer Convenes', () => {
	// First in this file: the "replaced" report is once per page, and later tests make it.
	it('a schema-3 database missing a store is patched by Dexie (native 31) and is not "newer"', async () => {
		const replaced = vi.fn();
		onDatabaseReplaced(replaced);
		const name = freshName();
		await createNative(name, DB_NATIVE_VERSION);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const db = openAppDatabase(name);
		await db.open();
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('SchemaDiff'));
		warn.mockRestore();
		expect(await db.workshops.count()).toBe(0);
		db.close();
		expect((await inspect(name)).version).toBe(DB_NATIVE_VERSION + 1);
		// Opened again (the next page load): still this Convene's schema.
		const again = openAppDatabase(name);
		await again.open();
		again.close();
		expect(replaced).not.toHaveBeenCalled();
	});

	it('a newer schema that dropped a store is refused before Dexie adds anything to it', async () => {
		const name = freshName();
		await createNative(name, DB_NATIVE_VERSION + 10);
		const before = await inspect(name);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const db = openAppDatabase(name);
		await expect(db.workshops.put({ id: 'w1' } as never)).rejects.toMatchObject(REPLACED);
		warn.mockRestore();
		expect(await inspect(name)).toEqual(before);
		const replaced = vi.fn();
		onDatabaseReplaced(replaced);
		expect(replaced).toHaveBeenCalledTimes(1);
	});

	it('a newer schema with every store this one knows: reads and writes reject, nothing is written', async () => {
		const name = freshName();
		// This version's full schema first, then a newer Convene bumps it (as `upgradeDatabaseElsewhere`).
		const current = openAppDatabase(name);
		await current.open();
		current.close();
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open(name, DB_NATIVE_VERSION + 10);
			request.onsuccess = () => (request.result.close(), resolve());
			request.onerror = () => reject(request.error);
		});
		const db = openAppDatabase(name);
		await expect(db.workshops.count()).rejects.toMatchObject(REPLACED);
		await expect(db.workshops.put({ id: 'w1' } as never)).rejects.toMatchObject(REPLACED);
		expect((await inspect(name)).version).toBe(DB_NATIVE_VERSION + 10);
	});
});
