/**
 * The relay's gate (relay/gate.js), in this process with small limits so that each rule shows in
 * a second or two: missed pongs, the refusal log, bytes per socket per second, message kinds Convene
 * never sends, awareness entries of a connection that left.
 */

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { attachRelay } from './relay.js';
import {
	awarenessMessage,
	KIND,
	message,
	rawClient,
	relayClient,
	updateMessage
} from './test-client';

async function relayWith(options: Parameters<typeof attachRelay>[1]) {
	const server = createServer((_req, res) => res.end());
	const relay = attachRelay(server, options);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		relay,
		url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/relay`,
		close() {
			relay.close();
			server.close();
		}
	};
}

describe('relay gate', () => {
	it('a socket that never answers pings is closed; one that answers stays', async () => {
		const { url, close } = await relayWith({ gate: { pingMs: 1000 } });
		const silent = rawClient(url, { autoPong: false });
		const honest = rawClient(url);
		try {
			expect(await silent.auth('convene-room-K7P4QX')).toBe('synced');
			expect(await honest.auth('convene-room-K7P4QX')).toBe('synced');
			await silent.closed;
			expect(honest.isClosed()).toBe(false);
		} finally {
			silent.close();
			honest.close();
			close();
		}
	});

	it('refusals are logged one line each, a few a window', async () => {
		const lines: string[] = [];
		const { url, close } = await relayWith({ log: (line) => lines.push(line) });
		const clients = Array.from({ length: 30 }, () => rawClient(url));
		try {
			// A name whose length runs past the message: malformed.
			await Promise.all(clients.map((c) => c.send(new Uint8Array([0xff, 0xff, 0x7f, 1, 2]))));
			await Promise.all(clients.map((c) => c.closed));
			expect(lines.length).toBeGreaterThan(0);
			expect(lines.length).toBeLessThanOrEqual(10);
			for (const line of lines) expect(line).not.toContain('\n');
			expect(lines[0]).toContain('malformed');
		} finally {
			for (const c of clients) c.close();
			close();
		}
	});

	it('message kinds Convene never sends close the socket (stateless, query-awareness)', async () => {
		const { url, close } = await relayWith({});
		try {
			for (const kind of [KIND.stateless, KIND.queryAwareness, 9]) {
				const evil = rawClient(url);
				expect(await evil.auth('convene-room-K7P4QX')).toBe('synced');
				await evil.send(
					message('convene-room-K7P4QX', kind, (e) => encoding.writeVarString(e, 'hello'))
				);
				await evil.closed;
				expect(evil.isClosed(), `kind ${kind}`).toBe(true);
			}
		} finally {
			close();
		}
	});

	it('bytes per socket per second are bounded: a fast writer waits, another socket does not', async () => {
		const KiB = 1024;
		const { url, close } = await relayWith({
			gate: { bytesPerSecond: 512 * KiB, burstBytes: 128 * KiB }
		});
		const name = 'convene-room-K7P4QX';
		const writer = rawClient(url);
		const watcher = relayClient(url);
		try {
			expect(await writer.auth(name)).toBe('synced');
			expect(await watcher.open(name)).toBe('synced');
			const doc = new Y.Doc();
			const updates: Uint8Array[] = [];
			doc.on('update', (u: Uint8Array) => updates.push(u));
			const started = performance.now();
			// 8 × 125 KiB: 1 MB at 512 KiB/s after a 128 KiB burst takes at least 1.7 s to be read.
			for (let i = 0; i < 8; i++) {
				doc.getMap('m').set(`k${i}`, 'x'.repeat(125 * KiB));
				void writer.send(updateMessage(name, updates.shift()!));
			}
			const all = watcher.doc(name)!.getMap('m');
			// Meanwhile another socket's write goes through at once.
			const other = relayClient(url);
			const otherRoom = 'convene-room-ACDEFG';
			expect(await other.open(otherRoom)).toBe('synced');
			expect(all.size).toBeLessThan(8);
			other.close();
			await expect.poll(() => all.size, { timeout: 10_000 }).toBe(8);
			expect(performance.now() - started).toBeGreaterThan(1200);
			expect(writer.isClosed()).toBe(false);
		} finally {
			writer.close();
			watcher.close();
			close();
		}
	});

	it('awareness: a client’s own entry passes, a third id closes it, and entries leave with their connection', async () => {
		const { url, relay, close } = await relayWith({});
		const name = 'convene-room-K7P4QX';
		const states = () => relay.hocuspocus.documents.get(name)?.awareness.getStates().size ?? 0;
		const honest = rawClient(url);
		const evil = rawClient(url);
		try {
			expect(await honest.auth(name)).toBe('synced');
			await honest.send(awarenessMessage(name, [[11, '{}']]));
			await expect.poll(states).toBe(1);
			expect(await evil.auth(name)).toBe('synced');
			await evil.send(
				awarenessMessage(name, [
					[21, '{}'],
					[22, '{}']
				])
			);
			await expect.poll(states).toBe(3);
			await evil.send(awarenessMessage(name, [[23, '{}']]));
			await evil.closed;
			await expect.poll(states).toBe(1);
			honest.close();
			await expect.poll(() => relay.hocuspocus.documents.has(name)).toBe(false);
		} finally {
			honest.close();
			evil.close();
			close();
		}
	});
});
