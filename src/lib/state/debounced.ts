/**
 * A debounced save that calls a function rather than describing a database write, so that a form can
 * be reused wherever its values are stored (the team's shared answers, a participant's own record).
 * Like `debouncedSave`: "Saving…" shows while an edit waits, and page hide flushes it.
 */

import { saveStatus } from './save-status.svelte';
import { performWrite, type PendingWrite } from './writes';

export function debouncedCallback<T>(save: (value: T) => void, delay = 300) {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let latest: { value: T } | null = null;
	let release: (() => void) | null = null;

	const flush = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		if (!latest) return;
		const { value } = latest;
		latest = null;
		try {
			// The save starts its own tracked write synchronously, so the hold can go now.
			save(value);
		} finally {
			release?.();
			release = null;
		}
	};
	const unregister = saveStatus.registerFlush(flush);

	return {
		schedule(value: T) {
			latest = { value };
			release ??= saveStatus.hold();
			if (timer) clearTimeout(timer);
			timer = setTimeout(flush, delay);
		},
		flush,
		dispose() {
			flush();
			unregister();
		}
	};
}

/**
 * A debounced save for one field whose write can be described as data (`PendingWrite`): the journal
 * records it synchronously before the page can go away, then it is performed and tracked.
 */
export function debouncedSave<T>(toWrite: (value: T) => PendingWrite, delay = 300) {
	return debouncedCallback<T>((value) => void saveStatus.track(() => performWrite(toWrite(value))), delay);
}
