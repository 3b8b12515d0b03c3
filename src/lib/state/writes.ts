/** Applies a described write to the database, through the journal so that it survives a closed tab. */

import { repo } from '$lib/db';
import { GoneError } from '$lib/domain/errors';
import { journalAdd, journalRemove, type PendingWrite } from './journal';
import { ownAnswers } from './own-answers';
import { saveStatus } from './save-status.svelte';

function apply(write: PendingWrite): Promise<void> {
	if (write.kind === 'own') return ownAnswers().patch(write);
	if (write.kind === 'workshop') return repo().updateWorkshop(write.id, write.patch);
	if (write.kind === 'toggle')
		return repo().toggleInList(
			write.table,
			write.workshopId,
			write.id,
			write.field,
			write.value,
			write.on,
			write.order,
			write.whenAbsent
		);
	if (write.kind === 'rowPatch')
		return repo().patchRow(
			write.table,
			write.workshopId,
			write.id,
			write.patch,
			write.base,
			write.into
		);
	return repo().putRow(write.table, write.row as never);
}

/** Journals the write synchronously, then performs it; the journal entry goes once it has landed. */
export async function performWrite(write: PendingWrite): Promise<void> {
	const key = journalAdd(write);
	await apply(write);
	journalRemove(key);
}

/**
 * A deep copy of a JSON value (a row, a write), never a Svelte proxy: what IndexedDB and the journal
 * are given. Fields holding undefined are left out, as in a written file.
 */
export const plainCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The one way the UI saves: a plain copy of `write` (never a Svelte proxy: IndexedDB clones it),
 * journaled synchronously (so a tab closed right after the call still has it), performed, and
 * tracked by the save status (a failure shows "Not saved" and the write stays in the journal).
 * Resolves to true once the write has landed, false when it failed (never rejects).
 */
export async function save(write: PendingWrite): Promise<boolean> {
	return (await saveOrGone(write)) === 'saved';
}

/**
 * `save`, telling apart a write whose row was removed meanwhile (another window deleted it: the
 * repository's `GoneError` 'item-gone', not shown as a failed save) from one that failed.
 * Resolves to 'saved', 'gone' or 'failed' (never rejects).
 */
export async function saveOrGone(write: PendingWrite): Promise<'saved' | 'gone' | 'failed'> {
	const copy = plainCopy(write);
	const outcome = await saveStatus.track(async (): Promise<'saved' | 'gone'> => {
		try {
			await performWrite(copy);
			return 'saved';
		} catch (e) {
			if (e instanceof GoneError && e.code === 'item-gone') return 'gone';
			throw e;
		}
	});
	return outcome ?? 'failed';
}

/**
 * Replays writes a closed or crashed page left unconfirmed. Returns how many were applied. A write
 * whose workshop or row was deleted since (`GoneError`) is dropped; any other failure (storage
 * full, a newer Convene owns the database) puts that write and the rest back in the journal for the
 * next start, and rejects with the error (the save status shows it).
 */
export async function replayJournal(): Promise<number> {
	// (`journal.ts › replayPendingWrites` calls this only when the journal holds something.)
	const { journalTake } = await import('./journal-replay');
	const writes = journalTake();
	let applied = 0;
	for (const [i, write] of writes.entries()) {
		try {
			await apply(write);
			applied++;
		} catch (e) {
			if (e instanceof GoneError) continue;
			for (const rest of writes.slice(i)) journalAdd(rest);
			throw e;
		}
	}
	return applied;
}

export type { PendingWrite };
