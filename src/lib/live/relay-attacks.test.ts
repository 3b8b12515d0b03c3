/**
 * Attacks on the relay itself (scripts/relay.mjs) by a crafted client that speaks its protocol:
 * hostile document names, a burst of mailboxes opened at once past a room's limit, and one client
 * holding every document the relay keeps. The relay runs in this process on a free port.
 */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachRelay, MAX_DOCUMENTS_PER_ROOM } from '../../../scripts/relay.mjs';
import { relayClient } from './relay-test-client';

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
		const evil = relayClient(url);
		try {
			const outcomes = await Promise.all([
				evil.open('convene-room-MNPQRT'),
				...Array.from({ length: MAX_DOCUMENTS_PER_ROOM + 50 }, (_, i) =>
					evil.open(`convene-room-MNPQRT.${mailbox(i)}`)
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
		}
	});

	// KNOWN HOLE, kept as a test that fails while the hole is open (`it.fails` passes then): one client
	// that knows no code fills the relay's document limit with invented rooms (MAX_DOCUMENTS = 5,000:
	// 17 rooms of 301 documents, about 5 s against `npm start`; here a relay of 2 rooms' worth), and
	// then no new room, nor a new participant's mailbox, opens on that relay. Closing it needs a
	// per-client limit (per address, which a TLS proxy in front hides). When fixed, make it `it`.
	it.fails(
		'a client that knows no code cannot lock every other room out of the relay',
		async () => {
			const small = createServer((_req, res) => res.end());
			const smallRelay = attachRelay(small, { maxDocuments: 2 * MAX_DOCUMENTS_PER_ROOM });
			await new Promise<void>((resolve) => small.listen(0, '127.0.0.1', resolve));
			const smallUrl = `ws://127.0.0.1:${(small.address() as AddressInfo).port}/relay`;
			const evil = relayClient(smallUrl);
			const victim = relayClient(smallUrl);
			try {
				for (const room of ['convene-room-AAAAAA', 'convene-room-AAAAAC'])
					await Promise.all([
						evil.open(room),
						...Array.from({ length: MAX_DOCUMENTS_PER_ROOM - 1 }, (_, i) =>
							evil.open(`${room}.${mailbox(i)}`)
						)
					]);
				// Fails here while the hole is open: the relay is full, the facilitator's new room refused.
				expect(await victim.open('convene-room-K7P4QX')).toBe('synced');
			} finally {
				evil.close();
				victim.close();
				smallRelay.close();
				small.close();
			}
		}
	);
});
