/**
 * Host and guests through the real relay (serve.mjs with PORT=0): a guest finds the facilitator's
 * announcement by code, publishes signed sealed answers, and the host merges them once.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { exportPublicKey, generateSealingKeys, generateSigningKeys } from '$lib/domain/identity';
import { codeForKey } from '$lib/domain/live-code';
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
	server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
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
const invite = makeInvite({ workshopId: W, title: 'Sync', organisation: 'Org', anonymous: false, modules: ['phase'], customRubricItems: [] });

describe('host and guests through the relay', () => {
	it('announce, join by code, merge signed sealed answers once', async () => {
		const signing = await generateSigningKeys();
		const sealing = await generateSealingKeys();
		const facilitator = await exportPublicKey(signing.publicKey);
		const code = await codeForKey(facilitator);
		const keys = { code, signing, sealing, facilitator, sealTo: await exportPublicKey(sealing.publicKey) };
		const rows = new Map<string, ParticipantResponse>();
		const refusals: RefusalCode[] = [];
		const hostLink = connectRoom({ url, code, WebSocket });
		const host = new RoomHost(hostLink, keys, {
			workshopId: W,
			anonymous: () => false,
			existing: async () => [...rows.values()],
			apply: async (writes) => writes.forEach((r) => rows.set(r.id, r))
		}, { onRefusal: (c) => refusals.push(c) });
		await host.announce({ invite, steps: [{ title: 'Phase', module: 'phase' }], current: 0, revealed: false, closed: false });
		expect(await hostLink.whenSynced(5000)).toBe(true);

		const guestLink = connectRoom({ url, code, WebSocket });
		const guest = new RoomGuest(guestLink, code, null);
		const state = await guest.whenAnnounced(5000);
		expect(state?.invite.workshopId).toBe(W);
		expect(guest.pinned).toBe(facilitator);

		const me = await generateSigningKeys();
		const mine = await exportPublicKey(me.publicKey);
		const response = { id: 'r-1', name: 'Ana', revision: 1, submittedAt: 1, answers: {}, phase: 3 as const, phaseReason: '', rubric: {}, pitfalls: {}, suggestedPartners: [] };
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
});
