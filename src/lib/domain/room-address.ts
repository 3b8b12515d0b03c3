/**
 * Room addresses as people see and type them: what a participant copies from the projector
 * (`192.168.1.20:4173/join`, `http://host:port/join/?c=K7P4QX`) reduced to the server's address, and
 * the origin the room is joined at (a network address when the page was opened on loopback and the
 * server says it listens on the network; `relay/served-addresses.js` works those out for
 * `scripts/serve.mjs`).
 */

/** Hosts only this computer can reach. */
export function isLoopbackHost(hostname: string): boolean {
	const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	return (
		host === 'localhost' ||
		host.endsWith('.localhost') ||
		host === '::1' ||
		/^127\.\d+\.\d+\.\d+$/.test(host) ||
		host === '0:0:0:0:0:0:0:1'
	);
}

/**
 * The server part of an address typed as the projector shows it: scheme kept if given, the join
 * page's path (`/join`, `/join/`, `/join/index.html`), a query, a fragment and trailing slashes
 * dropped; a base path in front of `/join` is kept (`h:1/convene/join/` → `h:1/convene`).
 */
export function serverAddress(typed: string): string {
	let text = typed.trim().replace(/[#?].*$/s, '');
	text = text.replace(/\/+$/, '');
	text = text.replace(/\/join(\/index\.html)?$/i, '');
	return text.replace(/\/+$/, '');
}

/** The room code carried in a typed join address (`…/join/?c=K7P4QX`), if any. */
export function codeInAddress(typed: string): string | null {
	const match = /[?&]c=([^&#\s]+)/.exec(typed);
	return match ? decodeURIComponent(match[1]) : null;
}

/** What `scripts/serve.mjs` says it serves at (`<base>/_convene/served.json`): its network addresses. */
export interface ServedAddresses {
	/** `http://192.168.1.20:4173/` (with the base path), one per network interface; empty on loopback. */
	network: string[];
}

/** Where served.json is, relative to the site's base (`resolve('/')`). */
export const SERVED_PATH = '_convene/served.json';

/**
 * The origin to give the room for joining: the page's own origin, unless the page was opened on a
 * loopback host (which no other device can reach) and the server also listens on the network, then
 * its first network address's origin. `served` is what served.json said (null when the host has no
 * such file: a static host, or another server). Returns `{origin, reachable}`; `reachable` is false
 * when only this computer can open the address given.
 */
export function joinOrigin(
	pageOrigin: string,
	served: ServedAddresses | null
): { origin: string; reachable: boolean } {
	const page = new URL(pageOrigin);
	if (!isLoopbackHost(page.hostname)) return { origin: page.origin, reachable: true };
	const first = served?.network.map(networkOrigin).find((o) => o !== null);
	return first ? { origin: first, reachable: true } : { origin: page.origin, reachable: false };
}

/** The http(s) origin of a network address from served.json, or null for anything else. */
function networkOrigin(address: unknown): string | null {
	if (typeof address !== 'string' || address.length > 200) return null;
	try {
		const url = new URL(address);
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
		return isLoopbackHost(url.hostname) ? null : url.origin;
	} catch {
		return null;
	}
}
