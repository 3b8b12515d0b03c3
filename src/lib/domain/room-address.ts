/**
 * Room addresses as people see and type them: what a participant copies from the projector
 * (`192.168.1.20:4173/join`, `http://host:port/join/?c=K7P4QX`) reduced to the server's address, and
 * the addresses a server listening on some interfaces can be reached at (for `scripts/serve.mjs` to
 * print, and for the session screen to warn when other devices cannot join).
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

/** One entry of Node's `os.networkInterfaces()` (the fields used here). */
export interface InterfaceAddress {
	address: string;
	family: string | number;
	internal: boolean;
}

/**
 * Every address a server on `port` (+ `base`) can be opened at: loopback first, then each
 * non-internal IPv4 address when it listens on all interfaces (`--host`); `shareable` says whether
 * any other device can reach it.
 */
export function servedAddresses(
	interfaces: Record<string, InterfaceAddress[] | undefined>,
	port: number,
	options: { allInterfaces: boolean; base?: string }
): { local: string; network: string[]; shareable: boolean } {
	const base = (options.base ?? '').replace(/\/+$/, '');
	const local = `http://localhost:${port}${base}/`;
	if (!options.allInterfaces) return { local, network: [], shareable: false };
	const network = Object.values(interfaces)
		.flatMap((list) => list ?? [])
		.filter((a) => !a.internal && (a.family === 'IPv4' || a.family === 4))
		.map((a) => `http://${a.address}:${port}${base}/`);
	return { local, network: [...new Set(network)], shareable: network.length > 0 };
}
