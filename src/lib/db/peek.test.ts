import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from './database';
import { DB_NATIVE_VERSION, DB_SCHEMA_VERSION } from './schema-version';
import { openExisting, peekWorkshops, probeDatabase } from './peek';
import { onDatabaseReplaced } from './replaced';
import { Repository } from './repository';

let n = 0;
const freshName = () => `peek-${++n}-${Math.random().toString(36).slice(2)}`;

/** Creates `name` at native `version` with a bare `workshops` store holding `rows`, as raw IndexedDB. */
function createNative(name: string, version: number, rows: object[]) {
	return new Promise<void>((resolve, reject) => {
		const request = indexedDB.open(name, version);
		request.onupgradeneeded = () =>
			request.result.createObjectStore('workshops', { keyPath: 'id' });
		request.onsuccess = () => {
			const db = request.result;
			const tx = db.transaction('workshops', 'readwrite');
			for (const row of rows) tx.objectStore('workshops').put(row);
			tx.oncomplete = () => (db.close(), resolve());
			tx.onerror = () => reject(tx.error);
		};
		request.onerror = () => reject(request.error);
	});
}

const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

describe('reading the workshop list without Dexie', () => {
	it('the schema version it expects is the one database.ts declares last', () => {
		expect(openDatabase(freshName()).verno).toBe(DB_SCHEMA_VERSION);
		expect(DB_NATIVE_VERSION).toBe(DB_SCHEMA_VERSION * 10);
	});

	it('no database yet: an empty list, and none is created by looking', async () => {
		const name = freshName();
		expect(await peekWorkshops(indexedDB, name)).toEqual({ kind: 'workshops', workshops: [] });
		await probeDatabase(indexedDB, name);
		expect(await exists(name)).toBe(false);
		// Dexie then creates it at its own version, as on a first visit.
		const db = openDatabase(name);
		await db.open();
		expect(db.backendDB().version).toBe(DB_NATIVE_VERSION);
		db.close();
	});

	it('lists what Dexie stored, in the repository’s order (newest first, ties by id)', async () => {
		const name = freshName();
		const repository = new Repository(openDatabase(name));
		const a = await repository.createWorkshop('blank', { title: 'A' });
		const b = await repository.createWorkshop('blank', { title: 'B' });
		const c = await repository.createWorkshop('blank', { title: 'C' });
		await repository.updateWorkshop(a.id, { title: 'A, edited' });
		// Two workshops saved in the same millisecond.
		await repository.db.workshops.update(c.id, { updatedAt: 5 });
		await repository.db.workshops.update(b.id, { updatedAt: 5 });
		const expected = await repository.listWorkshops();
		repository.db.close();
		const peek = await peekWorkshops(indexedDB, name);
		expect(peek).toEqual({ kind: 'workshops', workshops: expected });
		expect(expected.map((w) => w.title)[0]).toBe('A, edited');
	});

	it('a database from an older schema is left to Dexie to upgrade', async () => {
		const name = freshName();
		await createNative(name, 10, [{ id: 'w1', title: 'Old', updatedAt: 1 }]);
		expect(await peekWorkshops(indexedDB, name)).toEqual({ kind: 'upgrade' });
	});

	it('a newer schema (a newer Convene in another tab) is read, and reported as replacing this tab', async () => {
		const name = freshName();
		const row = { id: 'w1', title: 'From the future', updatedAt: 1 };
		await createNative(name, DB_NATIVE_VERSION + 10, [row]);
		const replaced = vi.fn();
		onDatabaseReplaced(replaced);
		expect(await peekWorkshops(indexedDB, name)).toEqual({ kind: 'workshops', workshops: [row] });
		expect(replaced).toHaveBeenCalledTimes(1);
	});

	it('a browser that blocks IndexedDB: the probe and the list reject with its error', async () => {
		const blocked = {
			open() {
				throw new DOMException('The user denied permission.', 'SecurityError');
			}
		} as unknown as IDBFactory;
		await expect(probeDatabase(blocked)).rejects.toThrow('denied');
		await expect(peekWorkshops(blocked)).rejects.toThrow('denied');
		await expect(openExisting(blocked)).rejects.toMatchObject({ name: 'SecurityError' });
	});

	it('its connection gives way when another tab upgrades', async () => {
		const name = freshName();
		await createNative(name, DB_NATIVE_VERSION, []);
		const db = (await openExisting(indexedDB, name))!;
		const upgraded = await new Promise<number>((resolve, reject) => {
			const request = indexedDB.open(name, DB_NATIVE_VERSION + 10);
			request.onblocked = () => reject(new Error('blocked by the peek connection'));
			request.onsuccess = () => (request.result.close(), resolve(request.result.version));
		});
		expect(upgraded).toBe(DB_NATIVE_VERSION + 10);
		db.close();
	});
});
