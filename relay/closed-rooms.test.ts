/**
 * A closed room stays closed at the relay (`closed-rooms.js`): the facilitator's signed closing
 * announcement is kept and put back when a client replays the "open" one, also in a room document
 * loaded again later; a forged closing announcement is never kept. The relay runs in this process.
 */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { exportPublicKey, generateSealingKeys, generateSigningKeys } from '$lib/domain/crypto';
import { codeForKey as appCodeForKey } from '$lib/domain/live-code';
import { FACILITATOR_SLOT, signRoomState, type RoomState } from '$lib/domain/live-room';
import { makeInvite } from '$lib/domain/participation';
import { connectRoom, type RoomLink } from '$lib/live/provider';
import { closingSeq, codeForKey, MAX_ANNOUNCEMENT_CHARS } from './closed-rooms.js';
import { attachRelay } from './relay.js';

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

async function room() {
	const signing = await generateSigningKeys();
	const facilitator = await exportPublicKey(signing.publicKey);
	const code = await appCodeForKey(facilitator);
	const state: RoomState = {
		type: 'convene/room',
		version: 1,
		code,
		facilitator,
		sealTo: await exportPublicKey((await generateSealingKeys()).publicKey),
		invite: makeInvite({
			workshopId: 'w-relay-closed',
			title: 'T',
			organisation: 'O',
			anonymous: true,
			modules: ['phase'],
			customRubricItems: []
		}),
		seq: 10,
		steps: [{ title: 'Phase', module: 'phase' }],
		current: 0,
		revealed: false,
		closed: false
	};
	const sign = (over: Partial<RoomState>) =>
		signRoomState(signing.privateKey, { ...state, ...over });
	return { code, sign };
}

/**
 * Resolves once `fn` holds, polling every 20 ms; fails after `ms`. (The relay tests get 60 s: on a
 * shared 2-core machine an unload and a reconnect can take seconds.)
 */
async function until(fn: () => boolean, ms = 10_000) {
	const started = Date.now();
	while (!fn()) {
		if (Date.now() - started > ms) throw new Error('timed out');
		await new Promise((r) => setTimeout(r, 20));
	}
}

const link = async (code: string) => {
	const l = connectRoom({ url, code, WebSocket });
	expect(await l.whenSynced(10_000)).toBe(true);
	return l;
};
const slot = (l: RoomLink) => l.room.get(FACILITATOR_SLOT);

describe('the relay keeps a closed room closed', () => {
	it('reads the same code from a key as the app, and only a signed closing announcement', async () => {
		const r = await room();
		const key = JSON.parse(await r.sign({})).state.facilitator as string;
		expect(await codeForKey(key)).toBe(r.code);
		expect(await closingSeq(await r.sign({ seq: 20, closed: true }), r.code)).toBe(20);
		expect(await closingSeq(await r.sign({ seq: 20 }), r.code)).toBeNull();
		const other = await room();
		// Signed by another room's key (whose code is not this one), or changed after signing.
		expect(await closingSeq(await other.sign({ seq: 20, closed: true }), r.code)).toBeNull();
		const closed = JSON.parse(await r.sign({ seq: 20, closed: true }));
		closed.state.seq = 99;
		expect(await closingSeq(JSON.stringify(closed), r.code)).toBeNull();
		expect(await closingSeq('x'.repeat(MAX_ANNOUNCEMENT_CHARS + 1), r.code)).toBeNull();
		expect(await closingSeq('{"state":null}', r.code)).toBeNull();
	});

	it('puts the closing announcement back over a replayed open one, now and in the document loaded again later', async () => {
		const r = await room();
		const open = await r.sign({ seq: 10 });
		const closed = await r.sign({ seq: 20, closed: true });
		const receipt = await r.sign({ seq: 23, closed: true, received: { 'r-a': 1 } });
		const facilitator = await link(r.code);
		const eve = await link(r.code);
		try {
			facilitator.room.set(FACILITATOR_SLOT, open);
			await until(() => slot(eve) === open);
			facilitator.room.set(FACILITATOR_SLOT, closed);
			await until(() => slot(eve) === closed);
			// The receipt (a newer closing announcement) replaces the first one.
			facilitator.room.set(FACILITATOR_SLOT, receipt);
			await until(() => relay.hocuspocus.documents.size > 0 && slot(eve) === receipt);
			await until(() => slot(facilitator) === receipt);
			// The replay: the relay writes the receipt back, for everyone.
			eve.room.set(FACILITATOR_SLOT, open);
			await until(() => slot(eve) === receipt && slot(facilitator) === receipt);
		} finally {
			facilitator.destroy();
			eve.destroy();
		}
		// Everyone gone, the document unloaded: a fresh replay into the new document is undone too.
		await until(() => !relay.hocuspocus.documents.has(`convene-room-${r.code}`));
		const late = await link(r.code);
		try {
			await until(() => slot(late) === receipt);
			late.room.set(FACILITATOR_SLOT, open);
			await until(() => slot(late) === receipt);
		} finally {
			late.destroy();
		}
	}, 60_000);

	it('never keeps a forged closing announcement: the facilitator still speaks for an open room', async () => {
		const r = await room();
		const open = await r.sign({ seq: 10 });
		const forged = JSON.parse(await r.sign({ seq: 20 }));
		forged.state.closed = true;
		const facilitator = await link(r.code);
		const eve = await link(r.code);
		try {
			eve.room.set(FACILITATOR_SLOT, JSON.stringify(forged));
			await until(() => slot(facilitator) === JSON.stringify(forged));
			facilitator.room.set(FACILITATOR_SLOT, open);
			await until(() => slot(eve) === open);
			// Given time to (wrongly) write the forgery back, the relay leaves the open announcement.
			const reopened = await r.sign({ seq: 11 });
			facilitator.room.set(FACILITATOR_SLOT, reopened);
			await until(() => slot(eve) === reopened);
			expect(slot(facilitator)).toBe(reopened);
		} finally {
			facilitator.destroy();
			eve.destroy();
		}
	}, 60_000);
});
