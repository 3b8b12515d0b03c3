/** The app's database and repository, opened once per page on first use. */

import { openDatabase, type ConveneDb } from './database';
import { Repository } from './repository';

let repository: Repository | null = null;

export function repo(): Repository {
	repository ??= new Repository(openDatabase());
	return repository;
}

/** Called when another tab opens a newer schema: this tab must stop writing. */
export function onDatabaseReplaced(handler: () => void): void {
	const db: ConveneDb = repo().db;
	db.on('versionchange', () => {
		db.close();
		handler();
		return false;
	});
}

export { liveQuery } from 'dexie';
