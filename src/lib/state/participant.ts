/**
 * The participant's side, as the join page uses it. Their answers are one row per invite in this
 * browser's own-answers store (see `$lib/db/participant`; in memory when storage is blocked). Every
 * change, typed or clicked, is a described write through `performWrite`, so it is journaled before it
 * is attempted (the same durable path as the facilitator's fields) and shows in the save status.
 * Entries of the answer, rubric and pitfall records are patched inside their record, so two quick
 * answers never overwrite each other. Handing in bumps the revision and produces the file and link.
 */

import { blankResponse, type OwnRecordField } from '$lib/db/participant';
import { isoDay, safeFileName } from '$lib/domain/filenames';
import { encodeResponse, makeResponseFile, type JoinInvite } from '$lib/domain/participation';
import type {
	ParticipantResponse,
	PhaseNumber,
	PitfallMark,
	RubricRatingValue
} from '$lib/domain/types';
import { signOwnFile } from '$lib/live/identity';
import { saveStatus } from './save-status.svelte';
import { ownAnswers } from './own-answers';
import { performWrite } from './writes';

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** undefined while loading, null before the first answer. */
export const ownResponse = (workshopId: string) => ownAnswers().watch(workshopId);

/** A fresh response under a new random id (the row is created by the first change). */
export const newOwnResponse = (workshopId: string) =>
	blankResponse(workshopId, `r-${crypto.randomUUID()}`);

type Top = Partial<
	Pick<ParticipantResponse, 'name' | 'phase' | 'phaseReason' | 'suggestedPartners'>
>;

function write(base: ParticipantResponse, patch: Record<string, unknown>, into?: OwnRecordField) {
	const { workshopId, id } = base;
	return saveStatus.track(() =>
		performWrite({
			kind: 'own',
			workshopId,
			id,
			patch: plain(patch),
			base: plain(base),
			...(into ? { into } : {})
		})
	);
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

interface HandedIn {
	fileName: string;
	text: string;
	/** The fragment for `/handin/#…`. */
	fragment: string;
	revision: number;
}

/** Hands in: a new revision, and the response file and link that carry it. */
export async function handIn(
	base: ParticipantResponse,
	invite: JoinInvite
): Promise<HandedIn | undefined> {
	// Edits still waiting (a field not yet blurred) are written first, so the file holds them.
	saveStatus.flushAll();
	const row = await saveStatus.track(() => ownAnswers().markHandedIn(plain(base), Date.now()));
	if (!row) return undefined;
	const { workshopId: _own, ...response } = row;
	// Signed with this browser's key for the workshop: the facilitator pins it (issue 13, point 1).
	const file = await signOwnFile(
		makeResponseFile(invite.workshopId, invite.anonymous ? { ...response, name: '' } : response)
	);
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
