/**
 * A participant's end of a live room, without UI or database: finds the facilitator's announcement
 * for the typed code (see `pickRoomState`: the code commits to the facilitator's key, which is then
 * pinned), follows it (step, reveal, closed), enters its mailbox in the room's roster once the room
 * is accepted, and publishes the participant's signed response, sealed to the room's key, into their
 * own slot of that mailbox. If anybody else overwrites or deletes that slot or the roster entry, the
 * guest writes it back (at most once per `healMs` each). Used by the join page (through
 * `guest.svelte.ts`), by Node clients (bench) and by tests.
 */

import type * as Y from 'yjs';
import { pickRoomState, sealAnswer, type RoomState } from '$lib/domain/live-room';
import type { MailboxLink, RoomLink } from './provider';

interface GuestEvents {
	onState?(state: RoomState): void;
}

export class RoomGuest {
	#state: RoomState | null = null;
	#pinned: string | null;
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
		const onRoom = () => {
			this.#reading = this.#reading.then(() => this.#readRoom());
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

	/** Seals a signed response file (its text) to the room and writes it into the participant's slot. */
	async publish(slot: string, signedFileText: string): Promise<void> {
		const state = this.#state;
		if (!state || state.closed) return;
		const entry = await sealAnswer(state.sealTo, signedFileText);
		this.#slot = slot;
		this.#entry = entry;
		this.#enter().answers.set(slot, entry);
	}

	destroy() {
		for (const off of this.#offs) off();
		this.#offs = [];
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
		const values = [...this.link.room.values()];
		const state = await pickRoomState(values, this.code, this.#pinned, this.#state?.seq ?? -1);
		if (!state || (this.#state && state.seq === this.#state.seq)) return;
		this.#pinned = state.facilitator;
		this.#state = state;
		// Enter the roster at join, before the first answer: the facilitator opens the mailbox meanwhile.
		if (!state.closed) this.#enter();
		this.events.onState?.(state);
	}
}
