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
import { parseJson, readKept, writeKept } from './kept';

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
	/**
	 * Ticks (`on`) or unticks one value of a list field of a row (a person's roles, the questions a
	 * step asks), merged into what is stored in one transaction (Repository.toggleInList): two quick
	 * ticks both land, and a replay changes only that value. `order` is the list's canonical order.
	 */
	| {
			kind: 'toggle';
			table: RowTableName;
			workshopId: string;
			id: string;
			field: string;
			value: string;
			on: boolean;
			order?: string[];
			/** What the field holds while it is not set (a step's `asked`: every question). */
			whenAbsent?: string[];
	  }
	/** A participant's own answers (see `$lib/db/participant`): the same patch, in their own table. */
	| {
			kind: 'own';
			workshopId: string;
			id: string;
			patch: Record<string, unknown>;
			base: ParticipantResponse;
			into?: OwnRecordField;
			handedInAt?: number;
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
	const data = readKept(KEY, parseJson);
	return Array.isArray(data) ? (data as Entry[]) : [];
}

export function store(entries: Entry[]): void {
	// Storage full or unavailable (false): the IndexedDB write still runs; only the crash safety net
	// is missing.
	writeKept(KEY, entries.length === 0 ? null : JSON.stringify(entries));
}

/** What a write changes: its kind and thing (table, row, record field), or null when not comparable. */
function targetOf(write: PendingWrite): string | null {
	// The stored journal is not validated until replay (storage can be tampered with).
	if (typeof write !== 'object' || write === null) return null;
	switch (write.kind) {
		case 'workshop':
			return JSON.stringify(['workshop', write.id]);
		case 'row':
			return JSON.stringify(['row', write.table, write.row?.workshopId, write.row?.id]);
		case 'rowPatch':
			return JSON.stringify(['rowPatch', write.table, write.workshopId, write.id, write.into]);
		case 'own':
			return JSON.stringify(['own', write.workshopId, write.id, write.into]);
		case 'toggle':
			// The same value of the same list: the later tick or untick is the one that counts.
			return JSON.stringify([
				'toggle',
				write.table,
				write.workshopId,
				write.id,
				write.field,
				write.value
			]);
		default:
			return null;
	}
}

/**
 * Whether replaying `later` after `earlier` leaves nothing of `earlier`: the same thing, and every
 * field `earlier` sets set again (a whole row put again). A patch that may create its row (`base`) is
 * replaced only by one that may too.
 */
function supersedes(later: PendingWrite, earlier: PendingWrite): boolean {
	const target = targetOf(later);
	if (target === null || target !== targetOf(earlier)) return false;
	if (later.kind === 'row') return true;
	if (later.kind === 'rowPatch' && earlier.kind === 'rowPatch' && earlier.base && !later.base)
		return false;
	const fields = (w: PendingWrite) => Object.keys((w as { patch?: object }).patch ?? {});
	const again = new Set(fields(later));
	return fields(earlier).every((field) => again.has(field));
}

/**
 * Records a write before it is attempted; returns the key to remove it by. An entry this write
 * supersedes goes (its removal later is a no-op): a field whose writes keep failing (storage full, a
 * damaged profile) leaves one entry, its latest text, not one per keystroke until localStorage is
 * full and the latest ones no longer fit.
 */
export function journalAdd(write: PendingWrite): string {
	const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
	const kept = read().filter(
		(entry) => !supersedes(write, ((entry as Partial<Entry> | null)?.write ?? null) as PendingWrite)
	);
	store([...kept, { key, at: Date.now(), write }]);
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
