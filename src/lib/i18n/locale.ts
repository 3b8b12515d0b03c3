/**
 * Which language the interface speaks, per page load, and how a choice is stored.
 *
 * - Facilitator pages: the choice stored in this browser (localStorage 'convene.locale', the
 *   Paraglide strategy's key), else the browser's preferred languages, else English.
 * - Participant pages (/join/, /handin/): the participant's own choice ('convene.participantLocale'),
 *   else the same as above. Choosing there never changes the facilitator's stored choice, so a
 *   facilitator who tries their own join link keeps their screens in their language.
 * - Switching stores the choice and reloads the page (Paraglide's default): every message,
 *   the seed content and `<html lang>` change together, and nothing typed is lost because each
 *   field goes through the write-ahead journal. The projector window follows a change made in the
 *   facilitator's window through the `storage` event (`followFacilitatorLocale`).
 * - `inLocale()` runs code with another language for a moment (a workshop's PDF and CSV).
 *
 * Resolution is ours (overwriteGetLocale) rather than Paraglide's strategy chain because
 * Paraglide's first `getLocale()` writes what it resolved back to every storage strategy, which
 * would turn a participant-page choice into the facilitator's.
 */

import {
	baseLocale,
	extractLocaleFromNavigator,
	isLocale,
	locales,
	localStorageKey,
	overwriteGetLocale,
	type Locale
} from '$lib/paraglide/runtime';
import { readKept, writeKept } from '$lib/state/kept';

export type { Locale };
export { locales };

export const FACILITATOR_KEY = localStorageKey;
export const PARTICIPANT_KEY = 'convene.participantLocale';

/** Each language's name in itself, for the switch (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

const isParticipantPath = (path: string) => /\/(join|handin)\/?$/.test(path);

/** The language kept under `key`; undefined (the browser's language next) when none or storage is off. */
const stored = (key: string): Locale | undefined =>
	readKept(key, (value) => (isLocale(value) ? value : undefined));

/** The page's language: see the module comment for the order. */
export function resolveLocale(path: string): Locale {
	if (typeof window === 'undefined') return baseLocale;
	return (
		(isParticipantPath(path) ? stored(PARTICIPANT_KEY) : undefined) ??
		stored(FACILITATOR_KEY) ??
		extractLocaleFromNavigator() ??
		baseLocale
	);
}

const pageLocale: Locale = resolveLocale(typeof location === 'undefined' ? '/' : location.pathname);
let override: Locale | null = null;
overwriteGetLocale(() => override ?? pageLocale);
if (typeof document !== 'undefined') document.documentElement.lang = pageLocale;

/** The language this page was loaded in. */
export const currentLocale = (): Locale => pageLocale;

/** Stores the facilitator's choice and reloads the page in that language. */
export function chooseLocale(next: Locale): void {
	if (next === pageLocale) return;
	// With storage blocked the choice cannot outlive a reload: the page stays as it is.
	if (writeKept(FACILITATOR_KEY, next)) location.reload();
}

/** Stores the participant's own choice (join and hand-in pages only) and reloads. */
export function chooseParticipantLocale(next: Locale): void {
	if (next === pageLocale) return;
	if (writeKept(PARTICIPANT_KEY, next)) location.reload();
}

/** Reloads this page when the facilitator's choice changes in another window (the projector). */
export function followFacilitatorLocale(): () => void {
	const onStorage = (e: StorageEvent) => {
		if (
			e.key === FACILITATOR_KEY &&
			e.newValue &&
			isLocale(e.newValue) &&
			e.newValue !== pageLocale
		)
			location.reload();
	};
	window.addEventListener('storage', onStorage);
	return () => window.removeEventListener('storage', onStorage);
}

/**
 * Runs `fn` with every message in `locale`, then returns to the page's language, also when `fn`
 * throws or rejects. Messages called while it runs (including by other code, for an async `fn`)
 * speak `locale`: keep `fn` to building a document.
 */
export async function inLocale<T>(locale: Locale, fn: () => T | Promise<T>): Promise<T> {
	const before = override;
	override = locale;
	try {
		return await fn();
	} finally {
		override = before;
	}
}
