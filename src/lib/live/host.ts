/**
 * The facilitator's end of a live room, without UI or database: publishes the signed room
 * announcement, opens the mailbox of every roster entry (within limits), reads each changed answer
 * slot of a mailbox — only the changed ones — checks it (limits, sealing, signature, slot, key pin)
 * and hands accepted responses to `store.apply` through the same idempotent merge that response
 * files use (`planSignedMerge`). Everything refused is reported to `onRefusal` with a code; nothing
 * refused is stored. Used by the session page (through `$lib/facilitator/live-host.svelte.ts`) and by Node clients
 * (bench), so it imports no Svelte and no Dexie.
 */

import type * as Y from 'yjs';
import {
	checkAnswerEntry,
	checkLocked,
	checkRosterEntry,
	checkSeat,
	LIVE_LIMITS,
	type LimitCode,
	type LiveLimits
} from '$lib/domain/live-limits';
import {
	FACILITATOR_SLOT,
	nextSeq,
	openAnswer,
	readRoomState,
	signRoomState,
	type AnswerRefusal,
	type RoomState
} from '$lib/domain/live-room';
import type { MergePlan } from '$lib/domain/participation';
import { planSignedMerge, type IncomingResponse } from '$lib/domain/signed-response';
import type { ParticipantResponse, VoteRound } from '$lib/domain/types';
import type { MailboxLink, RoomLink } from './provider';

/** Why something read from the room was not taken: a limit, a failed check, or tampering. */
export type RefusalCode =
	| LimitCode
	| AnswerRefusal
	| 'stale'
	| 'other-key'
	| 'bad-vote'
	| 'bad-answer'
	| 'deleted'
	| 'impersonation';

interface HostKeys {
	code: string;
	signing: CryptoKeyPair;
	sealing: CryptoKeyPair;
	facilitator: string;
	sealTo: string;
}

interface HostStore {
	workshopId: string;
	anonymous(): boolean;
	/** The responses stored now (what the merge compares against). */
	existing(): Promise<ParticipantResponse[]>;
	/** Writes one planned batch in one transaction. */
	apply(rows: readonly ParticipantResponse[]): Promise<void>;
	/** The workshop's dot votes now (what a response's dots are checked against); none when absent. */
	voteRounds?(): Promise<VoteRound[]>;
}

interface HostEvents {
	onRefusal?(code: RefusalCode, slot: string): void;
	/** After each merged batch: the plan and the verified participants so far. */
	onMerged?(plan: MergePlan, joined: ReadonlySet<string>): void;
}

/** The announcement's own key in the room map. */

/** One answer slot of one mailbox, as the host tracks it: `<mailbox>/<slot>` ('/' is in neither). */
const entryKey = (mailbox: string, slot: string) => `${mailbox}/${slot}`;

export class RoomHost {
	readonly joined = new Set<string>();
	#seen = new Set<string>();
	/** Mailboxes opened (valid roster entries looked at), by id. */
	#mailboxes = new Map<string, MailboxLink>();
	/** Characters held by each entry (`entryKey`). */
	#chars = new Map<string, number>();
	#totalChars = 0;
	#queue = new Set<string>();
	/** Whether the facilitator has locked the room to new participants, and who entered before. */
	#locked = false;
	#enteredBefore = new Set<string>();
	/** Mailboxes holding a participant verified in this room. */
	#seated = new Set<string>();
	#running: Promise<void> | null = null;
	#announcement = '';
	#seq: number;
	readonly #initialSeq: number;
	#offs: (() => void)[] = [];

	constructor(
		readonly link: RoomLink,
		readonly keys: HostKeys,
		readonly store: HostStore,
		readonly events: HostEvents = {},
		lastSeq = 0,
		readonly limits: LiveLimits = LIVE_LIMITS
	) {
		this.#seq = lastSeq;
		this.#initialSeq = lastSeq;
		const onRoster = (event: Y.YMapEvent<string>, tx: Y.Transaction) => {
			if (tx.local) return;
			event.changes.keys.forEach((change, mailbox) => {
				// A mailbox once opened stays open: a deleted roster entry hides nobody's answers.
				if (change.action !== 'delete') this.#open(mailbox);
				else if (this.#mailboxes.has(mailbox)) this.#refuse('deleted', mailbox);
			});
		};
		const onRoom = (event: Y.YMapEvent<string>, tx: Y.Transaction) => {
			if (tx.local) return;
			event.changes.keys.forEach((_change, slot) => void this.#checkRoomEntry(slot));
		};
		link.roster.observe(onRoster);
		link.room.observe(onRoom);
		this.#offs.push(
			() => link.roster.unobserve(onRoster),
			() => link.room.unobserve(onRoom)
		);
		for (const mailbox of link.roster.keys()) this.#open(mailbox);
	}

	/** Mailboxes opened, and how many of them have synced with the relay. */
	mailboxes(): { opened: number; synced: number } {
		let synced = 0;
		for (const m of this.#mailboxes.values()) if (m.synced()) synced++;
		return { opened: this.#mailboxes.size, synced };
	}

	/**
	 * Locks the room to new participants (or opens it again): while locked, answers come only from
	 * participants the workshop already holds and from mailboxes that entered before the lock (one
	 * participant each); the rest are refused as `room-locked`, unopened. The announcement says so
	 * too (`announce({ locked })`), so an honest newcomer's page does not enter.
	 */
	lock(locked: boolean) {
		if (locked && !this.#locked) this.#enteredBefore = new Set(this.#mailboxes.keys());
		this.#locked = locked;
	}

	/** The last `seq` signed (to keep it increasing across reloads). */
	get seq() {
		return this.#seq;
	}

	/** Signs and publishes the room state (invite, steps, current step, reveal, closed). */
	async announce(
		fields: Omit<RoomState, 'type' | 'version' | 'code' | 'facilitator' | 'sealTo' | 'seq'>
	): Promise<RoomState> {
		this.#seq = nextSeq(this.#seq, Date.now());
		const state: RoomState = {
			type: 'convene/room',
			version: 1,
			code: this.keys.code,
			facilitator: this.keys.facilitator,
			sealTo: this.keys.sealTo,
			seq: this.#seq,
			...fields
		};
		this.#announcement = await signRoomState(this.keys.signing.privateKey, state);
		this.link.room.set(FACILITATOR_SLOT, this.#announcement);
		return state;
	}

	/** Resolves when every answer slot changed so far has been checked and merged. */
	async settled(): Promise<void> {
		while (this.#running) await this.#running;
	}

	destroy() {
		for (const off of this.#offs) off();
		this.#offs = [];
		this.#mailboxes.clear();
	}

	/** Opens a roster entry's mailbox (within limits) and follows its slots. */
	#open(mailboxId: string) {
		if (this.#mailboxes.has(mailboxId)) return;
		const limit = checkRosterEntry(mailboxId, this.#mailboxes, this.limits);
		if (limit) return this.#refuse(limit, mailboxId.slice(0, 200));
		const mailbox = this.link.mailbox(mailboxId);
		this.#mailboxes.set(mailboxId, mailbox);
		const onAnswers = (event: Y.YMapEvent<string>, tx: Y.Transaction) => {
			if (tx.local) return;
			event.changes.keys.forEach((change, slot) => {
				if (change.action === 'delete') this.#refuse('deleted', slot);
				else this.#enqueue(mailboxId, slot);
			});
		};
		mailbox.answers.observe(onAnswers);
		this.#offs.push(() => mailbox.answers.unobserve(onAnswers));
		for (const slot of mailbox.answers.keys()) this.#enqueue(mailboxId, slot);
	}

	#refuse(code: RefusalCode, slot: string) {
		this.events.onRefusal?.(code, slot);
	}

	/** Another entry in the room map, or ours replaced: somebody else tries to speak for the room. */
	async #checkRoomEntry(slot: string) {
		const raw = this.link.room.get(slot);
		if (slot === FACILITATOR_SLOT) {
			if (raw === this.#announcement) return;
			// Our own earlier announcement (after a reload, say) is no attack: just publish the current one.
			const own = await readRoomState(raw, this.keys.code, this.keys.facilitator, 0);
			// Our own closing announcement is final (the relay keeps it): never write over it.
			if (own.ok && own.value.closed) return;
			if (!own.ok) this.#refuse('impersonation', slot);
			// One of ours, but older than the last we signed: replayed (participants ignore it too). The
			// last one signed before this page opened (a reload) comes back from the relay on its own.
			else if (own.value.seq < this.#seq && own.value.seq !== this.#initialSeq)
				this.#refuse('stale', slot);
			if (this.#announcement) this.link.room.set(FACILITATOR_SLOT, this.#announcement);
			return;
		}
		if (raw !== undefined) this.#refuse('impersonation', slot);
	}

	#enqueue(mailbox: string, slot: string) {
		this.#queue.add(entryKey(mailbox, slot));
		this.#running ??= this.#drain().finally(() => (this.#running = null));
	}

	async #drain() {
		while (this.#queue.size > 0) {
			const slots = [...this.#queue];
			this.#queue.clear();
			await this.#mergeBatch(slots);
		}
	}

	async #mergeBatch(keys: string[]) {
		const toOpen: [string, string][] = [];
		const mailboxOf = new Map<string, string>();
		const lock = this.#locked
			? {
					known: new Set([...(await this.store.existing()).map((r) => r.id), ...this.joined]),
					enteredBefore: this.#enteredBefore,
					// Taken by a newcomer earlier in this batch too: one participant per mailbox.
					seated: new Set(this.#seated)
				}
			: null;
		for (const key of keys) {
			const cut = key.indexOf('/');
			const mailbox = key.slice(0, cut);
			const slot = key.slice(cut + 1);
			const raw = this.#mailboxes.get(mailbox)?.answers.get(slot);
			if (raw === undefined) continue;
			const before = this.#chars.get(key) ?? 0;
			const limit = checkAnswerEntry(
				slot,
				raw,
				{ slots: this.joined, otherChars: this.#totalChars - before, seen: this.#seen },
				this.limits
			);
			const refused = limit ?? checkLocked(slot, mailbox, lock);
			if (refused) {
				this.#refuse(refused, slot);
				continue;
			}
			mailboxOf.set(slot, mailbox);
			if (lock && !lock.known.has(slot)) lock.seated.add(mailbox);
			this.#seen.add(slot);
			this.#chars.set(key, raw.length);
			this.#totalChars += raw.length - before;
			toOpen.push([slot, raw]);
		}
		// Opened and verified side by side: Web Crypto works off the main thread.
		const opened = await Promise.all(
			toOpen.map(([slot, raw]) =>
				openAnswer(this.keys.sealing.privateKey, this.store.workshopId, slot, raw)
			)
		);
		const incoming: IncomingResponse[] = [];
		const forSlot = new Map<string, string>();
		// This room's participants and those seated earlier in this batch (`checkSeat`).
		const seats = new Set(this.joined);
		opened.forEach((result, i) => {
			const slot = toOpen[i][0];
			if (!result.ok) return this.#refuse(result.code, slot);
			const full = checkSeat(slot, seats, this.limits);
			if (full) return this.#refuse(full, slot);
			seats.add(slot);
			forSlot.set(`live:${slot}`, slot);
			incoming.push({ source: `live:${slot}`, file: { ok: true, value: result.value } });
		});
		if (incoming.length === 0) return;
		const plan = planSignedMerge(this.store.workshopId, await this.store.existing(), incoming, {
			anonymous: this.store.anonymous(),
			voteRounds: (await this.store.voteRounds?.()) ?? []
		});
		for (const item of plan.items) {
			const slot = forSlot.get(item.source) ?? item.source;
			const code = item.reason?.code ?? '';
			const vote = code.startsWith('vote-');
			const answer = code.startsWith('answer-') || code.startsWith('momentum-');
			if (item.outcome === 'refused')
				this.#refuse(vote ? 'bad-vote' : answer ? 'bad-answer' : 'other-key', slot);
			else {
				this.joined.add(slot);
				const mailbox = mailboxOf.get(slot);
				if (mailbox) this.#seated.add(mailbox);
			}
		}
		if (plan.writes.length > 0) await this.store.apply(plan.writes);
		this.events.onMerged?.(plan, this.joined);
	}
}
