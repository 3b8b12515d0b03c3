/**
 * A page that cannot be drawn says so. Reading a workshop can fail (storage blocked, a value stored by
 * an older version that no formatter accepts); the queries report it here, and the app shell shows a
 * message in place of the page instead of "Loading…" for ever (`watchQuery` in `watch-query.ts`). Rendering errors are caught by the
 * shell's `<svelte:boundary>` and shown the same way.
 */

class PageFailure {
	#error = $state.raw<unknown>(null);

	get error(): unknown {
		return this.#error;
	}

	report(error: unknown): void {
		console.error('Convene: this page could not be drawn', error);
		this.#error = error;
	}

	clear(): void {
		this.#error = null;
	}
}

export const pageFailure = new PageFailure();
