/**
 * The relay really runs in the shipped server: starts `node scripts/serve.mjs` exactly as `npm start`
 * does (after its build step), with `PORT=0`, and syncs two Yjs documents through it with Convene's
 * own provider (`connectRoom`), Node's `ws` standing in for the browser's WebSocket. The relay is a
 * child process of that server, with a heap limit, started again when it dies.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { LIVE_LIMITS } from '$lib/domain/live-limits';
import { MAX_DOCUMENTS_PER_ROOM } from './relay.js';
import { connectRoom } from '$lib/live/provider';
import { rawClient, relayClient } from './test-client';

let server: ChildProcess;
let port = 0;

beforeAll(async () => {
	// Exactly `npm start`'s command after its build step (`node scripts/serve.mjs`, no options), run
	// in a directory whose build/ is a stand-in, so this test does not depend on a real build.
	const dir = mkdtempSync(path.join(tmpdir(), 'convene-start-'));
	mkdirSync(path.join(dir, 'build'));
	writeFileSync(path.join(dir, 'build', 'index.html'), '<!doctype html><title>Convene</title>');
	server = spawn(process.execPath, [path.resolve('scripts/serve.mjs')], {
		cwd: dir,
		env: { ...process.env, PORT: '0' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	port = await new Promise<number>((resolve, reject) => {
		let out = '';
		server.stdout?.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const match = /localhost:(\d+)\//.exec(out);
			if (match && out.includes('relay')) resolve(Number(match[1]));
		});
		server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
	});
});

afterAll(() => {
	server?.kill('SIGTERM');
});

describe('relay inside serve.mjs', () => {
	it('still serves files on the same port', async () => {
		const res = await fetch(`http://127.0.0.1:${port}/`);
		expect(res.status).toBe(200);
		expect(await res.text()).toContain('<title>Convene</title>');
	});

	it('syncs two documents of one room through the relay', async () => {
		const url = `ws://127.0.0.1:${port}/relay`;
		const a = connectRoom({ url, code: 'K7P4QX', WebSocket });
		const b = connectRoom({ url, code: 'K7P4QX', WebSocket });
		try {
			expect(await a.whenSynced(5000)).toBe(true);
			expect(await b.whenSynced(5000)).toBe(true);
			// A mailbox document, on the same WebSocket as the room's.
			const mailbox = 'AAAAAAAAAAAAAAAAAAAAAA';
			a.mailbox(mailbox).answers.set('r-1', 'sealed text from a');
			const theirs = b.mailbox(mailbox);
			const seen = await new Promise<string | undefined>((resolve) => {
				const check = () => theirs.answers.get('r-1') && resolve(theirs.answers.get('r-1'));
				theirs.doc.on('update', check);
				check();
			});
			expect(seen).toBe('sealed text from a');
			expect(Y.encodeStateAsUpdate(a.mailbox(mailbox).doc)).toEqual(
				Y.encodeStateAsUpdate(theirs.doc)
			);
			b.room.set('facilitator', 'state from b');
			await new Promise<void>((resolve) => {
				const check = () => a.room.get('facilitator') && resolve();
				a.doc.on('update', check);
				check();
			});
			expect(Y.encodeStateAsUpdate(a.doc)).toEqual(Y.encodeStateAsUpdate(b.doc));
		} finally {
			a.destroy();
			b.destroy();
		}
	});

	it('refuses documents that are not Convene rooms and upgrades on other paths', async () => {
		const other = new WebSocket(`ws://127.0.0.1:${port}/not-the-relay`);
		const outcome = await new Promise<string>((resolve) => {
			other.on('open', () => resolve('open'));
			other.on('error', () => resolve('refused'));
		});
		expect(outcome).toBe('refused');
	});

	it('holds the room document and at most one mailbox per participant the facilitator opens, per room', async () => {
		// The facilitator opens at most LIVE_LIMITS.mailboxes mailboxes; the relay keeps no more.
		expect(MAX_DOCUMENTS_PER_ROOM).toBe(1 + LIVE_LIMITS.mailboxes);
		const { open, close } = relayClient(`ws://127.0.0.1:${port}/relay`);
		const other = relayClient(`ws://127.0.0.1:${port}/relay`);
		const mailbox = (i: number) => `m${String(i).padStart(21, '0')}`;
		try {
			expect(await open('convene-room-ACDEFG')).toBe('synced');
			for (let i = 1; i < MAX_DOCUMENTS_PER_ROOM; i++)
				expect(await open(`convene-room-ACDEFG.${mailbox(i)}`)).toBe('synced');
			// This connection holds a room's worth: another document is refused on it, even another room's.
			expect(await open(`convene-room-ACDEFH.${mailbox(0)}`)).toBe('refused');
			// On another connection, one more mailbox in that room is refused; another room is not.
			expect(await other.open(`convene-room-ACDEFG.${mailbox(0)}`)).toBe('refused');
			expect(await other.open(`convene-room-ACDEFH.${mailbox(0)}`)).toBe('synced');
			expect(await other.open(`convene-room-ACDEFG.${mailbox(1)}`)).toBe('synced');
			// Names that are no room's or no mailbox's.
			for (const name of [
				'convene-room-ACDEFG.short',
				`convene-room-ACDEFG.${mailbox(1)}x`,
				`convene-room-ACDEFG/${mailbox(1)}`,
				'other'
			]) {
				expect(await open(name)).toBe('refused');
			}
		} finally {
			close();
			other.close();
		}
	});

	it('runs in a process of its own: killed, it is started again at once, and pages are served meanwhile', async () => {
		const relayPid = () =>
			Number(
				readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim().split(' ')[0]
			);
		const pid = relayPid();
		expect(pid).toBeGreaterThan(0);
		expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).toContain('--max-old-space-size=');
		const killedAt = performance.now();
		process.kill(pid, 'SIGKILL');
		const page = await fetch(`http://127.0.0.1:${port}/`);
		expect(page.status).toBe(200);
		// A new relay process within half a second (after a 100 ms wait)…
		await expect.poll(relayPid, { timeout: 500, interval: 20 }).not.toBe(pid);
		// …that serves rooms once Node has loaded it: about 1.2 s after the kill here at a load
		// average of 10, over 2 s at 20 (Node's start alone then takes 1.4 s of wall time for 0.3 s of
		// CPU), hence the 5 s limit. Each try is refused at once while it starts.
		for (;;) {
			const client = rawClient(`ws://127.0.0.1:${port}/relay`);
			const outcome = await client.auth('convene-room-K7P4QX');
			client.close();
			if (outcome === 'synced') break;
			expect(performance.now() - killedAt).toBeLessThan(5000);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		console.log(`relay back ${Math.round(performance.now() - killedAt)} ms after it was killed`);
	});
});
