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
