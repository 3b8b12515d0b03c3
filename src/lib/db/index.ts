/**
 * The app's database and repository, opened once per page on first use. Importing this module loads
 * Dexie: the home page and the app shell read through `peek.ts` instead, and import this only to
 * write, to upgrade an older database, or ahead of a write (docs/contributing.md › What the home
 * page loads).
 */

import type { ConveneDb } from './database';
import { openDatabase } from './database';
import { DB_NAME, isNewerSchema } from './schema-version';
import { databaseReplaced } from './replaced';
import { Repository } from './repository';

let repository: Repository | null = null;

/** Thrown by every read and write once a newer Convene owns the database (this tab must reload). */
export class DatabaseReplacedError extends Error {
	constructor() {
		super('database-replaced');
		this.name = 'DatabaseReplacedError';
	}
}

/**
 * `idb`, except that opening at a newer schema's version throws `DatabaseReplacedError`. Dexie asks
 * for such a version when it meets a stored schema that differs from its own ("schema patch": it
 * adds what it misses at the next version); on a newer Convene's database that would re-create this
 * version's stores inside it and take it over. Opening without a version (to read what is there)
 * stays allowed; the `ready` check below refuses the rest.
 */
function refusingNewerSchemas(idb: IDBFactory): IDBFactory {
	return new Proxy(idb, {
		get(target, key) {
			if (key === 'open')
				return (name: string, version?: number) => {
					if (version !== undefined && isNewerSchema(version)) {
						databaseReplaced();
						throw new DatabaseReplacedError();
					}
					return target.open(name, version);
				};
			const value: unknown = Reflect.get(target, key, target);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

/**
 * The app's Dexie database `name`, guarded against newer Convenes: one in another tab upgrading it
 * closes this connection (`versionchange`), and one that already had, before this page opened
 * Dexie (the home page reads without it), makes every read and write reject with
 * `DatabaseReplacedError` without anything written. Both are reported to `replaced.ts`.
 */
export function openAppDatabase(name = DB_NAME): ConveneDb {
	const db = openDatabase(name, refusingNewerSchemas(indexedDB));
	db.on('versionchange', () => {
		db.close();
		databaseReplaced();
		return false;
	});
	// Sticky: Dexie re-opens by itself after the browser closes a connection, and checks again.
	db.on(
		'ready',
		(vip) => {
			if (!isNewerSchema(vip.backendDB().version)) return;
			databaseReplaced();
			throw new DatabaseReplacedError();
		},
		true
	);
	return db;
}

export function repo(): Repository {
	repository ??= new Repository(openAppDatabase());
	return repository;
}

export { liveQuery } from 'dexie';
