/**
 * The origin the room is given for joining (the projector's "Go to …", its QR codes, the join link):
 * the page's own, or, when the facilitator opened Convene on loopback (`localhost`) and the server
 * also listens on the network (`npm start -- --host`), the first network address it reports at
 * `<base>/_convene/served.json` (scripts/serve.mjs). A static host has no such file: the page's own
 * origin is used. The rule is `joinOrigin` in `$lib/domain/room-address`.
 */

import { resolve } from '$app/paths';
import { joinOrigin, SERVED_PATH, type ServedAddresses } from '$lib/domain/room-address';

/** Reads served.json once per page load; `null` when the host has none or it is not as expected. */
async function readServed(): Promise<ServedAddresses | null> {
	try {
		const response = await fetch(`${resolve('/')}${SERVED_PATH}`, { cache: 'no-store' });
		if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return null;
		const text = await response.text();
		if (text.length > 10_000) return null;
		const data: unknown = JSON.parse(text);
		const network = (data as { network?: unknown } | null)?.network;
		return Array.isArray(network) ? { network: network.slice(0, 20) } : null;
	} catch {
		return null;
	}
}

class JoinOriginState {
	#served = $state.raw<ServedAddresses | null>(null);
	#asked = false;

	/** `{origin, reachable}`: `reachable` is false when only this computer can open `origin`. */
	get current(): { origin: string; reachable: boolean } {
		if (!this.#asked) {
			this.#asked = true;
			void readServed().then((served) => (this.#served = served));
		}
		return joinOrigin(location.origin, this.#served);
	}
}

/** The page's join origin (one per page load). */
export const roomJoinOrigin = new JoinOriginState();
