/**
 * The user's words for the typed errors of the data layer (`$lib/domain/errors`) and for any error a
 * write can end in, in the language active at the call.
 */

import { GoneError, type GoneCode } from '$lib/domain/errors';
import { m } from '$lib/paraglide/messages.js';

const GONE: Record<GoneCode, () => string> = {
	'workshop-gone': () => m.problem_workshopGone(),
	'item-gone': () => m.problem_itemGone()
};

/** "This workshop no longer exists." / "This item no longer exists." */
export const goneText = (code: GoneCode): string => GONE[code]();

/** The error's names, the wrapped one first: Dexie wraps the browser's error, whose name says why. */
function namesOf(error: unknown): string[] {
	const { name, inner } = (error ?? {}) as { name?: unknown; inner?: { name?: unknown } };
	return [inner?.name, name].filter(
		(n): n is string => typeof n === 'string' && /^[A-Za-z]{1,60}$/.test(n)
	);
}

/**
 * The reason a write failed, to follow "Not saved — ": a full disk, a deleted workshop or item, a
 * newer Convene that upgraded the database in another tab, or else (any other browser, Dexie or
 * program error) a sentence saying the browser could not store it, naming the error's type for
 * support ("AbortError"). Never the error's own message: that is English, and goes to the console.
 */
export function saveFailureText(error: unknown): string {
	if (error instanceof GoneError) return goneText(error.code);
	const names = namesOf(error);
	if (names.includes('QuotaExceededError')) return m.save_quota();
	// By name: importing the class from $lib/db would load Dexie on every page.
	if (names.includes('DatabaseReplacedError')) return m.save_replaced();
	return m.save_browserError({ name: names[0] ?? 'Error' });
}

/**
 * An error nobody planned for (a bug, a browser limit), to follow "The PDF could not be built: " and
 * the like: a sentence in the interface's language naming the error's type ("TypeError"), never its
 * English message (log that to the console).
 */
export function unexpectedText(error: unknown): string {
	return m.error_unexpected({ name: namesOf(error)[0] ?? 'Error' });
}
