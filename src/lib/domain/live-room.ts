/**
 * What travels through a live room, as plain values (the Yjs layer in `$lib/live` only stores them
 * as strings): the facilitator's signed room announcement (invite, step, reveal, closed) and each
 * participant's sealed, signed answers. Every reader verifies; every failure is a code that the UI
 * translates (`live.refusal.<code>`). Pure: Web Crypto and valibot only.
 *
 * - Announcement: `{ state, sig }`, `sig` = the facilitator's ECDSA signature of `state`. A
 *   participant accepts it only if the key's room code is the code they typed (see live-code.ts),
 *   the signature holds, the key is the one they pinned at join, and `seq` is not older than the
 *   last one they accepted (an old "open" state replayed after "closed" changes nothing). A closed
 *   announcement outranks every open one whatever their `seq` (`outranks`): the room's end is final.
 * - Closing: the facilitator signs `closed` (participants send what they still hold at once), waits
 *   `CLOSE_GRACE_MS` for those last answers, then signs a last closed announcement carrying
 *   `received`, the revision merged per response id: each participant's page compares it with what
 *   it sent (`closingOutcome`) before saying their answers were received.
 * - Answer: `{ v: 1, sealed }`, the sealed text being the participant's signed response file, the
 *   same format a file hand-in has. Only the facilitator's per-room ECDH key opens it.
 */

import * as v from 'valibot';
import {
	openSealed,
	seal,
	signValue,
	verifySignature,
	isPublicKeyText,
	type PublicKeyText
} from './crypto';
import { codeForKey } from './live-code';
import { LIVE_LIMITS } from './live-limits';
import {
	joinSchema,
	PARTICIPANT_MODULES,
	readResponseFile,
	type JoinInvite,
	type ParticipantModule,
	type ResponseFile
} from './participation';
import { parseUntrustedJson } from './safe-json';
import { ROW_ID_PATTERN } from './file-rows';
import { MODULE_KINDS } from './modules';
import type { ModuleKind } from './types';
import { checkSignature } from './signed-response';

export const ROOM_TYPE = 'convene/room';
export const ROOM_VERSION = 1;

/**
 * A step as a participant sees it: its title and the form it asks for (null: nothing to answer);
 * its agenda module (`kind`: so a template title shows in the participant's language, see
 * `stepTitle`) and the seed questions it asks (`asked`, absent = all; see asked.ts).
 */
export interface RoomStep {
	title: string;
	module: ParticipantModule | null;
	kind?: ModuleKind;
	asked?: string[];
}

export interface RoomState {
	type: typeof ROOM_TYPE;
	version: typeof ROOM_VERSION;
	code: string;
	/** The facilitator's public signing key for this room. */
	facilitator: PublicKeyText;
	/** The facilitator's per-room ECDH key: answers are sealed to it. */
	sealTo: PublicKeyText;
	invite: JoinInvite;
	/** Increases with every change (milliseconds since 1970, or one more than the last). */
	seq: number;
	steps: RoomStep[];
	/** Index of the current step in `steps`. */
	current: number;
	revealed: boolean;
	closed: boolean;
	/** Locked to new participants: a page that has not entered the room yet does not (absent = open). */
	locked?: boolean;
	/**
	 * Only in the last, closed announcement: the revision merged for each response id verified in
	 * this room (the receipt each participant checks its own answers against).
	 */
	received?: Record<string, number>;
}

interface SignedRoomState {
	state: RoomState;
	sig: string;
}

type RoomRefusal =
	| 'not-text'
	| 'too-big'
	| 'unreadable'
	| 'wrong-code'
	| 'wrong-key'
	| 'bad-signature'
	| 'stale'
	| 'unsealed'
	| 'not-a-response'
	| 'unsigned'
	| 'slot-mismatch'
	| 'other-workshop';

const key = v.custom<PublicKeyText>(isPublicKeyText, 'not a key');
const short = v.pipe(v.string(), v.maxLength(500));

const stateSchema = v.object({
	type: v.literal(ROOM_TYPE),
	version: v.literal(ROOM_VERSION),
	code: v.pipe(v.string(), v.length(6)),
	facilitator: key,
	sealTo: key,
	// The same invite a join link carries, checked by the same schema.
	invite: joinSchema,
	seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
	steps: v.pipe(
		v.array(
			v.object({
				title: short,
				module: v.nullable(v.picklist(PARTICIPANT_MODULES)),
				kind: v.optional(v.picklist(MODULE_KINDS)),
				asked: v.optional(
					v.pipe(v.array(v.pipe(v.string(), v.regex(ROW_ID_PATTERN))), v.maxLength(100))
				)
			})
		),
		v.maxLength(500)
	),
	current: v.pipe(v.number(), v.integer(), v.minValue(0)),
	revealed: v.boolean(),
	closed: v.boolean(),
	locked: v.optional(v.boolean()),
	received: v.optional(
		v.pipe(
			v.record(
				v.pipe(v.string(), v.regex(ROW_ID_PATTERN)),
				v.pipe(v.number(), v.integer(), v.minValue(0))
			),
			v.check((r) => Object.keys(r).length <= LIVE_LIMITS.participants)
		)
	)
});

const signedSchema = v.object({ state: stateSchema, sig: v.pipe(v.string(), v.length(86)) });

/** Signs a room state with the facilitator's private signing key; the value to store, as text. */
export async function signRoomState(privateKey: CryptoKey, state: RoomState): Promise<string> {
	const signed: SignedRoomState = { state, sig: await signValue(privateKey, state) };
	return JSON.stringify(signed);
}

type Checked<T, C extends RoomRefusal = RoomRefusal> =
	{ ok: true; value: T } | { ok: false; code: C };

/** Why an answer slot is refused once opened (what the facilitator can meet). */
export type AnswerRefusal =
	| 'unreadable'
	| 'unsealed'
	| 'not-a-response'
	| 'other-workshop'
	| 'slot-mismatch'
	| 'unsigned'
	| 'bad-signature';

/**
 * Reads one announcement as a participant (or as the facilitator checking its own). `pinned` is the
 * facilitator key accepted earlier (null at join: then the code decides); `lastSeq` the last
 * accepted `seq` (-1 at join).
 */
export async function readRoomState(
	raw: unknown,
	code: string,
	pinned: PublicKeyText | null,
	lastSeq: number
): Promise<Checked<RoomState>> {
	if (typeof raw !== 'string') return { ok: false, code: 'not-text' };
	if (raw.length > LIVE_LIMITS.announcementChars) return { ok: false, code: 'too-big' };
	const parsed = parseUntrustedJson(raw, { maxChars: LIVE_LIMITS.announcementChars, maxDepth: 12 });
	if (!parsed.ok) return { ok: false, code: 'unreadable' };
	const result = v.safeParse(signedSchema, parsed.value);
	if (!result.success) return { ok: false, code: 'unreadable' };
	const { state, sig } = result.output as SignedRoomState;
	if (state.code !== code || (await codeForKey(state.facilitator)) !== code)
		return { ok: false, code: 'wrong-code' };
	if (pinned && state.facilitator !== pinned) return { ok: false, code: 'wrong-key' };
	// The signature covers the state as sent (the validator's output drops unknown fields).
	const sent = (parsed.value as { state: unknown }).state;
	if (!(await verifySignature(state.facilitator, sent, sig)))
		return { ok: false, code: 'bad-signature' };
	if (state.seq < lastSeq) return { ok: false, code: 'stale' };
	if (state.received && !state.closed) return { ok: false, code: 'unreadable' };
	if (state.current >= Math.max(1, state.steps.length)) return { ok: false, code: 'unreadable' };
	return { ok: true, value: state };
}

/** The room map's key under which the facilitator publishes the announcement. */
export const FACILITATOR_SLOT = 'facilitator';

/**
 * The valid announcement with the highest `seq` among the first `LIVE_LIMITS.announcements`
 * entries of the room map, with the entry's text as it was sent (`raw`: what a participant re-posts
 * when somebody deletes it), or null. Put the facilitator's slot first, so that junk entries added
 * by others cannot push it out of reach.
 */
export async function pickRoomAnnouncement(
	entries: readonly unknown[],
	code: string,
	pinned: PublicKeyText | null,
	lastSeq: number
): Promise<{ state: RoomState; raw: string } | null> {
	let best: { state: RoomState; raw: string } | null = null;
	for (const raw of entries.slice(0, LIVE_LIMITS.announcements)) {
		const read = await readRoomState(raw, code, pinned, lastSeq);
		if (read.ok && (!best || outranks(read.value, best.state)))
			best = { state: read.value, raw: raw as string };
	}
	return best;
}

/** The valid announcement with the highest `seq` among the room map's entries (see above), if any. */
export async function pickRoomState(
	entries: readonly unknown[],
	code: string,
	pinned: PublicKeyText | null,
	lastSeq: number
): Promise<RoomState | null> {
	return (await pickRoomAnnouncement(entries, code, pinned, lastSeq))?.state ?? null;
}

/** A participant's answer entry: their signed response file sealed to the room's key, as text. */
export async function sealAnswer(sealTo: PublicKeyText, signedFileText: string): Promise<string> {
	return JSON.stringify({ v: 1, sealed: await seal(sealTo, signedFileText) });
}

const entrySchema = v.object({
	v: v.literal(1),
	sealed: v.object({
		epk: v.pipe(v.string(), v.maxLength(200)),
		iv: v.pipe(v.string(), v.maxLength(40)),
		ct: v.pipe(v.string(), v.maxLength(LIVE_LIMITS.entryChars))
	})
});

/**
 * Opens and verifies one answer slot as the facilitator: it must open with the room's key, hold a
 * valid response file for this workshop, carry a valid signature, and be filed under its own id.
 * (Limits are checked before, with `checkAnswerEntry`; key pinning after, by `planSignedMerge`.)
 */
export async function openAnswer(
	sealingKey: CryptoKey,
	workshopId: string,
	slot: string,
	raw: string
): Promise<Checked<ResponseFile, AnswerRefusal>> {
	const parsed = parseUntrustedJson(raw, { maxChars: LIVE_LIMITS.entryChars, maxDepth: 6 });
	if (!parsed.ok) return { ok: false, code: 'unreadable' };
	const entry = v.safeParse(entrySchema, parsed.value);
	if (!entry.success) return { ok: false, code: 'unreadable' };
	let text: string;
	try {
		text = await openSealed(sealingKey, entry.output.sealed);
	} catch {
		return { ok: false, code: 'unsealed' };
	}
	const file = readResponseFile(text);
	if (!file.ok) return { ok: false, code: 'not-a-response' };
	if (file.value.workshopId !== workshopId) return { ok: false, code: 'other-workshop' };
	if (file.value.response.id !== slot) return { ok: false, code: 'slot-mismatch' };
	const signature = await checkSignature(file.value);
	if (signature === 'unsigned') return { ok: false, code: 'unsigned' };
	if (signature === 'bad-signature') return { ok: false, code: 'bad-signature' };
	return { ok: true, value: file.value };
}

/** The next `seq`: the clock, but always more than the last (clocks can step back). */
export const nextSeq = (last: number, now: number) => Math.max(last + 1, Math.floor(now));

/**
 * Whether announcement `a` replaces `b`: a closed room stays closed (closed outranks open whatever
 * their `seq`, so a replayed "open" never hides the end), and among the same kind the newer `seq`.
 */
export function outranks(
	a: Pick<RoomState, 'closed' | 'seq'>,
	b: Pick<RoomState, 'closed' | 'seq'>
) {
	if (a.closed !== b.closed) return a.closed;
	return a.seq > b.seq;
}

/**
 * How long the facilitator's page keeps merging after signing "closed" (participants send what they
 * still hold as soon as they read it), before it signs the receipt and forgets the room's keys.
 */
export const CLOSE_GRACE_MS = 3000;

/**
 * How long a participant's page waits, after reading "closed", for the receipt (`received`) before
 * saying it could not confirm their last answers: the facilitator's grace, plus time to sign and
 * carry the receipt on a slow network.
 */
export const RECEIPT_WAIT_MS = CLOSE_GRACE_MS + 7000;

/** What a participant's page may say about their answers once the room is closed. */
export type ClosingOutcome = 'waiting' | 'received' | 'not-received';

/**
 * What the room's end means for one participant's answers. `mine`: their response id, the revision
 * of the last answers they sent, and whether they hold changes not sent (null: they sent nothing and
 * hold nothing unsent). Null while the room is open; 'waiting' until the receipt arrives;
 * 'received' only if the receipt holds their id at that revision or a newer one.
 */
export function closingOutcome(
	state: Pick<RoomState, 'closed' | 'received'>,
	mine: { id: string; revision: number; unsent: boolean } | null
): ClosingOutcome | null {
	if (!state.closed) return null;
	if (!state.received) return 'waiting';
	if (!mine) return 'received';
	if (mine.unsent) return 'not-received';
	const merged = Object.prototype.hasOwnProperty.call(state.received, mine.id)
		? state.received[mine.id]
		: -1;
	return merged >= mine.revision ? 'received' : 'not-received';
}

/**
 * The receipt signed into the last closed announcement: for each response id verified in this room
 * (`joined`), the revision stored now. Rows of other rooms or hand-ins are left out.
 */
export function receiptOf(
	rows: readonly { id: string; revision: number }[],
	joined: ReadonlySet<string>
): Record<string, number> {
	const received: Record<string, number> = {};
	for (const row of rows) if (joined.has(row.id)) received[row.id] = row.revision;
	return received;
}
