/**
 * Two windows, one field: tells a field that is being typed into whether a stored value arriving
 * meanwhile is its own write coming back or another window's edit (which the person must be told
 * about, never lose silently). A field starts a session from the stored value it began with, records
 * every value it writes, and asks about each stored value that arrives while the person types.
 */
export class EditSession {
	#own = new Set<string>();
	#active = false;

	/** The person started typing over `stored` (what the field showed). */
	start(stored: string): void {
		this.#own = new Set([stored]);
		this.#active = true;
	}

	/** This field wrote `value` (so it may come back from storage). */
	wrote(value: string): void {
		if (!this.#active) return;
		// Bounded: a long edit keeps only its recent writes (older ones have come back long ago).
		if (this.#own.size > 500) this.#own.delete(this.#own.values().next().value as string);
		this.#own.add(value);
	}

	/** The stored value changed to `stored` during the edit: true when no write of this field explains it. */
	changedElsewhere(stored: string): boolean {
		return this.#active && !this.#own.has(stored);
	}

	/** The other window's text has been seen; from now on it counts as known. */
	acknowledge(stored: string): void {
		this.#own.add(stored);
	}

	end(): void {
		this.#active = false;
		this.#own.clear();
	}
}
