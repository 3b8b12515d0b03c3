/**
 * Sign-ups from one address are rate-limited at the relay (issue 27, point 5): a participant's
 * mailbox brought into a room is a sign-up; an address gets a burst, then a few a minute. A room's
 * refill after a relay restart (every mailbox at once, within `refillMs` of its room document) and a
 * participant reopening a mailbox the relay holds are not sign-ups. The relay runs in this process,
 * with a clock the test moves.
 */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachRelay } from './relay.js';
import { relayClient } from './test-client';

let server: Server;
let relay: ReturnType<typeof attachRelay>;
let url = '';
let clock = 1_000_000;
const refusals: string[] = [];

beforeAll(async () => {
	server = createServer((_req, res) => res.end());
	relay = attachRelay(server, {
		path: '/relay',
		signupBurst: 5,
		signupsPerMinute: 6,
		refillMs: 1000,
		now: () => clock,
		onRefusal: (reason) => refusals.push(reason),
		log: () => undefined
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/relay`;
});

afterAll(() => {
	relay.close();
	server.close();
});

const ROOM = 'convene-room-K7P4QX';
const mailbox = (i: number) => `${ROOM}.s${String(i).padStart(21, '0')}`;
const count = (outcomes: string[], what: string) => outcomes.filter((o) => o === what).length;

describe('sign-ups per address', () => {
	it('a burst, then a few a minute; a refill and a reopened mailbox are not sign-ups', async () => {
		const facilitator = relayClient(url, { localAddress: '127.0.0.4' });
		const evil = relayClient(url, { localAddress: '127.0.0.2' });
		const other = relayClient(url, { localAddress: '127.0.0.3' });
		try {
			expect(await facilitator.open(ROOM)).toBe('synced');
			// Within the refill window (a restarted relay): 40 mailboxes at once, none counted.
			clock += 500;
			const refill = await Promise.all(
				Array.from({ length: 40 }, (_, i) => facilitator.open(mailbox(i)))
			);
			expect(count(refill, 'synced')).toBe(40);

			// Past it, from one address: the burst of 5, then refused.
			clock += 1000;
			const burst = [];
			for (let i = 100; i < 108; i++) burst.push(await evil.open(mailbox(i)));
			expect(burst).toEqual([...Array(5).fill('synced'), ...Array(3).fill('refused')]);
			expect(refusals.filter((r) => r === 'sign-ups too fast')).toHaveLength(3);
			// Another address has its own.
			expect(await other.open(mailbox(200))).toBe('synced');
			// A mailbox the relay holds already (a participant reconnecting) is no sign-up.
			expect(await evil.open(mailbox(3))).toBe('synced');

			// Six a minute: 10 s later, one more, not two.
			clock += 10_000;
			expect(await evil.open(mailbox(120))).toBe('synced');
			expect(await evil.open(mailbox(121))).toBe('refused');
			// A minute later the bucket is full again: its burst (5), no more.
			clock += 60_000;
			const later = [];
			for (let i = 130; i < 137; i++) later.push(await evil.open(mailbox(i)));
			expect(count(later, 'synced')).toBe(5);
		} finally {
			facilitator.close();
			evil.close();
			other.close();
		}
	});
});
