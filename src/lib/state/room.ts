/**
 * The facilitator's work on the room's answers: what the projector shows of them (page, featured,
 * theme, split, vote), themes made, renamed, merged and removed, answers assigned to a theme or set
 * aside, dot votes opened and closed. Every change goes through the save status; single-row changes
 * through the write-ahead journal too (a closed tab cannot lose them). A refused operation (the answer
 * or theme gone, a bad name) returns its `ThemeProblem` code for the screen to word, and writes nothing.
 */

import { repo } from '$lib/db';
import { mergeThemesStored, removeThemeStored } from '$lib/db/room';
import { updateSession } from '$lib/db/session';
import {
	assignAnswer,
	roomAnswers,
	setAnswerAside,
	themeLabel,
	type ThemeProblem
} from '$lib/domain/room-answers';
import { projectedAnswers, roomViewOf, setRoomView } from '$lib/domain/room-view';
import type {
	AgendaStep,
	LiveBundle,
	RoomView,
	Theme,
	VoteRound,
	VoteTarget
} from '$lib/domain/types';
import { openVoteRound } from '$lib/domain/votes';
import { saveStatus } from './save-status.svelte';
import { save, saveOrGone, type PendingWrite } from './writes';

type Patch = Partial<Omit<RoomView, 'stepId'>>;

/** Changes what the projector shows of `stepId`'s answers (read-modify-write: two windows queue). */
export const showOnProjector = (workshopId: string, stepId: string, patch: Patch) =>
	saveStatus.track(() => updateSession(repo(), workshopId, (s) => setRoomView(s, stepId, patch)));

/**
 * Turns the projected page by `delta`, from the stored page (not a possibly stale screen), within the
 * pages the answers make now; stops featuring an answer.
 */
export function turnPage(bundle: LiveBundle, step: AgendaStep, delta: 1 | -1) {
	return saveStatus.track(() =>
		updateSession(repo(), bundle.workshop.id, (s) => {
			const view = roomViewOf(s, step.id);
			const { pages, page } = projectedAnswers(bundle, step, view);
			const next = Math.max(0, Math.min(pages.length - 1, page + delta));
			return setRoomView(s, step.id, { page: next, featured: '' });
		})
	);
}

/** Saves a write; `theme-gone` when the row it changes was removed meanwhile (another window). */
async function written(write: PendingWrite): Promise<ThemeProblem | null> {
	return (await saveOrGone(write)) === 'gone' ? 'theme-gone' : null;
}

/** The order last given to a new theme here, per workshop and question (`workshopId/itemId`). */
const lastThemeOrder = new Map<string, number>();

/** A new theme for `itemId`'s answers at `step`, last in order; or why not. */
export function addTheme(
	bundle: LiveBundle,
	step: AgendaStep,
	itemId: string,
	label: string,
	now = Date.now()
): Promise<ThemeProblem | null> | ThemeProblem {
	const name = themeLabel(label);
	if (name === 'theme-label-empty' || name === 'theme-label-long') return name;
	const own = bundle.themes.filter((t) => t.itemId === itemId);
	// A theme added before the page has seen the last one (Enter, a name, Enter) comes after it.
	const key = `${bundle.workshop.id}/${itemId}`;
	const order = Math.max(
		own.reduce((max, t) => Math.max(max, t.order + 1), 0),
		(lastThemeOrder.get(key) ?? -1) + 1
	);
	lastThemeOrder.set(key, order);
	const row: Theme = {
		workshopId: bundle.workshop.id,
		id: `theme-${crypto.randomUUID()}`,
		stepId: step.id,
		itemId,
		label: name,
		order,
		createdAt: now,
		updatedAt: now
	};
	return written({ kind: 'row', table: 'themes', row });
}

/** Renames a theme; `theme-gone` when it was removed (here or in another window). */
export function renameTheme(
	bundle: LiveBundle,
	themeId: string,
	label: string,
	now = Date.now()
): Promise<ThemeProblem | null> | ThemeProblem {
	const name = themeLabel(label);
	if (name === 'theme-label-empty' || name === 'theme-label-long') return name;
	if (!bundle.themes.some((t) => t.id === themeId)) return 'theme-gone';
	return written({
		kind: 'rowPatch',
		table: 'themes',
		workshopId: bundle.workshop.id,
		id: themeId,
		patch: { label: name, updatedAt: now }
	});
}

/** The answer as the bundle holds it now (undefined when gone: participant removed, text emptied). */
function answerNow(bundle: LiveBundle, key: string, itemId: string) {
	return roomAnswers(bundle.responses, bundle.answerMarks, itemId, false).find(
		(a) => a.key === key
	);
}

/** Puts an answer in a theme ('' = no theme); or why not. */
export function assignTheme(
	bundle: LiveBundle,
	answer: { key: string; itemId: string },
	themeId: string,
	now = Date.now()
): Promise<ThemeProblem | null> | ThemeProblem {
	const mark = assignAnswer(
		bundle.workshop.id,
		answerNow(bundle, answer.key, answer.itemId),
		themeId,
		bundle.themes,
		bundle.answerMarks,
		now
	);
	if (typeof mark === 'string') return mark;
	return written({ kind: 'row', table: 'answerMarks', row: mark });
}

/** Sets an answer aside (off the projector, kept) or brings it back; or why not. */
export function setAside(
	bundle: LiveBundle,
	answer: { key: string; itemId: string },
	aside: boolean,
	now = Date.now()
): Promise<ThemeProblem | null> | ThemeProblem {
	const mark = setAnswerAside(
		bundle.workshop.id,
		answerNow(bundle, answer.key, answer.itemId),
		aside,
		bundle.answerMarks,
		now
	);
	if (typeof mark === 'string') return mark;
	return written({ kind: 'row', table: 'answerMarks', row: mark });
}

/** Merges theme `fromId` into `intoId` (its answers move, it goes); or why not. */
export async function mergeTheme(
	workshopId: string,
	fromId: string,
	intoId: string
): Promise<ThemeProblem | null> {
	return (
		(await saveStatus.track(() => mergeThemesStored(repo(), workshopId, fromId, intoId))) ?? null
	);
}

/** Removes a theme; its answers stay, in no theme. */
export async function deleteTheme(
	workshopId: string,
	themeId: string
): Promise<ThemeProblem | null> {
	return (await saveStatus.track(() => removeThemeStored(repo(), workshopId, themeId))) ?? null;
}

/**
 * Opens a dot vote at `step` on `itemIds` (the question's themes, candidate partners or criteria),
 * `dots` per participant; the round's code when it cannot open.
 */
export async function openVote(
	workshopId: string,
	step: AgendaStep,
	target: VoteTarget,
	itemId: string,
	itemIds: readonly string[],
	dots: number,
	now = Date.now()
): Promise<VoteRound | 'no-items' | 'too-many-items' | 'bad-dots'> {
	const round = openVoteRound({
		workshopId,
		id: `vote-${crypto.randomUUID()}`,
		stepId: step.id,
		target,
		itemId,
		dots,
		itemIds,
		now
	});
	if (typeof round === 'string') return round;
	await save({ kind: 'row', table: 'voteRounds', row: round });
	return round;
}

/** Closes a vote (its tally stays; participants' dots no longer change it on their screens). */
export function closeVote(workshopId: string, voteId: string, now = Date.now()) {
	return save({
		kind: 'rowPatch',
		table: 'voteRounds',
		workshopId,
		id: voteId,
		patch: { open: false, closedAt: now }
	});
}
