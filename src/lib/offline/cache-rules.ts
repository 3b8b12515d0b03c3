/** Which requests the service worker answers from its cache, and which caches are ours (pure). */

export const CACHE_PREFIX = 'convene-';

export function isOurCache(name: string): boolean {
	return name.startsWith(CACHE_PREFIX);
}

/**
 * The precached path that answers a request for `pathname`, or null to leave the request to the
 * network. Pages carry their ids in the query string, so `/workshop/?id=…` is the `/workshop/` shell
 * (the caller passes only the pathname). A directory without its slash is left to the host's redirect.
 */
export function cacheKeyFor(pathname: string, precached: readonly string[]): string | null {
	return precached.includes(pathname) ? pathname : null;
}

/** The cache of on-demand files (the PDF's script fonts): kept across app versions, pruned to the current build. */
export const ON_DEMAND_CACHE = `${CACHE_PREFIX}on-demand`;

/**
 * Files the service worker does NOT fetch at install but keeps once the app asked for them: the
 * PDF's fallback fonts (WOFF files, several MB in all, see src/lib/pdf/fonts.ts). A plan in Latin
 * script never asks for one.
 */
export function isOnDemand(pathname: string): boolean {
	return pathname.endsWith('.woff');
}
