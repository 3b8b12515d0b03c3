/**
 * A write-ahead journal for edits, in localStorage. IndexedDB writes are asynchronous: when a tab is
 * closed or reloaded right after a keystroke, a write that has not been issued yet is lost. Each
 * write is first recorded here synchronously, removed once IndexedDB confirms it, and anything left
 * over is replayed when Convene next starts. Entries are validated before replay.
 */

import type { RowTableName } from '$lib/domain/tables';
import type { OwnRecordField } from '$lib/db/participant';
import type { WorkshopPatch } from '$lib/db/repository';
import type { ParticipantResponse } from '$lib/domain/types';

export type PendingWrite =
	| { kind: 'workshop'; id: string; patch: WorkshopPatch }
	| { kind: 'row'; table: RowTableName; row: { workshopId: string; id: string } }
	/**
	 * Changes some fields of a row (read-modify-write in one transaction: no stale overwrite), creating
	 * it from `base` when it does not exist yet. Replaying it later never resets the other fields.
	 */
	| {
			kind: 'rowPatch';
			table: RowTableName;
			workshopId: string;
			id: string;
			patch: Record<string, unknown>;
			base?: Record<string, unknown>;
			/** The patch changes fields inside this object-valued field (see Repository.patchRow). */
			into?: string;
	  }
	/** A participant's own answers (see `$lib/db/participant`): the same patch, in their own table. */
	| {
			kind: 'own';
			workshopId: string;
			id: string;
			patch: Record<string, unknown>;
			base: ParticipantResponse;
			into?: OwnRecordField;
	  };

const KEY = 'convene:journal';
/** Entries older than this are stale (their tab long gone); they are dropped, not replayed. */
export const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

interface Entry {
	key: string;
	at: number;
	write: PendingWrite;
}

export function read(): Entry[] {
	try {
		const raw = localStorage.getItem(KEY);
		const data: unknown = raw ? JSON.parse(raw) : [];
		return Array.isArray(data) ? (data as Entry[]) : [];
	} catch {
		return [];
	}
}

export function store(entries: Entry[]): void {
	try {
		if (entries.length === 0) localStorage.removeItem(KEY);
		else localStorage.setItem(KEY, JSON.stringify(entries));
	} catch {
		// Storage full or unavailable: the IndexedDB write still runs; only the crash safety net is missing.
	}
}

/** Records a write before it is attempted; returns the key to remove it by. */
export function journalAdd(write: PendingWrite): string {
	const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
	store([...read(), { key, at: Date.now(), write }]);
	return key;
}

export function journalRemove(key: string): void {
	const entries = read();
	const rest = entries.filter((e) => e.key !== key);
	if (rest.length !== entries.length) store(rest);
}

/**
 * Replays what a closed or crashed page left unconfirmed (`writes.ts › replayJournal`); resolves to
 * how many writes were applied. Nearly always there is nothing, and then the database, the validating
 * replay and its schemas are not loaded at all (the home page stays free of Dexie).
 */
export async function replayPendingWrites(): Promise<number> {
	if (read().length === 0) return 0;
	const { replayJournal } = await import('./writes');
	return replayJournal();
}
