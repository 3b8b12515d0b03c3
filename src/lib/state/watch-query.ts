/** Dexie's `liveQuery` for pages: a failed read is reported to `pageFailure`, which shows a message. */

import { liveQuery } from '$lib/db';
import { pageFailure } from './page-failure.svelte';

/** `liveQuery(query)`; a rejected read goes to `pageFailure` and then to the subscriber's `error`. */
export function watchQuery<T>(query: () => Promise<T>) {
	return liveQuery(async () => {
		try {
			return await query();
		} catch (e) {
			pageFailure.report(e);
			throw e;
		}
	});
}
