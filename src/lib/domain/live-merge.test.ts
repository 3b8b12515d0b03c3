/**
 * The merge of live answers: signed responses, opened from the room, through the same idempotent
 * merge as files — idempotent, newest revision wins, first key pins, anonymity holds — and the
 * room's codes, limits and announcements.
 */

import { describe, expect, it } from 'vitest';
import { mergeReasonText } from '$lib/i18n/problem';
import { exportPublicKey, generateSealingKeys, generateSigningKeys } from './crypto';
import {
	CODE_ALPHABET,
	codeForKey,
	formatCode,
	MAILBOX_ID,
	mailboxDocName,
	newMailboxId,
	parseCode,
	relayUrl,
	shortJoinUrl
} from './live-code';
import { checkAnswerEntry, checkRosterEntry, LIVE_LIMITS } from './live-limits';
import { answeredStep, participantModuleOf } from './live-progress';
import {
	openAnswer,
	pickRoomState,
	readRoomState,
	sealAnswer,
	signRoomState,
	type RoomState
} from './live-room';
import { makeInvite, makeResponseFile, readResponseFile, type ResponseFile } from './participation';
import { ok } from './safe-json';
import {
	checkSignature,
	planSignedMerge,
	signResponseFile,
	verifyIncoming
} from './signed-response';
import type { ParticipantResponse } from './types';

const W = 'w-live';
const response = (
	over: Partial<Omit<ParticipantResponse, 'workshopId'>> = {}
): Omit<ParticipantResponse, 'workshopId'> => ({
	id: 'r-ana',
	name: 'Ana',
	revision: 1,
	submittedAt: 1000,
	answers: { 'map-1': 'Food bank' },
	phase: 2,
	phaseReason: '',
	rubric: {},
	pitfalls: { 'pitfall-4': 'risk' },
	suggestedPartners: [],
	...over
});

async function participant() {
	const keys = await generateSigningKeys();
	const publicKey = await exportPublicKey(keys.publicKey);
	const sign = (over: Partial<Omit<ParticipantResponse, 'workshopId'>> = {}) =>
		signResponseFile(keys.privateKey, publicKey, makeResponseFile(W, response(over)));
	return { keys, publicKey, sign };
}

const item = (file: ResponseFile, source = 'live:r-ana') => ({ source, file: ok(file) });
const stored = (file: ResponseFile): ParticipantResponse => ({ ...file.response, workshopId: W });

describe('signed responses', () => {
	it('verify, and fail when a byte changes or the signer is swapped', async () => {
		const ana = await participant();
		const eve = await participant();
		const file = await ana.sign();
		expect(await checkSignature(file)).toBe('valid');
		// Through JSON and the file validator, as a file or a sealed live entry travels.
		const read = readResponseFile(JSON.stringify(file));
		expect(read.ok && (await checkSignature(read.value))).toBe('valid');
		expect(await checkSignature({ ...file, response: { ...file.response, phase: 3 } })).toBe(
			'bad-signature'
		);
		expect(
			await checkSignature({ ...file, response: { ...file.response, signer: eve.publicKey } })
		).toBe('bad-signature');
		expect(await checkSignature(makeResponseFile(W, response()))).toBe('unsigned');
		const checked = await verifyIncoming([
			item({ ...file, response: { ...file.response, revision: 1_000_000 } })
		]);
		expect(checked[0].file.ok).toBe(false);
	});
});

describe('live merge (planSignedMerge)', () => {
	it('is idempotent: the same signed answer twice changes nothing', async () => {
		const ana = await participant();
		const file = await ana.sign();
		const first = planSignedMerge(W, [], [item(file)]);
		expect(first.items.map((i) => i.outcome)).toEqual(['added']);
		expect(first.writes[0].signer).toBe(ana.publicKey);
		const again = planSignedMerge(W, first.writes, [item(file), item(file)]);
		expect(again.items.map((i) => i.outcome)).toEqual(['unchanged', 'unchanged']);
		expect(again.writes).toEqual([]);
	});

	it('takes newer revisions, keeps newer over older, and treats the same answers re-sent as unchanged', async () => {
		const ana = await participant();
		const r1 = await ana.sign({ revision: 1, submittedAt: 1000 });
		const r2 = await ana.sign({ revision: 2, submittedAt: 2000, phase: 3 });
		const r3same = await ana.sign({ revision: 3, submittedAt: 3000, phase: 3 });
		const after2 = planSignedMerge(W, [stored(r1)], [item(r2)]);
		expect(after2.items[0].outcome).toBe('updated');
		expect(after2.writes[0].phase).toBe(3);
		expect(planSignedMerge(W, [stored(r2)], [item(r1)]).items[0].outcome).toBe('older');
		const same = planSignedMerge(W, [stored(r2)], [item(r3same)]);
		expect(same.items[0].outcome).toBe('unchanged');
		expect(same.writes).toEqual([]);
	});

	it('pins the first key: another key, or no signature, for a pinned id is refused with a reason', async () => {
		const ana = await participant();
		const eve = await participant();
		const real = await ana.sign();
		const forged = await eve.sign({ revision: 1_000_000, submittedAt: 9e12, phase: 6 });
		const plan = planSignedMerge(
			W,
			[stored(real)],
			[item(forged), item(makeResponseFile(W, response({ revision: 5 })))]
		);
		expect(plan.items.map((i) => i.outcome)).toEqual(['refused', 'refused']);
		expect(mergeReasonText(plan.items[0].reason)).toMatch(/another key/);
		expect(mergeReasonText(plan.items[1].reason)).toMatch(/not signed/);
		expect(plan.writes).toEqual([]);
		// Within one batch too: the first signer of a new id pins it.
		const batch = planSignedMerge(W, [], [item(real), item(forged)]);
		expect(batch.items.map((i) => i.outcome)).toEqual(['added', 'refused']);
		expect(batch.writes).toHaveLength(1);
		expect(batch.writes[0].signer).toBe(ana.publicKey);
	});

	it('keeps no name in an anonymous workshop, whatever the client sends', async () => {
		const ana = await participant();
		const plan = planSignedMerge(W, [], [item(await ana.sign({ name: 'Ana Ruiz' }))], {
			anonymous: true
		});
		expect(plan.writes[0].name).toBe('');
		expect(plan.items[0].name).toBe('');
		const named = planSignedMerge(W, [], [item(await ana.sign({ name: 'Ana Ruiz' }))]);
		expect(named.writes[0].name).toBe('Ana Ruiz');
	});
});

describe('room codes', () => {
	it('are 6 characters of the alphabet, derived from the key, shown in two groups', async () => {
		const keys = await generateSigningKeys();
		const key = await exportPublicKey(keys.publicKey);
		const code = await codeForKey(key);
		expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
		expect(await codeForKey(key)).toBe(code);
		expect(CODE_ALPHABET).not.toMatch(/[01258BILOSUVZ]/);
		expect(formatCode('K7P4QX')).toBe('K7P 4QX');
		expect(parseCode(' k7p-4qx ')).toEqual({ ok: true, code: 'K7P4QX' });
		expect(parseCode('K7P 4Q')).toEqual({ ok: false, error: 'code-length' });
		expect(parseCode('K0P 4QX')).toEqual({ ok: false, error: 'code-characters' });
		expect(parseCode('  ')).toEqual({ ok: false, error: 'code-empty' });
	});

	it('complete typed relay addresses and short join links', () => {
		expect(relayUrl('192.168.1.20:4173')).toBe('ws://192.168.1.20:4173/relay');
		expect(relayUrl('https://relay.example.org')).toBe('wss://relay.example.org/relay');
		expect(relayUrl('http://h:1', '/convene')).toBe('ws://h:1/convene/relay');
		expect(relayUrl('wss://r.example.org/x/relay')).toBe('wss://r.example.org/x/relay');
		expect(relayUrl('javascript:alert(1)')).toBeNull();
		expect(relayUrl('')).toBeNull();
		expect(shortJoinUrl('http://h:1/join/', 'K7P4QX')).toBe('http://h:1/join/?c=K7P4QX');
	});
});

describe('room announcements and answers', () => {
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
				workshopId: W,
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
		return {
			signing,
			sealing,
			facilitator,
			code,
			state,
			text: await signRoomState(signing.privateKey, state)
		};
	}

	it('are accepted only from the key the code names, unchanged, and not older than the last', async () => {
		const r = await room();
		const eve = await room();
		expect(await readRoomState(r.text, r.code, null, -1)).toMatchObject({ ok: true });
		// Eve signs her own state claiming Ana's code: her key's code is another.
		const fake = await signRoomState(eve.signing.privateKey, {
			...eve.state,
			code: r.code,
			closed: true
		});
		expect(await readRoomState(fake, r.code, null, -1)).toEqual({ ok: false, code: 'wrong-code' });
		const tampered = JSON.parse(r.text);
		tampered.state.closed = true;
		expect(await readRoomState(JSON.stringify(tampered), r.code, null, -1)).toEqual({
			ok: false,
			code: 'bad-signature'
		});
		expect(await readRoomState(r.text, r.code, null, 11)).toEqual({ ok: false, code: 'stale' });
		expect(await readRoomState('{"state":', r.code, null, -1)).toEqual({
			ok: false,
			code: 'unreadable'
		});
		expect(
			await readRoomState('x'.repeat(LIVE_LIMITS.announcementChars + 1), r.code, null, -1)
		).toEqual({ ok: false, code: 'too-big' });
		expect((await pickRoomState([fake, 'junk', r.text], r.code, null, -1))?.facilitator).toBe(
			r.facilitator
		);
	});

	it('carry an invite a join link would carry: the join schema checks it (a form listed twice, a bad id)', async () => {
		const r = await room();
		const signed = (invite: Record<string, unknown>) =>
			signRoomState(r.signing.privateKey, { ...r.state, invite } as RoomState);
		const twice = { ...r.state.invite, modules: ['phase', 'phase'] };
		expect(await readRoomState(await signed(twice), r.code, null, -1)).toEqual({
			ok: false,
			code: 'unreadable'
		});
		const badId = { ...r.state.invite, workshopId: 'join:w1' };
		expect(await readRoomState(await signed(badId), r.code, null, -1)).toEqual({
			ok: false,
			code: 'unreadable'
		});
		const newer = { ...r.state.invite, contentVersion: 1001 };
		expect(await readRoomState(await signed(newer), r.code, null, -1)).toEqual({
			ok: false,
			code: 'unreadable'
		});
	});

	it('open sealed, signed answers only with the room key, in their own slot', async () => {
		const r = await room();
		const other = await room();
		const ana = await participant();
		const signed = await ana.sign();
		const entry = await sealAnswer(r.state.sealTo, JSON.stringify(signed));
		expect(entry).not.toContain('Food bank');
		expect(await openAnswer(r.sealing.privateKey, W, 'r-ana', entry)).toMatchObject({ ok: true });
		expect(await openAnswer(other.sealing.privateKey, W, 'r-ana', entry)).toEqual({
			ok: false,
			code: 'unsealed'
		});
		expect(await openAnswer(r.sealing.privateKey, W, 'r-bob', entry)).toEqual({
			ok: false,
			code: 'slot-mismatch'
		});
		expect(await openAnswer(r.sealing.privateKey, 'w-other', 'r-ana', entry)).toEqual({
			ok: false,
			code: 'other-workshop'
		});
		const unsigned = await sealAnswer(
			r.state.sealTo,
			JSON.stringify(makeResponseFile(W, response()))
		);
		expect(await openAnswer(r.sealing.privateKey, W, 'r-ana', unsigned)).toEqual({
			ok: false,
			code: 'unsigned'
		});
		const notAFile = await sealAnswer(r.state.sealTo, '{"hello":1}');
		expect(await openAnswer(r.sealing.privateKey, W, 'r-ana', notAFile)).toEqual({
			ok: false,
			code: 'not-a-response'
		});
		expect(await openAnswer(r.sealing.privateKey, W, 'r-ana', 'nonsense')).toEqual({
			ok: false,
			code: 'unreadable'
		});
	});
});

describe('limits', () => {
	const usage = (slots: string[] = [], otherChars = 0, seen: string[] = slots) => ({
		slots: new Set(slots),
		otherChars,
		seen: new Set(seen)
	});
	it('refuse odd slots, non-text, oversized entries, too many participants and a full room', () => {
		expect(checkAnswerEntry('r-1', 'x', usage())).toBeNull();
		expect(checkAnswerEntry('bad slot!', 'x', usage())).toBe('bad-slot');
		expect(checkAnswerEntry('r-1', 42, usage())).toBe('not-text');
		expect(checkAnswerEntry('r-1', 'x'.repeat(LIVE_LIMITS.entryChars + 1), usage())).toBe(
			'entry-too-big'
		);
		const full = Array.from({ length: LIVE_LIMITS.participants }, (_, i) => `r-${i}`);
		expect(checkAnswerEntry('r-new', 'x', usage(full))).toBe('too-many-participants');
		expect(checkAnswerEntry('r-0', 'x', usage(full))).toBeNull();
		const junk = Array.from({ length: LIVE_LIMITS.slotsSeen }, (_, i) => `j-${i}`);
		expect(checkAnswerEntry('r-new', 'x', usage([], 0, junk))).toBe('too-many-participants');
		expect(checkAnswerEntry('r-1', 'x'.repeat(10), usage([], LIVE_LIMITS.roomChars - 5))).toBe(
			'room-too-big'
		);
	});

	it('open a roster entry only if it is a mailbox id, and no more mailboxes than the limit', () => {
		const mailbox = newMailboxId();
		expect(mailbox).toMatch(MAILBOX_ID);
		expect(newMailboxId()).not.toBe(mailbox);
		expect(checkRosterEntry(mailbox, new Set())).toBeNull();
		for (const odd of ['', 'short', `${mailbox}x`, `${mailbox.slice(1)}/`, 'a'.repeat(10_000)])
			expect(checkRosterEntry(odd, new Set())).toBe('bad-slot');
		const full = new Set(Array.from({ length: LIVE_LIMITS.mailboxes }, () => newMailboxId()));
		expect(checkRosterEntry(mailbox, full)).toBe('too-many-participants');
		expect(checkRosterEntry([...full][0], full)).toBeNull();
		expect(mailboxDocName('K7P4QX', mailbox)).toBe(`convene-room-K7P4QX.${mailbox}`);
	});
});

describe('answered this step', () => {
	it('counts responses that answer the form of the current step', () => {
		const rows = [
			response(),
			response({ phase: null, pitfalls: {} }),
			response({ answers: { 'map-1': '  ' } })
		];
		expect(participantModuleOf('phase')).toBe('phase');
		expect(participantModuleOf('momentum')).toBe('momentum');
		expect(participantModuleOf('tips')).toBeNull();
		expect(answeredStep(rows, 'phase')).toBe(2);
		expect(answeredStep(rows, 'pitfalls')).toBe(2);
		expect(answeredStep(rows, 'map-questions')).toBe(2);
		expect(answeredStep(rows, 'momentum')).toBe(0);
		expect(answeredStep([response({ momentum: { 'momentum-2': 4 } })], 'momentum')).toBe(1);
	});
});
