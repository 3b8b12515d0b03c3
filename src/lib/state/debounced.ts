/**
 * How typed text reaches storage: every field a person types into, facilitator or participant, saves
 * through here. Text is written while the person types, not after they pause: the first keystroke
 * starts a write within `delay` ms (later keystrokes do not push it back), a write never overlaps the
 * previous one of the same field, and whatever was typed meanwhile follows as soon as it has landed.
 * So the stored text is never more than about one write behind the keyboard — a browser killed
 * 150 ms after the last key keeps it (localStorage, where the journal lives, is not flushed to disk
 * that fast; IndexedDB commits are). Each save is a journaled `save`, and page hide writes
 * what is waiting at once, so a reload or a closed tab keeps it too. "Saving…" shows while an edit
 * waits.
 */

import { saveStatus } from './save-status.svelte';

/** The most a keystroke waits before its write starts (when no earlier write is still landing). */
const WRITE_DELAY_MS = 40;

/**
 * Saves the latest value of one field through `save` (which starts a tracked write and may return
 * its promise: the next save waits for it). `schedule` on every change, `flush` on blur.
 */
export function debouncedCallback<T>(save: (value: T) => unknown, delay = WRITE_DELAY_MS) {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let latest: { value: T } | null = null;
	let release: (() => void) | null = null;
	let landing: Promise<unknown> | null = null;

	const flush = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		if (!latest) return;
		const { value } = latest;
		latest = null;
		let result: unknown;
		try {
			// The save starts its own tracked (and journaled) write synchronously, so the hold can go now.
			result = save(value);
		} finally {
			release?.();
			release = null;
		}
		if (result instanceof Promise) {
			const current: Promise<unknown> = result
				.catch(() => undefined)
				.then(() => {
					if (landing !== current) return;
					landing = null;
					if (latest && !timer) flush();
				});
			landing = current;
		}
	};
	const unregister = saveStatus.registerFlush(flush);

	return {
		schedule(value: T) {
			latest = { value };
			release ??= saveStatus.hold();
			if (!timer && !landing) timer = setTimeout(flush, delay);
		},
		/** Writes what is waiting now, even while an earlier write lands (page hide, blur). */
		flush,
		dispose() {
			flush();
			unregister();
		}
	};
}
