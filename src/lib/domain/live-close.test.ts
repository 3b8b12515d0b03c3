/**
 * The room's end, as pure rules: a closed announcement outranks every open one (a replayed "open"
 * never hides the end), the receipt the last announcement carries, and what a participant's page
 * may say about their answers once the room is closed.
 */

import { describe, expect, it } from 'vitest';
import { exportPublicKey, generateSealingKeys, generateSigningKeys } from './crypto';
import { codeForKey } from './live-code';
import {
	closingOutcome,
	outranks,
	pickRoomState,
	readRoomState,
	receiptOf,
	signRoomState,
	type RoomState
} from './live-room';
import { makeInvite } from './participation';

async function room() {
	const signing = await generateSigningKeys();
	const sealing = await generateSealingKeys();
	const facilitator = await exportPublicKey(signing.publicKey);
	const code = await codeForKey(facilitator);
	const state: RoomState = {
		type: 'convene/room',
		version: 1,
		code,
		facilitator,
		sealTo: await exportPublicKey(sealing.publicKey),
		invite: makeInvite({
			workshopId: 'w-close',
			title: 'T',
			organisation: 'O',
			anonymous: false,
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
	return { code, facilitator, state, sign };
}

describe('outranks', () => {
	it('puts a closed announcement above every open one, whatever their seq', () => {
		expect(outranks({ closed: true, seq: 5 }, { closed: false, seq: 900 })).toBe(true);
		expect(outranks({ closed: false, seq: 900 }, { closed: true, seq: 5 })).toBe(false);
	});

	it('orders announcements of the same kind by seq', () => {
		expect(outranks({ closed: false, seq: 11 }, { closed: false, seq: 10 })).toBe(true);
		expect(outranks({ closed: false, seq: 10 }, { closed: false, seq: 10 })).toBe(false);
		expect(outranks({ closed: true, seq: 12 }, { closed: true, seq: 11 })).toBe(true);
	});
});

describe('a late joiner reading the room map', () => {
	it('sees the room closed when a replayed open announcement sits beside the closed one', async () => {
		const r = await room();
		const open = await r.sign({ seq: 10 });
		const closed = await r.sign({ seq: 20, closed: true });
		// The replay in the facilitator's slot (read first), the closed one in any other entry.
		const state = await pickRoomState([open, closed], r.code, null, -1);
		expect(state?.closed).toBe(true);
		expect((await pickRoomState([closed, open], r.code, null, -1))?.closed).toBe(true);
	});

	it('takes the receipt (the last closed announcement) over the first closed one', async () => {
		const r = await room();
		const closed = await r.sign({ seq: 20, closed: true });
		const receipt = await r.sign({ seq: 23, closed: true, received: { 'r-ana': 4 } });
		const state = await pickRoomState([closed, receipt], r.code, null, -1);
		expect(state?.received).toEqual({ 'r-ana': 4 });
	});

	it('refuses a receipt on an open announcement, and a receipt that is not revisions by id', async () => {
		const r = await room();
		const openReceipt = await r.sign({ seq: 20, received: { 'r-ana': 4 } });
		expect(await readRoomState(openReceipt, r.code, null, -1)).toEqual({
			ok: false,
			code: 'unreadable'
		});
		const badId = await r.sign({ seq: 21, closed: true, received: { 'no spaces': 1 } });
		expect((await readRoomState(badId, r.code, null, -1)).ok).toBe(false);
		const badRevision = await r.sign({ seq: 22, closed: true, received: { 'r-ana': -1 } });
		expect((await readRoomState(badRevision, r.code, null, -1)).ok).toBe(false);
	});
});

describe('receiptOf', () => {
	it('lists the stored revision of each participant verified in this room, and no one else', () => {
		const rows = [
			{ id: 'r-ana', revision: 7 },
			{ id: 'r-file', revision: 2 },
			{ id: 'r-ben', revision: 1 }
		];
		expect(receiptOf(rows, new Set(['r-ana', 'r-ben', 'r-gone']))).toEqual({
			'r-ana': 7,
			'r-ben': 1
		});
	});
});

describe('closingOutcome', () => {
	const mine = { id: 'r-ana', revision: 5, unsent: false };

	it('says nothing while the room is open, and waits for the receipt once it closes', () => {
		expect(closingOutcome({ closed: false }, mine)).toBeNull();
		expect(closingOutcome({ closed: true }, mine)).toBe('waiting');
	});

	it('says received only when the receipt holds the last revision sent, or a newer one', () => {
		expect(closingOutcome({ closed: true, received: { 'r-ana': 5 } }, mine)).toBe('received');
		expect(closingOutcome({ closed: true, received: { 'r-ana': 6 } }, mine)).toBe('received');
		expect(closingOutcome({ closed: true, received: { 'r-ana': 4 } }, mine)).toBe('not-received');
		expect(closingOutcome({ closed: true, received: { 'r-ben': 9 } }, mine)).toBe('not-received');
		expect(closingOutcome({ closed: true, received: {} }, mine)).toBe('not-received');
	});

	it('says not received when changes were never sent, whatever the receipt holds', () => {
		const unsent = { ...mine, unsent: true };
		expect(closingOutcome({ closed: true, received: { 'r-ana': 99 } }, unsent)).toBe(
			'not-received'
		);
	});

	it('has nothing to lose for a participant who sent and holds nothing', () => {
		expect(closingOutcome({ closed: true, received: {} }, null)).toBe('received');
	});

	it('is not fooled by a response id named like an object property', () => {
		const proto = { id: 'constructor', revision: 0, unsent: false };
		expect(closingOutcome({ closed: true, received: {} }, proto)).toBe('not-received');
	});
});
