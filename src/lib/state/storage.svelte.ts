/**
 * Whether this browser lets Convene store anything. Checked once at start-up by opening the database:
 * private windows and managed browsers can block IndexedDB, and then every page says so plainly
 * instead of showing "Saved" and "Loading…" for ever. A participant can still answer and hand in,
 * in memory, in one sitting (`ownAnswers` gives the in-memory store then).
 */

import { repo } from '$lib/db';
import { dexieOwnAnswers, memoryOwnAnswers, type OwnAnswers } from '$lib/db/participant';

type StorageStatus = 'checking' | 'available' | 'unavailable';

/** How long opening the database may take before the browser is taken to be blocking it. */
const OPEN_TIMEOUT_MS = 8_000;

class StorageState {
	#status = $state<StorageStatus>('checking');
	#check: Promise<StorageStatus> | null = null;

	get status(): StorageStatus {
		return this.#status;
	}

	/** Opens the database once; resolves to what the page can rely on. Never throws. */
	check(): Promise<StorageStatus> {
		this.#check ??= (async () => {
			let timer: ReturnType<typeof setTimeout> | undefined;
			try {
				const timeout = new Promise<never>(
					(_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), OPEN_TIMEOUT_MS))
				);
				await Promise.race([repo().db.open(), timeout]);
				this.#status = 'available';
			} catch (e) {
				console.error('Convene: this browser does not let Convene store data', e);
				this.#status = 'unavailable';
			} finally {
				clearTimeout(timer);
			}
			return this.#status;
		})();
		return this.#check;
	}
}

export const storage = new StorageState();

let memory: OwnAnswers | null = null;
let stored: OwnAnswers | null = null;

/** Where a participant's own answers live: the database, or this page's memory when storage is blocked. */
export function ownAnswers(): OwnAnswers {
	if (storage.status === 'unavailable') return (memory ??= memoryOwnAnswers());
	return (stored ??= dexieOwnAnswers(repo().db));
}
