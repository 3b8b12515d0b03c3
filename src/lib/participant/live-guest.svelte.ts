/**
 * A participant in a live room: join by address and code (the invite comes from the room's signed
 * announcement), follow the facilitator's step, and stream answers: `answers.ts` stores each change
 * as a new revision and hands the stored row here, which signs it and seals it into the
 * participant's slot, debounced. A drop of the relay only delays this: the provider resyncs on
 * reconnect, and a reload (joining again) hands in the stored answers again.
 *
 * When the room closes, what the participant still holds (a field not yet saved, an answer in its
 * debounce) is sent at once, and the page waits for the facilitator's receipt before it says their
 * answers were received (`ending`, see `closingOutcome`); without a receipt in time it says so.
 */

import {
	MAILBOX_ID,
	newMailboxId,
	parseCode,
	relayUrl,
	type CodeError
} from '$lib/domain/live-code';
import {
	closingOutcome,
	RECEIPT_WAIT_MS,
	type ClosingOutcome,
	type RoomState
} from '$lib/domain/live-room';
import { saveStatus } from '$lib/state/save-status.svelte';
import type { JoinInvite } from '$lib/domain/participation';
import type { ParticipantResponse } from '$lib/domain/types';
import { rememberInvite } from './invites';
import { RoomGuest } from '$lib/live/guest';
import { participantIdentity, signedResponse } from './keys';
import { connectRoom, type LinkStatus, type RoomLink } from '$lib/live/provider';
import { parseJson, readKept, writeKept } from '$lib/state/kept';

export type JoinError = CodeError | 'bad-address' | 'no-room' | 'unreachable' | 'locked';

interface RememberedRoom {
	code: string;
	relay: string;
	facilitator: string;
	/** This browser's mailbox in the room (a reload reuses it). */
	mailbox?: string;
}

const ROOM_PREFIX = 'convene:room:';

function recallRoom(code: string): RememberedRoom | null {
	return readKept(
		ROOM_PREFIX + code,
		(raw) => {
			const value = parseJson(raw) as Partial<RememberedRoom> | null | undefined;
			if (!value || typeof value.facilitator !== 'string' || typeof value.relay !== 'string')
				return undefined;
			const mailbox =
				typeof value.mailbox === 'string' && MAILBOX_ID.test(value.mailbox)
					? value.mailbox
					: undefined;
			return { code, relay: value.relay, facilitator: value.facilitator, mailbox };
		},
		null
	);
}

function rememberRoom(room: RememberedRoom) {
	// Not kept (false): resuming after a reload asks for the code again; nothing else is lost.
	writeKept(ROOM_PREFIX + room.code, JSON.stringify(room));
}

/**
 * The room's state once announced; null as soon as the relay is unreachable, or 3 s after syncing
 * with no valid announcement for this code (no such room), or after 10 s in any case.
 */
async function announcedOrGiveUp(link: RoomLink, guest: RoomGuest): Promise<RoomState | null> {
	const started = Date.now();
	let syncedAt = 0;
	while (!guest.state) {
		const status = link.status();
		if (status === 'unreachable' || Date.now() - started > 10_000) return null;
		if (status === 'live') syncedAt ||= Date.now();
		if (syncedAt && Date.now() - syncedAt > 3000) return null;
		await new Promise((r) => setTimeout(r, 50));
	}
	return guest.state;
}

/** Same answers (revision and time aside)? Then there is nothing new to send. */
const contentKey = (r: ParticipantResponse) =>
	JSON.stringify({ ...r, revision: 0, submittedAt: 0 });

class LiveGuest {
	status = $state<'idle' | 'joining' | LinkStatus>('idle');
	error = $state<JoinError | null>(null);
	state = $state.raw<RoomState | null>(null);
	code = $state('');
	/**
	 * What the room's end means for this participant's answers: null while open; 'waiting' for the
	 * receipt; 'received' or 'not-received' once it came; 'unconfirmed' when it did not come in time.
	 */
	ending = $state<ClosingOutcome | 'unconfirmed' | null>(null);
	#link: RoomLink | null = null;
	#guest: RoomGuest | null = null;
	#sent = '';
	/** The revision of the last answers written into the room (-1: none yet). */
	#sentRevision = -1;
	#receiptTimer: ReturnType<typeof setTimeout> | undefined;
	/** Counts joins and leaves: a join that was left meanwhile gives up. */
	#attempt = 0;
	#pending: ParticipantResponse | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#sending: Promise<void> = Promise.resolve();

	/** Joins the room `typedCode` on the relay at `address`; the invite on success, null otherwise. */
	async join(address: string, typedCode: string, base = '/'): Promise<JoinInvite | null> {
		const parsed = parseCode(typedCode);
		if (!parsed.ok) return this.#fail(parsed.error);
		const url = relayUrl(address, base);
		if (!url) return this.#fail('bad-address');
		this.leave();
		const attempt = this.#attempt;
		this.status = 'joining';
		this.error = null;
		const code = parsed.code;
		const remembered = recallRoom(code);
		const link = connectRoom({ url, code, awarenessOn: 'mailboxes' });
		const mailbox = remembered?.mailbox ?? newMailboxId();
		const guest = new RoomGuest(link, code, remembered?.facilitator ?? null, mailbox, {
			onState: (s) => this.#onState(s)
		});
		this.#link = link;
		this.#guest = guest;
		link.onStatus((s) => {
			if (this.#link === link && this.status !== 'joining') this.status = s;
		});
		const state = await announcedOrGiveUp(link, guest);
		// Left meanwhile (another join, the page closed); a closed room lets its link go by itself.
		if (this.#attempt !== attempt) return null;
		if (!state) {
			const reason = link.status() === 'live' ? 'no-room' : 'unreachable';
			this.leave();
			return this.#fail(reason);
		}
		if (!guest.entered && !state.closed) {
			// Locked to new participants: nothing was written into the room.
			this.leave();
			return this.#fail('locked');
		}
		this.code = code;
		this.status = link.status();
		rememberRoom({ code, relay: url, facilitator: state.facilitator, mailbox });
		rememberInvite(state.invite);
		// The participant's identity is made at join, before the first answer is signed.
		await participantIdentity(state.invite.workshopId);
		return state.invite;
	}

	/**
	 * Whether answers to `workshopId` stream to a room: joined, and the room open or closing (closed,
	 * its receipt not yet signed: the last answers still go in).
	 */
	streams(workshopId: string): boolean {
		return (
			!!this.#guest &&
			!!this.#link &&
			!!this.state &&
			!this.state.received &&
			this.state.invite.workshopId === workshopId
		);
	}

	/**
	 * Sends the participant's stored answers, as handed in (call after each change is stored):
	 * debounced while the room is open, at once while it closes.
	 */
	publish(response: ParticipantResponse) {
		// A change stored after the receipt was signed (begun before it) never reached the room.
		if (this.state?.received) {
			if (contentKey(response) === this.#sent) return;
			// Kept, never sent: the outcome (`#outcome`) counts it as unsent.
			this.#pending = response;
			if (this.ending === 'received') this.ending = 'not-received';
			return;
		}
		if (!this.#guest || !this.state) return;
		// Stored rows arrive in order of their writes, but a newer revision is never replaced by an older.
		if (this.#pending && this.#pending.revision > response.revision) return;
		if (contentKey(response) === this.#sent) return;
		this.#pending = response;
		const invite = this.state.invite;
		clearTimeout(this.#timer);
		if (this.state.closed) this.#sendNow(invite);
		else this.#timer = setTimeout(() => this.#sendNow(invite), 300);
	}

	#sendNow(invite: JoinInvite) {
		clearTimeout(this.#timer);
		this.#sending = this.#sending.then(() => this.#send(invite)).catch(() => undefined);
	}

	leave() {
		this.#attempt++;
		clearTimeout(this.#timer);
		clearTimeout(this.#receiptTimer);
		this.ending = null;
		this.#sentRevision = -1;
		this.#guest?.destroy();
		this.#link?.destroy();
		this.#guest = null;
		this.#link = null;
		this.#sent = '';
		this.#pending = null;
		this.state = null;
		this.status = 'idle';
	}

	async #send(invite: JoinInvite) {
		const response = this.#pending;
		const guest = this.#guest;
		if (!response || !guest || contentKey(response) === this.#sent) return;
		const file = await signedResponse(response, invite);
		if (!(await guest.publish(response.id, JSON.stringify(file, null, 2)))) return;
		this.#sent = contentKey(response);
		this.#sentRevision = Math.max(this.#sentRevision, response.revision);
	}

	#onState(state: RoomState) {
		const wasClosed = this.state?.closed ?? false;
		this.state = state;
		if (!state.closed) return;
		if (!wasClosed) {
			// Closing: what is still typed or in its debounce goes in now, while the facilitator waits.
			this.ending = 'waiting';
			saveStatus.flushAll();
			if (this.#pending) this.#sendNow(state.invite);
			this.#receiptTimer = setTimeout(() => this.#end('unconfirmed'), RECEIPT_WAIT_MS);
		}
		if (state.received) void this.#sending.then(() => this.#end(this.#outcome(state)));
	}

	/** This participant's answers against the receipt (see `closingOutcome`). */
	#outcome(state: RoomState): ClosingOutcome | null {
		const pending = this.#pending;
		if (!pending) return closingOutcome(state, null);
		return closingOutcome(state, {
			id: pending.id,
			revision: this.#sentRevision,
			unsent: contentKey(pending) !== this.#sent
		});
	}

	/**
	 * Joined after the receipt was signed (a reload after the close): the stored answers against it.
	 * Every answer streamed is a new revision, so the last one stored is the one to find there.
	 */
	checkReceipt(stored: ParticipantResponse) {
		const state = this.state;
		if (!state?.received || stored.workshopId !== state.invite.workshopId) return;
		this.ending = closingOutcome(state, {
			id: stored.id,
			revision: stored.revision,
			unsent: false
		});
	}

	/** The room ended for this page: say what happened to the answers, and let the relay go. */
	#end(outcome: ClosingOutcome | 'unconfirmed' | null) {
		clearTimeout(this.#timer);
		clearTimeout(this.#receiptTimer);
		if (this.ending === 'waiting') this.ending = outcome;
		this.#guest?.destroy();
		this.#guest = null;
		this.#link?.destroy();
		this.#link = null;
	}

	#fail(error: JoinError): null {
		this.error = error;
		this.status = 'idle';
		return null;
	}
}

export const liveGuest = new LiveGuest();
