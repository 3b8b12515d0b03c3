/**
 * For relay tests in Node: one crafted client, one WebSocket (`ws` standing in for the browser's),
 * that opens documents by name on the relay at `url` (`ws://…/relay`) and says how each ended:
 * `synced`, or `refused` (the relay's authentication refused the name or a limit). `close` destroys
 * every document and the socket. `from` sets the address it connects from and its headers; `doc`
 * gives an opened document to write into.
 */

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export function relayClient(
	url: string,
	/** The client's own address (any 127.x.y.z on Linux), and extra request headers. */
	from: { localAddress?: string; headers?: Record<string, string> } = {}
) {
	class FromWebSocket extends WebSocket {
		constructor(address: string) {
			super(address, { localAddress: from.localAddress, headers: from.headers });
		}
	}
	const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: FromWebSocket });
	const providers: HocuspocusProvider[] = [];
	return {
		open: (name: string) =>
			new Promise<'synced' | 'refused'>((resolve) => {
				const provider = new HocuspocusProvider({
					websocketProvider: socket,
					name,
					document: new Y.Doc(),
					awareness: null,
					onSynced: () => resolve('synced'),
					onAuthenticationFailed: () => resolve('refused')
				});
				providers.push(provider);
				provider.attach();
			}),
		/** The client's own copy of an opened document (writes to it are sent to the relay). */
		doc: (name: string) => providers.find((p) => p.configuration.name === name)?.document,
		close() {
			for (const p of providers) p.destroy();
			socket.destroy();
		}
	};
}
