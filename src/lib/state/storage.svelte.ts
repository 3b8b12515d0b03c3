/**
 * Whether this browser lets Convene store anything. Checked once at start-up by opening the database:
 * private windows and managed browsers can block IndexedDB, and then every page says so plainly
 * instead of showing "Saved" and "Loading…" for ever. A participant can still answer and hand in,
 * in memory, in one sitting (`own-answers.ts` gives the in-memory store then).
 */

import { probeDatabase } from '$lib/db/peek';

type StorageStatus = 'checking' | 'available' | 'unavailable';

/** How long opening the database may take before the browser is taken to be blocking it. */
const OPEN_TIMEOUT_MS = 8_000;

class StorageState {
	#status = $state<StorageStatus>('checking');
	#check: Promise<StorageStatus> | null = null;

	get status(): StorageStatus {
		return this.#status;
	}

	/**
	 * Opens the database once, without Dexie (`db/peek.ts`: the home page loads no Dexie until
	 * something is written); resolves to what the page can rely on. Never throws.
	 */
	check(): Promise<StorageStatus> {
		this.#check ??= (async () => {
			let timer: ReturnType<typeof setTimeout> | undefined;
			try {
				const timeout = new Promise<never>(
					(_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), OPEN_TIMEOUT_MS))
				);
				await Promise.race([probeDatabase(), timeout]);
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
