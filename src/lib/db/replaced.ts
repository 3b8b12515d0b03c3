/**
 * "Convene was updated in another tab": a newer schema took over the database, so this tab must stop
 * writing. Kept apart from Dexie so the app shell can listen without loading it; `index.ts` (when
 * Dexie is open) and `peek.ts` (before it loads) report it here.
 */

let listener: (() => void) | null = null;
let replaced = false;

/** `handler` runs once when the database is found replaced (at once if it already was). */
export function onDatabaseReplaced(handler: () => void): void {
	listener = handler;
	if (replaced) handler();
}

/** Reports that a newer schema owns the database; the listener runs once. */
export function databaseReplaced(): void {
	if (replaced) return;
	replaced = true;
	listener?.();
}
