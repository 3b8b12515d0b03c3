/**
 * Attacks on the relay itself (relay/) by a crafted client that speaks its protocol:
 * hostile document names, a burst of mailboxes opened at once past a room's limit, one address
 * trying to hold every document or every connection the relay keeps (also behind a proxy, and with
 * a forged X-Forwarded-For). The relay runs in this process on a free port.
 */

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ADDRESS_SHARE, attachRelay, clientAddress, MAX_DOCUMENTS_PER_ROOM } from './relay.js';
import { relayClient } from './test-client';

let server: Server;
let relay: ReturnType<typeof attachRelay>;
let url = '';

beforeAll(async () => {
	server = createServer((_req, res) => res.end());
	relay = attachRelay(server, { path: '/relay' });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/relay`;
});

afterAll(() => {
	relay.close();
	server.close();
});

const mailbox = (i: number) => `x${String(i).padStart(21, '0')}`;
/** Documents the relay holds (loaded or loading). */
const held = () => relay.hocuspocus.documents.size + relay.hocuspocus.loadingDocuments.size;

describe('relay under attack', () => {
	it('refuses hostile document names and holds none of them', async () => {
		const evil = relayClient(url);
		try {
			const before = held();
			for (const name of [
				'convene-room-K7P4QX.__proto__',
				'convene-room-K7P4QX.constructor',
				`convene-room-K7P4QX.\u202E${mailbox(1).slice(1)}`,
				`convene-room-K7P4QX.${mailbox(1)}.${mailbox(2)}`,
				`convene-room-k7p4qx.${mailbox(1)}`,
				`convene-room-K7P4QX.${mailbox(1)}\n`,
				'convene-room-K7P4QX.' + 'ａ'.repeat(22),
				'../convene-room-K7P4QX'
			]) {
				expect(await evil.open(name), name).toBe('refused');
			}
			expect(held()).toBe(before);
		} finally {
			evil.close();
		}
	});

	it('a burst of mailboxes opened at once stops at the room’s limit', async () => {
		// Two connections, so that the room's limit is what stops them (one connection holds no more).
		const evil = relayClient(url);
		const evil2 = relayClient(url);
		try {
			const outcomes = await Promise.all([
				evil.open('convene-room-MNPQRT'),
				...Array.from({ length: MAX_DOCUMENTS_PER_ROOM + 50 }, (_, i) =>
					(i % 2 ? evil : evil2).open(`convene-room-MNPQRT.${mailbox(i)}`)
				)
			]);
			// The room and exactly as many mailboxes as the facilitator opens; the rest refused, none held.
			expect(outcomes.filter((o) => o === 'synced')).toHaveLength(MAX_DOCUMENTS_PER_ROOM);
			expect(outcomes.filter((o) => o === 'refused')).toHaveLength(51);
			const ofRoom = [...relay.hocuspocus.documents.keys()].filter((d) =>
				d.startsWith('convene-room-MNPQRT')
			);
			expect(ofRoom).toHaveLength(MAX_DOCUMENTS_PER_ROOM);
		} finally {
			evil.close();
			evil2.close();
		}
	});

	it('a client that knows no code cannot lock every other room out of the relay', async () => {
		// A relay of two rooms' worth (602 documents): one address may bring in a quarter of them.
		const small = await smallRelay({ maxDocuments: 2 * MAX_DOCUMENTS_PER_ROOM });
		const share = Math.floor((2 * MAX_DOCUMENTS_PER_ROOM) / ADDRESS_SHARE);
		// Four connections from one address, each filling two invented rooms at once.
		const evil = Array.from({ length: 4 }, () => relayClient(small.url));
		const victim = relayClient(small.url, { localAddress: '127.0.0.2' });
		try {
			const outcomes = (
				await Promise.all(
					evil.map((client, c) =>
						Promise.all(
							[`convene-room-AAAAA${'ACDE'[c]}`, `convene-room-AAAAC${'ACDE'[c]}`].flatMap(
								(room) => [
									client.open(room),
									...Array.from({ length: MAX_DOCUMENTS_PER_ROOM - 1 }, (_, i) =>
										client.open(`${room}.${mailbox(i)}`)
									)
								]
							)
						)
					)
				)
			).flat();
			// The address's share, and no more, is held.
			expect(outcomes.filter((o) => o === 'synced')).toHaveLength(share);
			expect(small.held()).toBe(share);
			// Another address still opens a new room and a participant's mailbox in it.
			expect(await victim.open('convene-room-K7P4QX')).toBe('synced');
			expect(await victim.open(`convene-room-K7P4QX.${mailbox(1)}`)).toBe('synced');
			// Once the flooding client leaves, its address's share is free again.
			for (const client of evil) client.close();
			await expect.poll(() => small.held()).toBe(2);
			const back = relayClient(small.url);
			try {
				expect(await back.open('convene-room-MNPQRT')).toBe('synced');
			} finally {
				back.close();
			}
		} finally {
			for (const client of evil) client.close();
			victim.close();
			small.close();
		}
	});

	it('one address cannot take every connection; a forged X-Forwarded-For does not make it another', async () => {
		// 8 connections in all, 2 per address.
		const small = await smallRelay({ maxConnections: 8 });
		const connect = (localAddress: string, forwardedFor?: string) =>
			small.connect({ localAddress, forwardedFor });
		try {
			const flood = [];
			for (const claimed of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4'])
				flood.push(await connect('127.0.0.1', claimed));
			expect(flood).toEqual(['open', 'open', 'refused', 'refused']);
			expect(await connect('127.0.0.2')).toBe('open');
			// A connection that closes gives its place back.
			small.sockets[0].close();
			await expect.poll(() => connect('127.0.0.1')).toBe('open');
		} finally {
			small.close();
		}
	});

	it('behind a trusted proxy, clients are told apart by the address the proxy appended', async () => {
		const small = await smallRelay({ maxConnections: 8, trustProxy: true });
		const connect = (forwardedFor: string) => small.connect({ forwardedFor });
		try {
			// The proxy appends the real peer; earlier entries are whatever the client claimed.
			const outcomes = [];
			for (const header of ['203.0.113.5', '10.0.0.1, 203.0.113.5', '198.51.100.7, 203.0.113.5'])
				outcomes.push(await connect(header));
			expect(outcomes).toEqual(['open', 'open', 'refused']);
			expect(await connect('203.0.113.6')).toBe('open');
		} finally {
			small.close();
		}
	});
});

describe('relay memory', () => {
	it('one client cannot fill it: a document, a room and an address stop at their bytes; another address still writes', async () => {
		const MB = 1024 * 1024;
		const refusals: string[] = [];
		// 2 MB a document, 3 MB a room, 16 MB in all: 4 MB an address.
		const small = await smallRelay({
			maxDocumentBytes: 2 * MB,
			maxRoomBytes: 3 * MB,
			maxBytes: 16 * MB,
			onRefusal: (reason) => refusals.push(reason)
		});
		// A reader elsewhere keeps each document open, so the relay holds it after a writer is cut off.
		const watcher = relayClient(small.url, { localAddress: '127.0.0.3' });
		const clients = [watcher];
		/**
		 * Opens `name` on a connection of its own from `localAddress` (which so brings it in), and
		 * writes `chunks` of 0.9 MB into it, one message each.
		 */
		const fill = async (name: string, chunks: number, localAddress = '127.0.0.1') => {
			const client = relayClient(small.url, { localAddress });
			clients.push(client);
			expect(await client.open(name)).toBe('synced');
			expect(await watcher.open(name)).toBe('synced');
			const map = client.doc(name)!.getMap<string>('m');
			for (let i = 0; i < chunks; i++) map.set(`k${i}`, `${i}`.padEnd(900_000, 'x'));
		};
		const stored = (name: string) => small.doc(name)?.getMap('m').size ?? 0;
		try {
			// A document: the third 0.9 MB would pass 2 MB.
			await fill('convene-room-AAAAAA', 4);
			await expect.poll(() => refusals).toContain('document too big');
			await expect.poll(() => stored('convene-room-AAAAAA')).toBe(2);
			// The room: 1.8 MB held, so one more 0.9 MB (in a mailbox) fits and a second does not.
			await fill(`convene-room-AAAAAA.${mailbox(1)}`, 2);
			await expect.poll(() => refusals).toContain('room too big');
			await expect.poll(() => stored(`convene-room-AAAAAA.${mailbox(1)}`)).toBe(1);
			// The address: 2.7 MB held; another room takes 0.9 MB more, and no more, from it.
			await fill('convene-room-AAAAAC', 2);
			await expect.poll(() => refusals).toContain('address full of bytes');
			await expect.poll(() => stored('convene-room-AAAAAC')).toBe(1);
			expect(small.bytes()).toBeLessThanOrEqual(4 * MB);
			// Another address writes as usual.
			await fill('convene-room-K7P4QX', 2, '127.0.0.2');
			await expect.poll(() => stored('convene-room-K7P4QX')).toBe(2);
		} finally {
			for (const client of clients) client.close();
			small.close();
		}
	});
});

describe('clientAddress', () => {
	const request = (remoteAddress: string, forwarded?: string | string[]) =>
		({
			socket: { remoteAddress },
			headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded }
		}) as unknown as IncomingMessage;

	it('is the socket’s peer, IPv4 seen through IPv6 as IPv4, and ignores X-Forwarded-For unless trusted', () => {
		expect(clientAddress(request('::ffff:192.0.2.1'), false)).toBe('192.0.2.1');
		expect(clientAddress(request('2001:db8::1'), false)).toBe('2001:db8:0:0::/64');
		expect(clientAddress(request('10.0.0.9', '203.0.113.5'), false)).toBe('10.0.0.9');
	});

	it('behind a trusted proxy, is the last X-Forwarded-For entry (the one the proxy appended)', () => {
		expect(clientAddress(request('10.0.0.9', '198.51.100.7, 203.0.113.5'), true)).toBe(
			'203.0.113.5'
		);
		expect(clientAddress(request('10.0.0.9', ['198.51.100.7', '203.0.113.5 ']), true)).toBe(
			'203.0.113.5'
		);
		expect(clientAddress(request('10.0.0.9', ' , '), true)).toBe('10.0.0.9');
		expect(clientAddress(request('10.0.0.9'), true)).toBe('10.0.0.9');
	});

	it('one IPv6 host is one client: the addresses of its /64 (each host may use any of them) count as one', () => {
		const one = clientAddress(request('2001:db8:1:2::1'), false);
		for (const other of [
			'2001:db8:1:2:9a3f:1c2:77:e5',
			'2001:0DB8:0001:0002::ffff',
			'fe80::1%eth0'
		])
			expect(clientAddress(request(other), false), other).toBe(
				other.startsWith('fe80') ? clientAddress(request('fe80::2'), false) : one
			);
		expect(clientAddress(request('2001:db8:1:3::1'), false)).not.toBe(one);
		expect(clientAddress(request('::ffff:c000:201'), false)).toBe('192.0.2.1');
	});

	it('behind a trusted proxy that writes the port too, one client is one address whatever its port', () => {
		expect(clientAddress(request('10.0.0.9', '203.0.113.5:40123'), true)).toBe('203.0.113.5');
		expect(clientAddress(request('10.0.0.9', '[2001:db8:1:2::1]:443'), true)).toBe(
			clientAddress(request('2001:db8:1:2::77'), false)
		);
	});
});

/**
 * A relay of its own on a free port, with small limits, for tests that fill it. `connect` opens a
 * bare WebSocket from `localAddress` (any 127.x.y.z), optionally claiming an X-Forwarded-For, and
 * says whether the relay let it in; `close` ends every socket and the relay.
 */
async function smallRelay(options: Parameters<typeof attachRelay>[1]) {
	const server = createServer((_req, res) => res.end());
	const relay = attachRelay(server, options);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/relay`;
	const sockets: WebSocket[] = [];
	return {
		url,
		sockets,
		held: () => relay.hocuspocus.documents.size + relay.hocuspocus.loadingDocuments.size,
		/** The relay's copy of a document, while it holds it. */
		doc: (name: string) => relay.hocuspocus.documents.get(name),
		bytes: () => relay.bytes(),
		connect({ localAddress, forwardedFor }: { localAddress?: string; forwardedFor?: string }) {
			const ws = new WebSocket(url, {
				localAddress,
				headers: forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}
			});
			sockets.push(ws);
			return new Promise<'open' | 'refused'>((resolve) => {
				ws.once('open', () => resolve('open'));
				ws.once('unexpected-response', () => resolve('refused'));
				ws.once('error', () => resolve('refused'));
			});
		},
		close() {
			for (const ws of sockets) ws.terminate();
			relay.close();
			server.close();
		}
	};
}
