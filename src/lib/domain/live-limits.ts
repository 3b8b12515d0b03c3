/**
 * Limits of a live room, checked by the facilitator before anything read from the room is opened,
 * verified or stored: whatever a hostile client writes into the room's Yjs documents, the workshop
 * database grows by at most `participants` rows of at most `entryChars` each. Pure; returns codes
 * that the UI translates (`live.refusal.<code>`).
 */

import { MAILBOX_ID } from './live-code';

export const LIVE_LIMITS = {
	/** Characters of one participant's sealed entry (a response file of ~140 kB sealed). */
	entryChars: 200_000,
	/** Distinct participants (answer slots) one room accepts. */
	participants: 250,
	/** Distinct slots looked at, valid or not: past this, new slots are refused unopened. */
	slotsSeen: 1000,
	/**
	 * Distinct mailboxes (roster entries, one per participant's document) the facilitator opens, valid
	 * or not: past this, new roster entries are refused unopened. The relay holds at most this many
	 * mailbox documents per room too (`MAX_DOCUMENTS_PER_ROOM` in relay/limits.js).
	 */
	mailboxes: 300,
	/** Characters of all answer slots together. */
	roomChars: 10_000_000,
	/** Entries of the room's announcement map that anyone reads (the facilitator's is one). */
	announcements: 20,
	/** Characters of one announcement (an invite with a long agenda fits many times over). */
	announcementChars: 200_000,
	/** Refusals kept in the facilitator's list (the counter keeps counting past it). */
	refusalsShown: 50
} as const;

/** The limits a room is run with: `LIVE_LIMITS`, or another setting (tests, a bench). */
export type LiveLimits = { readonly [K in keyof typeof LIVE_LIMITS]: number };

export type LimitCode =
	| 'bad-slot'
	| 'not-text'
	| 'entry-too-big'
	| 'too-many-participants'
	| 'room-too-big'
	| 'room-locked';

interface RoomUsage {
	/** Slots already accepted (verified participants) in this room. */
	slots: ReadonlySet<string>;
	/** Characters held by every slot now, this one excepted. */
	otherChars: number;
	/** Distinct slots looked at so far (this one included if seen before). */
	seen: ReadonlySet<string>;
}

const SLOT = /^[\w.:@-]{1,200}$/u;

/**
 * Whether a roster entry (a participant's mailbox id) may be opened. `opened`: the mailboxes opened
 * so far in this room. `null` means open it; a code means refuse it and tell the facilitator.
 */
export function checkRosterEntry(
	mailbox: string,
	opened: { has(id: string): boolean; readonly size: number },
	limits: LiveLimits = LIVE_LIMITS
): LimitCode | null {
	if (!MAILBOX_ID.test(mailbox)) return 'bad-slot';
	if (!opened.has(mailbox) && opened.size >= limits.mailboxes) return 'too-many-participants';
	return null;
}

/**
 * Whether an answer slot's value may be read at all. `null` means go on (open, verify, merge);
 * a code means refuse it and tell the facilitator.
 */
export function checkAnswerEntry(
	slot: string,
	raw: unknown,
	usage: RoomUsage,
	limits: LiveLimits = LIVE_LIMITS
): LimitCode | null {
	if (!SLOT.test(slot)) return 'bad-slot';
	if (typeof raw !== 'string') return 'not-text';
	if (raw.length > limits.entryChars) return 'entry-too-big';
	if (
		!usage.slots.has(slot) &&
		(usage.slots.size >= limits.participants ||
			(!usage.seen.has(slot) && usage.seen.size >= limits.slotsSeen))
	) {
		return 'too-many-participants';
	}
	if (usage.otherChars + raw.length > limits.roomChars) return 'room-too-big';
	return null;
}

/**
 * Whether a slot that opened and verified may take a participant's seat. `seats`: the room's
 * participants plus those given a seat earlier in the same batch — a batch's slots are verified
 * together and join only after it, so checking against the room's participants alone let a whole
 * batch past the limit. Junk that never opens takes no seat. `null` means seat it.
 */
export function checkSeat(
	slot: string,
	seats: ReadonlySet<string>,
	limits: LiveLimits = LIVE_LIMITS
): 'too-many-participants' | null {
	return !seats.has(slot) && seats.size >= limits.participants ? 'too-many-participants' : null;
}

/** What the host knows when the facilitator has locked the room to new participants. */
export interface RoomLock {
	/** Response ids the workshop holds (removed or not) and slots verified in this room. */
	known: ReadonlySet<string>;
	/** Mailboxes that entered the room before the lock, while the host page was open. */
	enteredBefore: ReadonlySet<string>;
	/** Mailboxes that already hold a participant verified in this room. */
	seated: ReadonlySet<string>;
}

/**
 * Whether an answer slot may still come in while the room is locked (`lock` null = open): a
 * participant the workshop already holds keeps answering; otherwise only a mailbox that entered
 * before the lock, and only with its first participant (a crafted mailbox cannot add identities).
 * `'room-locked'` means refuse it unopened.
 */
export function checkLocked(
	slot: string,
	mailbox: string,
	lock: RoomLock | null
): 'room-locked' | null {
	if (!lock || lock.known.has(slot)) return null;
	return lock.enteredBefore.has(mailbox) && !lock.seated.has(mailbox) ? null : 'room-locked';
}
