/** Where a participant's own answers live: the database, or this page's memory when storage is blocked. */

import { repo } from '$lib/db';
import { dexieOwnAnswers, memoryOwnAnswers, type OwnAnswers } from '$lib/db/participant';
import { storage } from './storage.svelte';

let memory: OwnAnswers | null = null;
let stored: OwnAnswers | null = null;

/** The store for this page: in memory once the storage check said the browser blocks IndexedDB. */
export function ownAnswers(): OwnAnswers {
	if (storage.status === 'unavailable') return (memory ??= memoryOwnAnswers());
	return (stored ??= dexieOwnAnswers(repo().db));
}
