/**
 * The participant's answers, as the join page uses them: one row per invite in this browser's
 * own-answers store (see `$lib/db/participant`; in memory when storage is blocked). Every change,
 * typed or clicked, is a described write through `save`, so it is journaled before it is
 * attempted (the same durable path as the facilitator's fields) and shows in the save status.
 * Entries of the answer, rubric and pitfall records are patched inside their record, so two quick
 * answers never overwrite each other.
 *
 * One direction: page → here → storage, then the live room. In a live room a change is handed in by
 * the same write (a new revision) and the stored row goes to `liveGuest`, which signs and sends it;
 * nothing comes back through the page. Handing in by file or link bumps the revision and produces
 * the file and link (`handIn`).
 */

import { blankResponse, type OwnRecordField } from '$lib/db/participant';
import { randomId } from '$lib/domain/crypto';
import { isoDay, safeFileName } from '$lib/domain/filenames';
import { encodeResponse, type JoinInvite } from '$lib/domain/participation';
import type {
	ParticipantResponse,
	PhaseNumber,
	PitfallMark,
	RubricRatingValue
} from '$lib/domain/types';
import { ownAnswers } from '$lib/state/own-answers';
import { saveStatus } from '$lib/state/save-status.svelte';
import { plainCopy, save } from '$lib/state/writes';
import { signedResponse } from './keys';
import { liveGuest } from './live-guest.svelte';

/** undefined while loading, null before the first answer. */
export const ownResponse = (workshopId: string) => ownAnswers().watch(workshopId);

const fresh = new Map<string, ParticipantResponse>();
/**
 * The response a first change creates, under a random id made once per workshop and page (the form
 * and a live room's first hand-in create the same row).
 */
export function newOwnResponse(workshopId: string): ParticipantResponse {
	let row = fresh.get(workshopId);
	if (!row) fresh.set(workshopId, (row = blankResponse(workshopId, `r-${randomId()}`)));
	return row;
}

type Top = Partial<
	Pick<
		ParticipantResponse,
		'name' | 'phase' | 'phaseReason' | 'suggestedPartners' | 'side' | 'organisation'
	>
>;

async function write(
	base: ParticipantResponse,
	patch: Record<string, unknown>,
	into?: OwnRecordField
) {
	const { workshopId, id } = base;
	const live = liveGuest.streams(workshopId);
	const landed = await save({
		kind: 'own',
		workshopId,
		id,
		patch,
		base,
		...(into ? { into } : {}),
		...(live ? { handedInAt: Date.now() } : {})
	});
	if (landed && live) await stream(workshopId);
}

/** Sends the stored answers to the live room (they were handed in by the write that stored them). */
async function stream(workshopId: string) {
	const row = await ownAnswers().load(workshopId);
	if (row) liveGuest.publish(row);
}

export const saveOwn = (base: ParticipantResponse, change: Top) => write(base, change);

export const savePhase = (base: ParticipantResponse, phase: PhaseNumber) =>
	saveOwn(base, { phase });

export const saveOwnAnswer = (base: ParticipantResponse, itemId: string, text: string) =>
	write(base, { [itemId]: text }, 'answers');
export const saveOwnRating = (
	base: ParticipantResponse,
	taskId: string,
	rating: RubricRatingValue
) => write(base, { [taskId]: rating }, 'rubric');
export const saveOwnPitfall = (base: ParticipantResponse, pitfallId: string, mark: PitfallMark) =>
	write(base, { [pitfallId]: mark }, 'pitfalls');
export const saveOwnMomentum = (base: ParticipantResponse, shiftId: string, rating: number) =>
	write(base, { [shiftId]: rating }, 'momentum');
/** A whole ballot for one vote (item id → dots, items at 0 left out), replacing the one stored. */
export const saveOwnBallot = (
	base: ParticipantResponse,
	voteId: string,
	ballot: Record<string, number>
) => write(base, { [voteId]: ballot }, 'votes');

/** A new revision of the stored answers (or of `base` before the first answer); the row as handed in. */
function markHandedIn(base: ParticipantResponse) {
	// Edits still waiting (a field not yet blurred) are written first, so the hand-in holds them.
	saveStatus.flushAll();
	return saveStatus.track(() => ownAnswers().markHandedIn(plainCopy(base), Date.now()));
}

/**
 * Joins the live room `code` on the relay at `address`; on success hands in what this browser holds
 * for its workshop (so the facilitator counts this participant) and streams every change after.
 */
export async function joinLive(address: string, code: string, base = '/') {
	const invite = await liveGuest.join(address, code, base);
	if (!invite) return null;
	const workshopId = invite.workshopId;
	// A room whose receipt is already signed takes nothing more: check what it received instead.
	if (!liveGuest.streams(workshopId)) {
		const stored = await ownAnswers().load(workshopId);
		if (stored) liveGuest.checkReceipt(stored);
		return invite;
	}
	const row = await markHandedIn(
		(await ownAnswers().load(workshopId)) ?? newOwnResponse(workshopId)
	);
	if (row) liveGuest.publish(row);
	return invite;
}

interface HandedIn {
	fileName: string;
	text: string;
	/** The fragment for `/handin/#…`. */
	fragment: string;
	revision: number;
}

/** Hands in by file or link: a new revision, and the response file and link that carry it. */
export async function handIn(
	base: ParticipantResponse,
	invite: JoinInvite
): Promise<HandedIn | undefined> {
	const row = await markHandedIn(base);
	if (!row) return undefined;
	const file = await signedResponse(row, invite);
	const who = invite.anonymous || !row.name.trim() ? 'response' : row.name;
	return {
		fileName: safeFileName(
			`${invite.title || 'workshop'} ${who}`,
			isoDay(row.submittedAt),
			'convene-response.json'
		),
		text: JSON.stringify(file, null, 2),
		fragment: encodeResponse(file),
		revision: row.revision
	};
}
