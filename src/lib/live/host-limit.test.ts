/**
 * The room's participant limit holds exactly whatever the batch (issue 30, point 1): every answer slot
 * arrives in one Yjs update, so the host checks them all in one batch before any is verified. The
 * room here is in memory (no relay): what a participant writes reaches the host as a remote update.
 */

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportPublicKey, generateSealingKeys, generateSigningKeys } from '$lib/domain/crypto';
import { codeForKey, newMailboxId } from '$lib/domain/live-code';
import { LIVE_LIMITS } from '$lib/domain/live-limits';
import { sealAnswer } from '$lib/domain/live-room';
import { makeInvite, makeResponseFile } from '$lib/domain/participation';
import { signResponseFile } from '$lib/domain/signed-response';
import type { ParticipantResponse } from '$lib/domain/types';
import { RoomGuest } from './guest';
import { RoomHost, type RefusalCode } from './host';
import type { MailboxLink, RoomLink } from './provider';

const W = 'w-limit';

/** A room link held in memory; `remote` writes into a document as another client would. */
function memoryLink() {
	const doc = new Y.Doc();
	const mailboxes = new Map<string, MailboxLink>();
	const link: RoomLink = {
		doc,
		room: doc.getMap<string>('room'),
		roster: doc.getMap<string>('roster'),
		mailbox(id) {
			let box = mailboxes.get(id);
			if (!box) {
				const d = new Y.Doc();
				box = {
					id,
					doc: d,
					answers: d.getMap<string>('answers'),
					synced: () => true,
					destroy() {}
				};
				mailboxes.set(id, box);
			}
			return box;
		},
		status: () => 'live',
		onStatus: () => () => undefined,
		whenSynced: async () => true,
		destroy() {}
	};
	return { link, mailboxes };
}

/** Applies `write` to `target` as a remote client's update (the host ignores its own writes). */
function remote(target: Y.Doc, write: (doc: Y.Doc) => void) {
	const other = new Y.Doc();
	Y.applyUpdate(other, Y.encodeStateAsUpdate(target));
	const before = Y.encodeStateVector(target);
	write(other);
	Y.applyUpdate(target, Y.encodeStateAsUpdate(other, before), 'remote');
}

async function room(limit: number) {
	const signing = await generateSigningKeys();
	const sealing = await generateSealingKeys();
	const facilitator = await exportPublicKey(signing.publicKey);
	const sealTo = await exportPublicKey(sealing.publicKey);
	const keys = { code: await codeForKey(facilitator), signing, sealing, facilitator, sealTo };
	const rows = new Map<string, ParticipantResponse>();
	const refusals: [RefusalCode, string][] = [];
	const { link } = memoryLink();
	const limits = { ...LIVE_LIMITS, participants: limit, mailboxes: limit + 100 };
	const host = new RoomHost(
		link,
		keys,
		{
			workshopId: W,
			anonymous: () => false,
			existing: async () => [...rows.values()],
			apply: async (writes) => writes.forEach((r) => rows.set(r.id, r))
		},
		{ onRefusal: (code, slot) => refusals.push([code, slot]) },
		0,
		limits
	);
	return { host, link, rows, refusals, sealTo, keys };
}

/** Puts `entries` into mailbox `box` and `box` into the roster, as a participant's client does. */
function enter(link: RoomLink, box: string, entries: readonly (readonly [string, string])[]) {
	remote(link.mailbox(box).doc, (d) => {
		for (const [slot, entry] of entries) d.getMap<string>('answers').set(slot, entry);
	});
	remote(link.doc, (d) => d.getMap('roster').set(box, ''));
}

/** `n` signed, sealed answers (one participant key each), slot → entry. */
async function answers(n: number, sealTo: string, from = 0) {
	const me = await generateSigningKeys();
	const signer = await exportPublicKey(me.publicKey);
	return Promise.all(
		Array.from({ length: n }, async (_, i) => {
			const id = `r-${from + i}`;
			const file = makeResponseFile(W, {
				id,
				name: id,
				revision: 1,
				submittedAt: 1,
				answers: {},
				phase: 2,
				phaseReason: '',
				rubric: {},
				pitfalls: {},
				suggestedPartners: []
			});
			const signed = await signResponseFile(me.privateKey, signer, file);
			return [id, await sealAnswer(sealTo as never, JSON.stringify(signed))] as const;
		})
	);
}

const tooMany = (refusals: [RefusalCode, string][]) =>
	refusals.filter(([code]) => code === 'too-many-participants').map(([, slot]) => slot);

describe('the participant limit', () => {
	for (const limit of [250, 300]) {
		it(`refuses participant ${limit + 1} at ${limit}, all arriving in one batch`, async () => {
			const { host, link, rows, refusals, sealTo } = await room(limit);
			const entries = await answers(limit + 1, sealTo);
			// One crafted mailbox holding every slot, arriving in one update: one batch.
			const box = newMailboxId();
			remote(link.mailbox(box).doc, (d) => {
				const map = d.getMap<string>('answers');
				for (const [slot, entry] of entries) map.set(slot, entry);
			});
			remote(link.doc, (d) => d.getMap('roster').set(box, ''));
			await host.settled();
			expect(rows.size).toBe(limit);
			expect(host.joined.size).toBe(limit);
			expect(tooMany(refusals)).toHaveLength(1);

			// Later batches hold it too: a second participant arriving alone is refused, and a
			// participant already in still answers.
			const late = await answers(1, sealTo, limit + 5);
			const again = entries[0];
			remote(link.mailbox(box).doc, (d) => {
				d.getMap<string>('answers').set(late[0][0], late[0][1]);
				d.getMap<string>('answers').set(again[0], again[1] + ' ');
			});
			await host.settled();
			expect(rows.size).toBe(limit);
			expect(tooMany(refusals)).toHaveLength(2);
			host.destroy();
		});
	}

	it('holds across batches that fill the room together', async () => {
		const { host, link, rows, refusals, sealTo } = await room(10);
		// Two mailboxes of 6 each, arriving in two updates before the host has verified the first.
		for (const from of [0, 6]) {
			const box = newMailboxId();
			const entries = await answers(6, sealTo, from);
			remote(link.mailbox(box).doc, (d) => {
				for (const [slot, entry] of entries) d.getMap<string>('answers').set(slot, entry);
			});
			remote(link.doc, (d) => d.getMap('roster').set(box, ''));
		}
		await host.settled();
		expect(rows.size).toBe(10);
		expect(tooMany(refusals)).toHaveLength(2);
		host.destroy();
	});
});

describe('a room locked to new participants', () => {
	it('keeps its participants answering and refuses anyone new, unopened', async () => {
		const { host, link, rows, refusals, sealTo } = await room(10);
		const [ana, ...bens] = await answers(3, sealTo);
		const [cid] = await answers(1, sealTo, 10);
		const [anaBox, benBox, cidBox] = [newMailboxId(), newMailboxId(), newMailboxId()];
		enter(link, anaBox, [ana]);
		enter(link, benBox, []);
		await host.settled();
		expect([...rows.keys()]).toEqual(['r-0']);

		host.lock(true);
		// Someone new after the lock: refused. Ben entered before it: his first participant comes
		// in, a second identity from his mailbox does not. Ana answers again as usual.
		enter(link, cidBox, [cid]);
		enter(link, benBox, bens);
		enter(link, anaBox, [[ana[0], ana[1] + ' ']]);
		await host.settled();
		expect([...rows.keys()].sort()).toEqual(['r-0', 'r-1']);
		expect(refusals.filter(([code]) => code === 'room-locked').map(([, slot]) => slot)).toEqual([
			'r-10',
			'r-2'
		]);

		// Open again: the newcomer's next answer comes in.
		host.lock(false);
		enter(link, cidBox, [[cid[0], cid[1] + ' ']]);
		await host.settled();
		expect([...rows.keys()].sort()).toEqual(['r-0', 'r-1', 'r-10']);
		host.destroy();
	});
});

describe('a locked room, as a participant’s page sees it', () => {
	it('a page joining for the first time does not enter; one that joined before does', async () => {
		const { host, link, keys } = await room(10);
		await host.announce({
			invite: makeInvite({
				workshopId: W,
				title: 'Lock',
				organisation: 'Org',
				anonymous: false,
				modules: ['phase'],
				customRubricItems: []
			}),
			steps: [{ title: 'Phase', module: 'phase' }],
			current: 0,
			revealed: false,
			closed: false,
			locked: true
		});
		for (const [pinned, enters] of [
			[null, false],
			[keys.facilitator, true]
		] as const) {
			const guestSide = memoryLink().link;
			Y.applyUpdate(guestSide.doc, Y.encodeStateAsUpdate(link.doc), 'remote');
			const guest = new RoomGuest(guestSide, keys.code, pinned, newMailboxId());
			expect((await guest.whenAnnounced(5000))?.locked).toBe(true);
			expect(guest.entered).toBe(enters);
			expect(guestSide.roster.size).toBe(enters ? 1 : 0);
			guest.destroy();
		}
		host.destroy();
	});
});
