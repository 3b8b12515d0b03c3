/**
 * A participant's own answers, kept in this browser until handed in: one `ParticipantResponse` row per
 * invite in the `ownResponses` table (schema 2), keyed by the invite's workshop id. That table is in
 * no workshop bundle, file, import or export, so nothing a file carries can reach it (schema 1 filed
 * the row under the workshop id `join:<workshopId>` in `responses`, where an imported workshop with
 * that id replaced it). Every change is a patch read and written in one transaction, creating the row
 * from `base` on the first edit, so quick edits of two fields never overwrite each other.
 *
 * `OwnAnswers` is the store's interface; `dexieOwnAnswers` keeps rows in the database and
 * `memoryOwnAnswers` in this page only, for browsers that block storage (see `state/storage`).
 */

import { liveQuery, type Observable } from 'dexie';
import type { ParticipantResponse } from '$lib/domain/types';
import type { ConveneDb } from './database';

/** The fields of a participant's answers that are records of entries (an answer per question, …). */
export type OwnRecordField = 'answers' | 'rubric' | 'pitfalls' | 'momentum' | 'votes';

/** A change to a participant's answers: top-level fields, or entries inside one record field. */
export interface OwnPatch {
	workshopId: string;
	id: string;
	patch: Record<string, unknown>;
	/** The row as the form last saw it: created from this when nothing is stored yet. */
	base: ParticipantResponse;
	into?: OwnRecordField;
	/**
	 * Set while answering in a live room: the same write also hands in (the revision goes up by one,
	 * the time to at least this), so every change streamed is a new revision, with no second write.
	 */
	handedInAt?: number;
}

export interface OwnAnswers {
	/** The stored answers for a workshop: undefined while loading, null before the first change. */
	watch(workshopId: string): Observable<ParticipantResponse | null>;
	load(workshopId: string): Promise<ParticipantResponse | undefined>;
	patch(change: OwnPatch): Promise<void>;
	/** Hands in: bumps the revision and time in one read-modify-write; returns the row as handed in. */
	markHandedIn(base: ParticipantResponse, now: number): Promise<ParticipantResponse>;
}

/** An empty response (revision 0: not handed in yet). */
export function blankResponse(workshopId: string, id: string): ParticipantResponse {
	return {
		workshopId,
		id,
		name: '',
		revision: 0,
		submittedAt: 0,
		answers: {},
		phase: null,
		phaseReason: '',
		rubric: {},
		pitfalls: {},
		suggestedPartners: []
	};
}

const handedIn = (stored: ParticipantResponse, now: number): ParticipantResponse => ({
	...stored,
	revision: stored.revision + 1,
	submittedAt: Math.max(now, stored.submittedAt + 1)
});

/** The row after `change`, given what is stored (pure: both stores use it). */
function patched(stored: ParticipantResponse | undefined, change: OwnPatch): ParticipantResponse {
	const current = stored ?? change.base;
	const fields = change.into
		? { [change.into]: { ...current[change.into], ...change.patch } }
		: change.patch;
	const row = { ...current, ...fields, workshopId: change.workshopId, id: change.id };
	return change.handedInAt === undefined ? row : handedIn(row, change.handedInAt);
}

const first = <T>(rows: T[]): T | undefined =>
	[...rows].sort((a, b) =>
		String((a as { id: string }).id).localeCompare((b as { id: string }).id)
	)[0];

/** Own answers in this browser's database. */
export function dexieOwnAnswers(db: ConveneDb): OwnAnswers {
	const load = async (workshopId: string) =>
		first(await db.ownResponses.where('workshopId').equals(workshopId).toArray());
	return {
		watch: (workshopId) => liveQuery(async () => (await load(workshopId)) ?? null),
		load,
		async patch(change) {
			await db.transaction('rw', db.ownResponses, async () => {
				const stored = await db.ownResponses.get([change.workshopId, change.id]);
				await db.ownResponses.put(patched(stored, change));
			});
		},
		markHandedIn(base, now) {
			return db.transaction('rw', db.ownResponses, async () => {
				const row = handedIn((await db.ownResponses.get([base.workshopId, base.id])) ?? base, now);
				await db.ownResponses.put(row);
				return row;
			});
		}
	};
}

/** Own answers held in this page only (storage blocked): they last until the tab closes. */
export function memoryOwnAnswers(): OwnAnswers {
	const rows = new Map<string, ParticipantResponse>();
	const watchers = new Map<string, Set<(row: ParticipantResponse | null) => void>>();
	const keyOf = (workshopId: string, id: string) => JSON.stringify([workshopId, id]);
	const load = async (workshopId: string) =>
		first([...rows.values()].filter((r) => r.workshopId === workshopId));
	const put = (row: ParticipantResponse) => {
		rows.set(keyOf(row.workshopId, row.id), structuredClone(row));
		for (const notify of watchers.get(row.workshopId) ?? [])
			void load(row.workshopId).then((r) => notify(r ?? null));
	};
	return {
		watch(workshopId) {
			// The subset of Dexie's Observable that Svelte's `$store` uses.
			return {
				subscribe(
					observer:
						| ((row: ParticipantResponse | null) => void)
						| { next?: (row: ParticipantResponse | null) => void }
				) {
					const next =
						typeof observer === 'function'
							? observer
							: (row: ParticipantResponse | null) => observer.next?.(row);
					const set = watchers.get(workshopId) ?? new Set();
					watchers.set(workshopId, set.add(next));
					void load(workshopId).then((r) => next(r ?? null));
					return { unsubscribe: () => void set.delete(next), closed: false };
				}
			} as unknown as Observable<ParticipantResponse | null>;
		},
		load,
		async patch(change) {
			put(patched(rows.get(keyOf(change.workshopId, change.id)), change));
		},
		async markHandedIn(base, now) {
			const row = handedIn(rows.get(keyOf(base.workshopId, base.id)) ?? base, now);
			put(row);
			return row;
		}
	};
}
