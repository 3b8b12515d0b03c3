/**
 * The workshop that a section page shows. `src/routes/workshop/+layout.svelte` creates one
 * `WorkshopState` from the `?id=` of the URL, shows "Loading…" or "not in this browser" itself
 * (a failed read is shown by the app shell, see `page-failure.svelte.ts`), and renders the page only once the workshop is loaded; pages read it with
 * `workshopState()`. Snapshots are not part of it: the pages that compare them ask for
 * `liveSnapshots()`.
 */

import { getContext, setContext } from 'svelte';
import { repo } from '$lib/db';
import { watchQuery } from './watch-query';
import { sortRows } from '$lib/domain/bundle';
import type { LiveBundle, SessionState, Snapshot, WorkshopBundle } from '$lib/domain/types';

const KEY = Symbol('workshop');

/** One workshop, live: every change stored (by this tab or another) shows at once. */
export class WorkshopState {
	#id: () => string;
	#bundle = $state.raw<LiveBundle | null | undefined>(undefined);

	/** Must be created while a component initialises (it subscribes for the component's life). */
	constructor(id: () => string) {
		this.#id = id;
		$effect(() => {
			const current = id();
			this.#bundle = undefined;
			// The session row is watched apart from the rest: a page turn, reveal or timer press (a
			// write to that row alone) re-reads it, not every response of the room.
			let rest: Omit<LiveBundle, 'session'> | null | undefined;
			let session: SessionState | null | undefined;
			const show = () => {
				if (rest === undefined || session === undefined) return;
				this.#bundle = rest && { ...rest, session };
			};
			// A failed read is reported to the app shell, which shows a message in place of the page.
			const subscriptions = [
				watchQuery(
					async () => (await repo().loadLiveBundleWithoutSession(current)) ?? null
				).subscribe({
					next: (found) => {
						rest = found;
						show();
					},
					error: () => {}
				}),
				watchQuery(() => repo().loadSession(current)).subscribe({
					next: (found) => {
						session = found;
						show();
					},
					error: () => {}
				})
			];
			return () => subscriptions.forEach((s) => s.unsubscribe());
		});
	}

	get id(): string {
		return this.#id();
	}

	/** undefined while loading, null when this browser has no such workshop. */
	get current(): LiveBundle | null | undefined {
		return this.#bundle;
	}

	/**
	 * The loaded workshop. Pages inside the workshop layout may rely on it: the layout renders them
	 * only once it is loaded. Throws an Error when read before that (a programming error).
	 */
	get bundle(): LiveBundle {
		if (!this.#bundle) throw new Error('WorkshopState.bundle was read before the workshop loaded.');
		return this.#bundle;
	}
}

/** Makes `state` the workshop of the component tree below the caller (the workshop layout). */
export function provideWorkshopState(state: WorkshopState): WorkshopState {
	return setContext(KEY, state);
}

/** The workshop of the page being shown; throws an Error outside the workshop layout. */
export function workshopState(): WorkshopState {
	const state = getContext<WorkshopState | undefined>(KEY);
	if (!state) throw new Error('workshopState() is only available inside src/routes/workshop/.');
	return state;
}

/**
 * A workshop's snapshots, oldest first, live, for the pages that compare them (progress, map,
 * plan); `current` is undefined while loading. Must be called while a component initialises.
 */
export function liveSnapshots(workshopId: () => string): {
	readonly current: Snapshot[] | undefined;
} {
	let rows = $state.raw<Snapshot[] | undefined>(undefined);
	$effect(() => {
		const id = workshopId();
		rows = undefined;
		const subscription = watchQuery(() => repo().rows('snapshots', id)).subscribe({
			next: (found) => (rows = sortRows(found)),
			error: () => {}
		});
		return () => subscription.unsubscribe();
	});
	return {
		get current() {
			return rows;
		}
	};
}

/** The whole bundle (with snapshots) for code that needs both, or undefined while snapshots load. */
export function withSnapshots(
	bundle: LiveBundle,
	snapshots: Snapshot[] | undefined
): WorkshopBundle | undefined {
	return snapshots ? { ...bundle, snapshots } : undefined;
}

/** How many snapshots a workshop has, live (undefined while counting), without reading them. */
export function liveSnapshotCount(workshopId: () => string): {
	readonly current: number | undefined;
} {
	let count = $state<number | undefined>(undefined);
	$effect(() => {
		const id = workshopId();
		count = undefined;
		const subscription = watchQuery(() => repo().snapshotCount(id)).subscribe({
			next: (n) => (count = n),
			error: () => {}
		});
		return () => subscription.unsubscribe();
	});
	return {
		get current() {
			return count;
		}
	};
}
