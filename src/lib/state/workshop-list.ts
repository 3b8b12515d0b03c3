/**
 * The home page's list of workshops, read without Dexie (`db/peek.ts`) so that the page loads no
 * database library until something is written. It is read again whenever the `workshops` table
 * changes, in this tab or another: Dexie announces every change it commits on a BroadcastChannel
 * named `x-storagemutated-1` (which is how its own `liveQuery` follows other tabs; another channel
 * object in the same tab hears this tab's changes too) and, in this tab, as a window event of the
 * same name. `workshop-list.test.ts` pins that name to Dexie's source. A page restored from the
 * back/forward cache reads again, since changes made meanwhile were not heard.
 */

import { readable, type Readable } from 'svelte/store';
import { DB_NAME } from '$lib/db/schema-version';
import { peekWorkshops } from '$lib/db/peek';
import type { Workshop } from '$lib/domain/types';
import { pageFailure } from './page-failure.svelte';

/** Dexie 4's cross-tab and in-tab change notice (`STORAGE_MUTATED_DOM_EVENT_NAME` in its source). */
export const DEXIE_CHANGE_EVENT = 'x-storagemutated-1';

/** The key prefix Dexie gives changed parts of our `workshops` table (`idb://<db>/<table>/<index>`). */
const WORKSHOPS_PART = `idb://${DB_NAME}/workshops/`;

/** Whether a change notice's parts (keyed `idb://<db>/<table>/<index>`) touch the workshops table. */
export function touchesWorkshops(parts: unknown): boolean {
	if (typeof parts !== 'object' || parts === null) return false;
	return Object.keys(parts).some((key) => key.startsWith(WORKSHOPS_PART));
}

/**
 * The stored workshops, newest first; `undefined` until first read. A failed read goes to
 * `pageFailure` (the page says so). A database stored by an older schema is upgraded by Dexie
 * (loaded for that) and then read.
 */
export function workshopList(): Readable<Workshop[] | undefined> {
	return readable<Workshop[] | undefined>(undefined, (set) => {
		let stopped = false;
		let reading = false;
		let again = false;

		async function readOnce(): Promise<Workshop[]> {
			const peek = await peekWorkshops();
			if (peek.kind === 'workshops') return peek.workshops;
			const { repo } = await import('$lib/db');
			await repo().db.open();
			const upgraded = await peekWorkshops();
			return upgraded.kind === 'workshops' ? upgraded.workshops : repo().listWorkshops();
		}

		async function read(): Promise<void> {
			if (reading) {
				again = true;
				return;
			}
			reading = true;
			try {
				do {
					again = false;
					const workshops = await readOnce();
					if (!stopped) set(workshops);
				} while (again && !stopped);
			} catch (e) {
				// A read that fails after the page has gone is not the next page's failure.
				if (!stopped) pageFailure.report(e);
			} finally {
				reading = false;
			}
			// A change heard while a read failed: read again (it may succeed now).
			if (again && !stopped) void read();
		}

		const onChange = (parts: unknown) => {
			if (!stopped && touchesWorkshops(parts)) void read();
		};
		const onMessage = (event: MessageEvent) => onChange(event.data);
		const onLocal = (event: Event) => onChange((event as CustomEvent).detail);
		const onPageShow = (event: PageTransitionEvent) => {
			if (event.persisted && !stopped) void read();
		};
		const channel =
			typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(DEXIE_CHANGE_EVENT);
		channel?.addEventListener('message', onMessage);
		// (Not in Node, where unit tests run: there Dexie uses only the channel.)
		const local = typeof addEventListener === 'function';
		if (local) addEventListener(DEXIE_CHANGE_EVENT, onLocal);
		if (local) addEventListener('pageshow', onPageShow);
		void read();
		return () => {
			stopped = true;
			channel?.close();
			if (local) removeEventListener(DEXIE_CHANGE_EVENT, onLocal);
			if (local) removeEventListener('pageshow', onPageShow);
		};
	});
}
