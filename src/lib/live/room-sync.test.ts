/**
 * Host and guests through the real relay (serve.mjs with PORT=0): a guest finds the facilitator's
 * announcement by code, publishes signed sealed answers into its own mailbox, and the host merges
 * them once; participants never receive each other's answers.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { exportPublicKey, generateSealingKeys, generateSigningKeys } from '$lib/domain/crypto';
import { codeForKey, newMailboxId } from '$lib/domain/live-code';
import { LIVE_LIMITS } from '$lib/domain/live-limits';
import { FACILITATOR_SLOT } from '$lib/domain/live-room';
import { makeInvite, makeResponseFile } from '$lib/domain/participation';
import { signResponseFile } from '$lib/domain/signed-response';
import type { ParticipantResponse } from '$lib/domain/types';
import { RoomGuest } from './guest';
import { RoomHost, type RefusalCode } from './host';
import { connectRoom } from './provider';

let server: ChildProcess;
let url = '';

beforeAll(async () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'convene-serve-'));
	writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
	server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir], {
		env: { ...process.env, PORT: '0' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const port = await new Promise<number>((resolve) => {
		let out = '';
		server.stdout?.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const match = /relay on the same port: ws:\/\/localhost:(\d+)/.exec(out);
			if (match) resolve(Number(match[1]));
		});
	});
	url = `ws://127.0.0.1:${port}/relay`;
});

afterAll(() => void server?.kill('SIGTERM'));

const W = 'w-sync';
const invite = makeInvite({
	workshopId: W,
	title: 'Sync',
	organisation: 'Org',
	anonymous: false,
	modules: ['phase'],
	customRubricItems: []
});

/** A facilitator's room on the relay, merging into memory; refusals as `[code, slot]`. */
async function openRoom() {
	const signing = await generateSigningKeys();
	const sealing = await generateSealingKeys();
	const facilitator = await exportPublicKey(signing.publicKey);
	const code = await codeForKey(facilitator);
	const keys = {
		code,
		signing,
		sealing,
		facilitator,
		sealTo: await exportPublicKey(sealing.publicKey)
	};
	const rows = new Map<string, ParticipantResponse>();
	const refusals: [RefusalCode, string][] = [];
	const link = connectRoom({ url, code, WebSocket });
	const host = new RoomHost(
		link,
		keys,
		{
			workshopId: W,
			anonymous: () => false,
			existing: async () => [...rows.values()],
			apply: async (writes) => writes.forEach((r) => rows.set(r.id, r))
		},
		{ onRefusal: (c, slot) => refusals.push([c, slot]) }
	);
	await host.announce({
		invite,
		steps: [{ title: 'Phase', module: 'phase' }],
		current: 0,
		revealed: false,
		closed: false
	});
	expect(await link.whenSynced(5000)).toBe(true);
	return { code, host, link, rows, refusals };
}

/** A participant who joins by code and publishes a signed response with `phase`. */
async function joinAndAnswer(code: string, id: string, phase: 1 | 2 | 3) {
	const link = connectRoom({ url, code, WebSocket, awarenessOn: 'mailboxes' });
	const guest = new RoomGuest(link, code, null, newMailboxId(), {}, 100);
	expect(await guest.whenAnnounced(5000)).not.toBeNull();
	const me = await generateSigningKeys();
	const file = await signResponseFile(
		me.privateKey,
		await exportPublicKey(me.publicKey),
		makeResponseFile(W, {
			id,
			name: id,
			revision: 1,
			submittedAt: 1,
			answers: {},
			phase,
			phaseReason: '',
			rubric: {},
			pitfalls: {},
			suggestedPartners: []
		})
	);
	await guest.publish(id, JSON.stringify(file));
	return { link, guest };
}

describe('host and guests through the relay', () => {
	it('each participant writes into a mailbox of its own; nobody else receives it but the facilitator', async () => {
		const room = await openRoom();
		const ana = await joinAndAnswer(room.code, 'r-ana', 1);
		const ben = await joinAndAnswer(room.code, 'r-ben', 2);
		await expect.poll(() => room.rows.size, { timeout: 5000 }).toBe(2);
		expect(room.rows.get('r-ana')?.phase).toBe(1);
		expect(room.host.mailboxes()).toEqual({ opened: 2, synced: 2 });
		// Ben's room document holds the announcement and the roster (two mailbox ids), not Ana's answer.
		const anaEntry = ana.guest.mailbox?.answers.get('r-ana') ?? '';
		expect(anaEntry.length).toBeGreaterThan(100);
		expect([...ben.link.roster.keys()].sort()).toEqual(
			[ana.guest.mailboxId, ben.guest.mailboxId].sort()
		);
		expect(JSON.stringify(ben.link.doc.toJSON())).not.toContain(anaEntry.slice(-40));
		expect([...ben.link.doc.share.keys()].sort()).toEqual(['room', 'roster']);

		// Someone deletes Ana's roster entry and writes junk into the roster: Ana enters again; the
		// facilitator keeps her mailbox open and refuses the junk without opening anything.
		const evil = connectRoom({ url, code: room.code, WebSocket, awarenessOn: 'mailboxes' });
		expect(await evil.whenSynced(5000)).toBe(true);
		evil.roster.delete(ana.guest.mailboxId);
		evil.roster.set('not a mailbox', '');
		await expect.poll(() => evil.roster.has(ana.guest.mailboxId), { timeout: 5000 }).toBe(true);
		await expect
			.poll(() => room.refusals.map(([c]) => c).sort(), { timeout: 5000 })
			.toEqual(['bad-slot', 'deleted']);
		expect(room.host.mailboxes().opened).toBe(2);

		// The room's limits hold across mailboxes: 600 junk slots in each of two mailboxes of the
		// attacker's pass the 1,000 distinct slots a room looks at.
		const junk = [newMailboxId(), newMailboxId()];
		for (const [m, id] of junk.entries()) {
			const box = evil.mailbox(id);
			box.doc.transact(() => {
				for (let i = 0; i < 600; i++) box.answers.set(`r-junk-${m}-${i}`, '{}');
			});
			evil.roster.set(id, '');
		}
		const over = () => room.refusals.filter(([c]) => c === 'too-many-participants').length;
		// 2 real slots + 1,200 junk: everything past 1,000 distinct slots is refused unopened.
		await expect.poll(over, { timeout: 10_000 }).toBe(2 + 1200 - LIVE_LIMITS.slotsSeen);
		expect(room.host.mailboxes().opened).toBe(4);
		expect(room.rows.size).toBe(2);
		for (const c of [room.host, room.link, ana.guest, ana.link, ben.guest, ben.link, evil])
			c.destroy();
	});

	it('announce, join by code, merge signed sealed answers once', async () => {
		const signing = await generateSigningKeys();
		const sealing = await generateSealingKeys();
		const facilitator = await exportPublicKey(signing.publicKey);
		const code = await codeForKey(facilitator);
		const keys = {
			code,
			signing,
			sealing,
			facilitator,
			sealTo: await exportPublicKey(sealing.publicKey)
		};
		const rows = new Map<string, ParticipantResponse>();
		const refusals: RefusalCode[] = [];
		const hostLink = connectRoom({ url, code, WebSocket });
		const host = new RoomHost(
			hostLink,
			keys,
			{
				workshopId: W,
				anonymous: () => false,
				existing: async () => [...rows.values()],
				apply: async (writes) => writes.forEach((r) => rows.set(r.id, r))
			},
			{ onRefusal: (c) => refusals.push(c) }
		);
		await host.announce({
			invite,
			steps: [{ title: 'Phase', module: 'phase' }],
			current: 0,
			revealed: false,
			closed: false
		});
		expect(await hostLink.whenSynced(5000)).toBe(true);

		const guestLink = connectRoom({ url, code, WebSocket, awarenessOn: 'mailboxes' });
		const guest = new RoomGuest(guestLink, code, null, newMailboxId());
		const state = await guest.whenAnnounced(5000);
		expect(state?.invite.workshopId).toBe(W);
		expect(guest.pinned).toBe(facilitator);

		const me = await generateSigningKeys();
		const mine = await exportPublicKey(me.publicKey);
		const response = {
			id: 'r-1',
			name: 'Ana',
			revision: 1,
			submittedAt: 1,
			answers: {},
			phase: 3 as const,
			phaseReason: '',
			rubric: {},
			pitfalls: {},
			suggestedPartners: []
		};
		const file = await signResponseFile(me.privateKey, mine, makeResponseFile(W, response));
		await guest.publish('r-1', JSON.stringify(file));
		await guest.publish('r-1', JSON.stringify(file));
		await expect.poll(() => rows.get('r-1')?.phase, { timeout: 5000 }).toBe(3);
		await host.settled();
		expect(rows.size).toBe(1);
		expect(rows.get('r-1')?.signer).toBe(mine);
		expect(refusals).toEqual([]);
		host.destroy();
		guest.destroy();
		hostLink.destroy();
		guestLink.destroy();
	});

	it('while the facilitator’s page is closed, participants keep the room findable: a deleted, forged or replayed announcement comes back', async () => {
		const { code, host, link } = await openRoom();
		const first = await joinAndAnswer(code, 'r-a', 2);
		const older = link.room.get(FACILITATOR_SLOT)!;
		await host.announce({
			invite,
			steps: [{ title: 'Phase', module: 'phase' }],
			current: 0,
			revealed: true,
			closed: false
		});
		await expect.poll(() => first.guest.state?.revealed).toBe(true);
		const announcement = link.room.get(FACILITATOR_SLOT);
		// The facilitator's page closes; someone who knows the code stays.
		host.destroy();
		link.destroy();
		const evil = connectRoom({ url, code, WebSocket });
		try {
			expect(await evil.whenSynced(5000)).toBe(true);
			// Junk entries first, then the announcement deleted: the junk cannot push it out of reach.
			evil.room.doc!.transact(() => {
				for (let i = 0; i < LIVE_LIMITS.announcements + 5; i++) evil.room.set(`junk-${i}`, '{}');
			});
			evil.room.delete(FACILITATOR_SLOT);
			await expect.poll(() => evil.room.get(FACILITATOR_SLOT)).toBe(announcement);
			evil.room.set(FACILITATOR_SLOT, '{"state":{"forged":true},"sig":"x"}');
			await expect.poll(() => evil.room.get(FACILITATOR_SLOT)).toBe(announcement);
			// An older announcement of the facilitator's (a replay) is replaced by the newest too.
			evil.room.set(FACILITATOR_SLOT, older);
			await expect.poll(() => evil.room.get(FACILITATOR_SLOT)).toBe(announcement);
			// A newcomer still finds the room, at its latest state.
			const late = await joinAndAnswer(code, 'r-b', 3);
			expect(late.guest.state?.revealed).toBe(true);
			late.guest.destroy();
			late.link.destroy();
		} finally {
			evil.destroy();
			first.guest.destroy();
			first.link.destroy();
		}
	});

	it('a participant never writes over a newer announcement of the facilitator', async () => {
		const { code, host, link, refusals } = await openRoom();
		const guests = await Promise.all(['r-c', 'r-d', 'r-e'].map((id) => joinAndAnswer(code, id, 1)));
		try {
			for (const current of [0, 1, 0, 1]) {
				await host.announce({
					invite,
					steps: [
						{ title: 'Phase', module: 'phase' },
						{ title: 'Phase again', module: 'phase' }
					],
					current,
					revealed: false,
					closed: false
				});
				const sent = link.room.get(FACILITATOR_SLOT);
				for (const { guest } of guests) await expect.poll(() => guest.state?.current).toBe(current);
				expect(link.room.get(FACILITATOR_SLOT)).toBe(sent);
			}
			// A heal would have put an older announcement back: the facilitator would have flagged it.
			await host.settled();
			expect(refusals).toEqual([]);
		} finally {
			for (const { guest, link: l } of guests) {
				guest.destroy();
				l.destroy();
			}
			host.destroy();
			link.destroy();
		}
	});
});
