/**
 * The visible "Saved / Saving… / Not saved" state. Every write from the UI goes through `track`, so a
 * failed write is never silent; pending debounced edits register a flush that runs on page hide.
 */

import { saveFailureText } from '$lib/i18n/errors';
import { m } from '$lib/paraglide/messages.js';

class SaveStatus {
	#pending = $state(0);
	#error = $state<string | null>(null);
	#blocked = $state(false);
	#unavailable = $state(false);
	#flushers = new Set<() => void>();

	get state(): 'saved' | 'saving' | 'failed' | 'blocked' | 'unavailable' {
		if (this.#blocked) return 'blocked';
		if (this.#unavailable) return 'unavailable';
		if (this.#error) return 'failed';
		return this.#pending > 0 ? 'saving' : 'saved';
	}

	get error(): string | null {
		return this.#error;
	}

	get blocked(): boolean {
		return this.#blocked;
	}

	/** Runs a write, showing "Saving…" while it runs and the reason if it fails. */
	async track<T>(write: () => Promise<T>): Promise<T | undefined> {
		if (this.#blocked) {
			this.#error = m.save_blocked();
			return undefined;
		}
		this.#pending++;
		try {
			const result = await write();
			this.#error = null;
			return result;
		} catch (e) {
			this.#error = saveFailureText(e);
			console.error('Convene: a write failed', e);
			return undefined;
		} finally {
			this.#pending--;
		}
	}

	block(): void {
		this.#blocked = true;
	}

	/** The browser blocks storage: nothing is ever "Saved" (a participant's answers live in memory). */
	unavailable(): void {
		this.#unavailable = true;
	}

	/** Debounced editors register how to flush themselves; `flushAll` runs them (page hide, route change). */
	registerFlush(flush: () => void): () => void {
		this.#flushers.add(flush);
		return () => this.#flushers.delete(flush);
	}

	flushAll(): void {
		for (const flush of this.#flushers) flush();
	}

	/** Marks a debounced edit as waiting to be written, so the status does not claim "Saved" early. */
	hold(): () => void {
		this.#pending++;
		let released = false;
		return () => {
			if (!released) {
				released = true;
				this.#pending--;
			}
		};
	}
}

export const saveStatus = new SaveStatus();
