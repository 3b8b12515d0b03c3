/**
 * The app's database and repository, opened once per page on first use. Importing this module loads
 * Dexie: the home page and the app shell read through `peek.ts` instead, and import this only when
 * something is written (docs/contributing.md › What the home page loads).
 */

import { openDatabase } from './database';
import { DB_NATIVE_VERSION } from './identity';
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

export function repo(): Repository {
	if (repository) return repository;
	const db = openDatabase();
	// Another tab opens a newer schema: this tab stops writing (`replaced.ts` tells the app shell).
	db.on('versionchange', () => {
		db.close();
		databaseReplaced();
		return false;
	});
	// Or it already had, before this page opened Dexie (the home page reads without it): Dexie would
	// open the newer database anyway, so nothing may run on it.
	db.on('ready', (vip) => {
		if (vip.backendDB().version <= DB_NATIVE_VERSION) return;
		databaseReplaced();
		throw new DatabaseReplacedError();
	});
	repository = new Repository(db);
	return repository;
}

export { liveQuery } from 'dexie';
