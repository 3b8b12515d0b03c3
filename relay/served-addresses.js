// The addresses `scripts/serve.mjs` (and so `npm start`) can be opened at: what it prints for the
// facilitator to share, and what it tells the app at `<base>/_convene/served.json` so the session
// screen and the projector give the room a reachable address (src/lib/domain/room-address.ts).

/** Where the app reads `{network}`, under the site's base (the app's copy: room-address.ts). */
export const SERVED_PATH = '_convene/served.json';

/**
 * @typedef {{ address: string, family: string | number, internal: boolean }} InterfaceAddress
 *   One entry of Node's `os.networkInterfaces()` (the fields used here).
 */

/**
 * Every address a server on `port` (+ `base`) can be opened at: loopback first, then each
 * non-internal IPv4 address when it listens on all interfaces (`--host`); `shareable` says whether
 * any other device can reach it.
 * @param {Record<string, InterfaceAddress[] | undefined>} interfaces
 * @param {number} port
 * @param {{ allInterfaces: boolean, base?: string }} options
 * @returns {{ local: string, network: string[], shareable: boolean }}
 */
export function servedAddresses(interfaces, port, options) {
	const base = (options.base ?? '').replace(/\/+$/, '');
	const local = `http://localhost:${port}${base}/`;
	if (!options.allInterfaces) return { local, network: [], shareable: false };
	const network = Object.values(interfaces)
		.flatMap((list) => list ?? [])
		.filter((a) => !a.internal && (a.family === 'IPv4' || a.family === 4))
		.map((a) => `http://${a.address}:${port}${base}/`);
	return { local, network: [...new Set(network)], shareable: network.length > 0 };
}

/**
 * The lines `serve.mjs` prints once it listens: where it is served, the relay, every network address
 * to share, and a plain warning when no other device can join.
 * @param {{ local: string, network: string[], shareable: boolean }} served
 * @param {{ allInterfaces: boolean, relay: string | null }} options `relay`: its ws:// address, if running
 * @returns {string[]}
 */
export function servedLines(served, options) {
	const lines = [`Convene is being served at ${served.local}`];
	if (options.relay) lines.push(`  live-room relay on the same port: ${options.relay}`);
	for (const address of served.network) lines.push(`  on the network (share this): ${address}`);
	if (!served.shareable)
		lines.push(
			options.allInterfaces
				? '  No network address found: is this computer connected to the room’s network? Until it is, phones and laptops in the room cannot join.'
				: '  Only this computer can open it: phones and laptops in the room cannot join. To let them, run: npm start -- --host'
		);
	return lines;
}
