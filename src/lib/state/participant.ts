/**
 * The participant's side, as the join page uses it. Their answers are one response row filed under
 * `join:<workshopId>` in this browser's database (see `$lib/db/participant`); every change goes
 * through the save status so a failed save shows. Top-level fields are journaled patches (like the
 * team's answers in `team.ts`); entries of the answer, rubric and pitfall records are changed inside a
 * transaction that reads the stored record first, so two quick answers never overwrite each other.
 * Handing in bumps the revision and produces the response file and link.
 */

import { repo, liveQuery } from '$lib/db';
import { blankResponse, loadOwnResponse, markHandedIn, patchOwnEntry } from '$lib/db/participant';
import { isoDay, safeFileName } from '$lib/domain/filenames';
import { encodeResponse, makeResponseFile, type JoinInvite } from '$lib/domain/participation';
import type { ParticipantResponse, PhaseNumber, PitfallMark, RubricRatingValue } from '$lib/domain/types';
import { signOwnFile } from '$lib/live/identity';
import { saveStatus } from './save-status.svelte';
import { performWrite } from './writes';

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** undefined while loading, null before the first answer. */
export const ownResponse = (workshopId: string) => liveQuery(async () => (await loadOwnResponse(repo(), workshopId)) ?? null);

/** A fresh response under a new random id (the row is created by the first change). */
export const newOwnResponse = (workshopId: string) => blankResponse(workshopId, `r-${crypto.randomUUID()}`);

type Top = Partial<Pick<ParticipantResponse, 'name' | 'phase' | 'phaseReason' | 'suggestedPartners'>>;

export function saveOwn(base: ParticipantResponse, change: Top) {
	return saveStatus.track(() =>
		performWrite({ kind: 'rowPatch', table: 'responses', workshopId: base.workshopId, id: base.id, patch: plain(change), base: { ...plain(base) } as Record<string, unknown> })
	);
}

export const savePhase = (base: ParticipantResponse, phase: PhaseNumber) => saveOwn(base, { phase });

function entry<F extends 'answers' | 'rubric' | 'pitfalls'>(base: ParticipantResponse, field: F, key: string, value: ParticipantResponse[F][string]) {
	return saveStatus.track(() => patchOwnEntry(repo(), plain(base), field, key, value));
}

export const saveOwnAnswer = (base: ParticipantResponse, itemId: string, text: string) => entry(base, 'answers', itemId, text);
export const saveOwnRating = (base: ParticipantResponse, taskId: string, rating: RubricRatingValue) => entry(base, 'rubric', taskId, rating);
export const saveOwnPitfall = (base: ParticipantResponse, pitfallId: string, mark: PitfallMark) => entry(base, 'pitfalls', pitfallId, mark);

export interface HandedIn {
	fileName: string;
	text: string;
	/** The fragment for `/handin/#…`. */
	fragment: string;
	revision: number;
}

/** Hands in: a new revision, and the response file and link that carry it. */
export async function handIn(base: ParticipantResponse, invite: JoinInvite): Promise<HandedIn | undefined> {
	const row = await saveStatus.track(() => markHandedIn(repo(), plain(base), Date.now()));
	if (!row) return undefined;
	const { workshopId: _own, ...response } = row;
	// Signed with this browser's key for the workshop: the facilitator pins it (issue 13, point 1).
	const file = await signOwnFile(makeResponseFile(invite.workshopId, invite.anonymous ? { ...response, name: '' } : response));
	const who = invite.anonymous || !row.name.trim() ? 'response' : row.name;
	return {
		fileName: safeFileName(`${invite.title || 'workshop'} ${who}`, isoDay(row.submittedAt), 'convene-response.json'),
		text: JSON.stringify(file, null, 2),
		fragment: encodeResponse(file),
		revision: row.revision
	};
}
