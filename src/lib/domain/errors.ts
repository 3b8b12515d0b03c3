/**
 * Errors the data layer throws for the interface to translate: each carries a code, never a
 * sentence in the user's language (`src/lib/i18n/errors.ts` says it). The `message` is for
 * developers (logs, stack traces) and stays English.
 */

/** What is gone: the workshop written to, or the row being changed (deleted meanwhile). */
export type GoneCode = 'workshop-gone' | 'item-gone';

/** A write to a workshop or row that no longer exists (deleted in another tab, say). */
export class GoneError extends Error {
	constructor(readonly code: GoneCode) {
		super(code === 'workshop-gone' ? 'workshop no longer exists' : 'item no longer exists');
		this.name = 'GoneError';
	}
}
