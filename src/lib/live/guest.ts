/**
 * A participant's end of a live room, without UI or database: finds the facilitator's announcement
 * for the typed code (see `pickRoomState`: the code commits to the facilitator's key, which is then
 * pinned), follows it (step, reveal, closed), enters its mailbox in the room's roster once the room
 * is accepted, and publishes the participant's signed response, sealed to the room's key, into their
 * own slot of that mailbox. If anybody else overwrites or deletes that slot or the roster entry, the
 * guest writes it back (at most once per `healMs` each). It also keeps the room findable while the
 * facilitator's page is closed: if the announcement is deleted or replaced by anything but a newer
 * one from the facilitator, it re-posts the last one it accepted (signed by the facilitator, so it
 * proves nothing new and cannot be forged), after a random wait under `healMs` so that a room of
 * participants does not all write at once. Used by the join page (through `$lib/participant/live-guest.svelte.ts`), by
 * Node clients (bench) and by tests.
 */

import type * as Y from 'yjs';
import {
	FACILITATOR_SLOT,
	outranks,
	pickRoomAnnouncement,
	readRoomState,
	sealAnswer,
	type RoomState
} from '$lib/domain/live-room';
import type { MailboxLink, RoomLink } from './provider';

interface GuestEvents {
	onState?(state: RoomState): void;
}

export class RoomGuest {
	#state: RoomState | null = null;
	/** The accepted announcement's text, as the facilitator signed and sent it. */
	#announcement: string | null = null;
	#announcementHeal: ReturnType<typeof setTimeout> | null = null;
	#pinned: string | null;
	/** Joining for the first time (no facilitator key remembered from an earlier join). */
	readonly #newcomer: boolean;
	#slot = '';
	#entry = '';
	#healedAt = 0;
	#rosterHealedAt = 0;
	#mailbox: MailboxLink | null = null;
	#offs: (() => void)[] = [];
	#reading: Promise<void> = Promise.resolve();

	/**
	 * `pinned`: the facilitator key accepted at join (null the first time: the code decides);
	 * `mailboxId`: this participant's mailbox in the room (`MAILBOX_ID`, kept across reloads).
	 */
	constructor(
		readonly link: RoomLink,
		readonly code: string,
		pinned: string | null,
		readonly mailboxId: string,
		readonly events: GuestEvents = {},
		readonly healMs = 2000
	) {
		this.#pinned = pinned;
		this.#newcomer = pinned === null;
		const onRoom = (_event?: Y.YMapEvent<string>, tx?: Y.Transaction) => {
			this.#reading = this.#reading.then(() => this.#readRoom());
			if (!tx?.local) this.#watchAnnouncement();
		};
		const onRoster = (event: Y.YMapEvent<string>, tx: Y.Transaction) => {
			if (
				tx.local ||
				!this.#mailbox ||
				!event.keysChanged.has(mailboxId) ||
				link.roster.has(mailboxId)
			)
				return;
			const now = Date.now();
			if (now - this.#rosterHealedAt < this.healMs || this.#state?.closed) return;
			this.#rosterHealedAt = now;
			link.roster.set(mailboxId, '');
		};
		link.room.observe(onRoom);
		link.roster.observe(onRoster);
		this.#offs.push(
			() => link.room.unobserve(onRoom),
			() => link.roster.unobserve(onRoster)
		);
		onRoom();
	}

	/** This participant's mailbox, once the room was accepted (null before). */
	get mailbox() {
		return this.#mailbox;
	}

	get state() {
		return this.#state;
	}

	/** Whether this page is in the room: false while a locked room turns it away. */
	get entered() {
		return this.#mailbox !== null;
	}

	/** The facilitator's key, once an announcement was accepted. */
	get pinned() {
		return this.#pinned;
	}

	/** Resolves with the room's state once a valid announcement arrived, or null after `ms`. */
	whenAnnounced(ms: number): Promise<RoomState | null> {
		if (this.#state) return Promise.resolve(this.#state);
		return new Promise((resolve) => {
			const started = Date.now();
			const tick = () => {
				if (this.#state || Date.now() - started > ms) resolve(this.#state);
				else setTimeout(tick, 50);
			};
			tick();
		});
	}

	/**
	 * Seals a signed response file (its text) to the room and writes it into the participant's slot.
	 * A closed room still takes the last answers until its receipt (`received`) is signed: the
	 * facilitator merges for `CLOSE_GRACE_MS` after closing. False when nothing was written.
	 */
	async publish(slot: string, signedFileText: string): Promise<boolean> {
		const state = this.#state;
		if (!state || state.received) return false;
		const entry = await sealAnswer(state.sealTo, signedFileText);
		this.#slot = slot;
		this.#entry = entry;
		this.#enter().answers.set(slot, entry);
		return true;
	}

	destroy() {
		for (const off of this.#offs) off();
		this.#offs = [];
		if (this.#announcementHeal) clearTimeout(this.#announcementHeal);
		this.#announcementHeal = null;
	}

	/** Whether the facilitator's slot holds our accepted announcement, or a newer valid one. */
	async #announcementStands(): Promise<boolean> {
		const raw = this.link.room.get(FACILITATOR_SLOT);
		if (raw === this.#announcement) return true;
		const read = await readRoomState(raw, this.code, this.#pinned, this.#state?.seq ?? -1);
		return read.ok;
	}

	/** After a change by someone else: re-post the accepted announcement if it no longer stands. */
	#watchAnnouncement() {
		if (!this.#announcement || this.#announcementHeal) return;
		const wait = Math.random() * this.healMs;
		this.#announcementHeal = setTimeout(() => {
			this.#reading = this.#reading.then(async () => {
				this.#announcementHeal = null;
				if (this.#offs.length === 0 || !this.#announcement) return;
				if (!(await this.#announcementStands()))
					this.link.room.set(FACILITATOR_SLOT, this.#announcement);
			});
		}, wait);
	}

	/** Opens this participant's mailbox and enters it in the room's roster (once). */
	#enter(): MailboxLink {
		if (this.#mailbox) return this.#mailbox;
		const mailbox = this.link.mailbox(this.mailboxId);
		this.#mailbox = mailbox;
		const onAnswers = (event: Y.YMapEvent<string>, tx: Y.Transaction) => {
			if (tx.local || !this.#slot || !event.keysChanged.has(this.#slot)) return;
			if (mailbox.answers.get(this.#slot) !== this.#entry) this.#heal(mailbox);
		};
		mailbox.answers.observe(onAnswers);
		this.#offs.push(() => mailbox.answers.unobserve(onAnswers));
		if (!this.link.roster.has(this.mailboxId)) this.link.roster.set(this.mailboxId, '');
		return mailbox;
	}

	#heal(mailbox: MailboxLink) {
		const now = Date.now();
		if (now - this.#healedAt < this.healMs || this.#state?.closed) return;
		this.#healedAt = now;
		mailbox.answers.set(this.#slot, this.#entry);
	}

	async #readRoom() {
		// The facilitator's slot first: junk entries added by others cannot push it out of reach.
		const room = this.link.room;
		const values = [
			room.get(FACILITATOR_SLOT),
			...[...room.entries()].filter(([key]) => key !== FACILITATOR_SLOT).map(([, value]) => value)
		];
		const picked = await pickRoomAnnouncement(
			values,
			this.code,
			this.#pinned,
			this.#state?.seq ?? -1
		);
		if (!picked || (this.#state && picked.state.seq === this.#state.seq)) return;
		// The room's end is final: an open announcement never follows a closed one (`outranks`).
		if (this.#state && !outranks(picked.state, this.#state)) return;
		const { state, raw } = picked;
		this.#pinned = state.facilitator;
		this.#state = state;
		this.#announcement = raw;
		// Enter the roster at join, before the first answer: the facilitator opens the mailbox meanwhile.
		// A locked room takes nobody new: only a page that entered it before (or after a reload, one
		// that joined before: its facilitator key was remembered) goes on.
		if (!state.closed && !(state.locked && this.#newcomer && !this.#mailbox)) this.#enter();
		this.events.onState?.(state);
	}
}
