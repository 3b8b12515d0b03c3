/**
 * What the projector shows of a step's text answers, as the facilitator drives it from the session
 * screen (`SessionState.roomView`): which question, which page, a featured answer, a theme or the
 * themes, a vote, the split by side. Pure: the session screen and the projector compute the same
 * pages from the same rows, so "page 3 of 5" on one is page 3 on the other. No Svelte, Dexie or DOM.
 */

import { askableItems, onlyAsked } from './asked';
import { pageAnswers, roomAnswers, type PageCapacity, type RoomAnswer } from './room-answers';
import type { AgendaStep, LiveBundle, RoomView, SessionState } from './types';

/** The modules whose results are text answers (paged, featured, set aside, themed). */
export const ANSWER_MODULES = ['aspiration', 'map-questions', 'final-words'] as const;

export function hasTextAnswers(step: Pick<AgendaStep, 'module'>): boolean {
	return (ANSWER_MODULES as readonly string[]).includes(step.module);
}

/** The questions whose answers a step's results show (the step's `asked` ones when it lists them). */
export function answerQuestions(
	step: Pick<AgendaStep, 'module' | 'asked'>
): readonly { id: string; text: string }[] {
	// Every seed question a participant can be asked (all eleven map questions), as asked.ts lists them.
	return hasTextAnswers(step) ? onlyAsked(askableItems(step.module), step.asked) : [];
}

export type FullRoomView = Required<RoomView>;

export function defaultRoomView(stepId: string): FullRoomView {
	return {
		stepId,
		itemId: '',
		page: 0,
		featured: '',
		themeId: '',
		showThemes: false,
		split: false,
		voteId: ''
	};
}

/** The view of `stepId`: the stored one when it belongs to that step, else the default. */
export function roomViewOf(s: Pick<SessionState, 'roomView'>, stepId: string): FullRoomView {
	const stored = s.roomView;
	return stored && stored.stepId === stepId
		? { ...defaultRoomView(stepId), ...stored }
		: defaultRoomView(stepId);
}

/** Changes the view of `stepId`; the same session back when nothing changes (no write). */
export function setRoomView(
	s: SessionState,
	stepId: string,
	patch: Partial<Omit<RoomView, 'stepId'>>
): SessionState {
	const current = roomViewOf(s, stepId);
	const next = { ...current, ...patch, stepId };
	const same = (Object.keys(next) as (keyof FullRoomView)[]).every((k) => next[k] === current[k]);
	return same && s.roomView?.stepId === stepId ? s : { ...s, roomView: next };
}

/**
 * How many answers' text fits one projected page, measured in screenshots at 1280×720 and
 * 1920×1080 (both 16:9, and the projector's type is sized in vh, so a page holds the same text on
 * both): answers at 3.2vh (23 px at 720p) in one column of 92vw under the step title, the results
 * heading and a question of up to three lines, about 11.5 lines of 1.25 × 3.2vh are left. A line holds
 * ~96 characters of average English or Spanish text; 88 leaves room for wide letters and for words
 * that do not break at the line's end; the gap between answers is 0.3em (a quarter line).
 */
export const PROJECTOR_PAGE: PageCapacity = { lines: 11, charsPerLine: 88, gapLines: 0.25 };

/** The text an answer takes on the projector (its author's name before it, when shown). */
export function projectedText(a: Pick<RoomAnswer, 'name' | 'text'>): string {
	return a.name ? `${a.name}: ${a.text}` : a.text;
}

export interface ProjectedAnswers {
	/** The question shown ('' when the step asks none). */
	itemId: string;
	questionText: string;
	/** Every answer to the question, set-aside ones included (flagged). */
	all: RoomAnswer[];
	/** The answers the projector pages through: not set aside, of the theme when one is shown. */
	pages: RoomAnswer[][];
	/** The page shown, within `pages`. */
	page: number;
	/** The answer shown alone, if any (never a set-aside one). */
	featured: RoomAnswer | undefined;
	/** The theme shown, if it still exists for this question. */
	themeId: string;
}

/** What the projector shows of the step's answers, computed the same in both windows. */
export function projectedAnswers(
	bundle: Pick<LiveBundle, 'responses' | 'answerMarks' | 'themes' | 'workshop'>,
	step: Pick<AgendaStep, 'id' | 'module' | 'asked'>,
	view: FullRoomView,
	capacity: PageCapacity = PROJECTOR_PAGE
): ProjectedAnswers {
	const questions = answerQuestions(step);
	const anonymous = bundle.workshop.settings.anonymous;
	const answersOf = (itemId: string) =>
		roomAnswers(bundle.responses, bundle.answerMarks, itemId, anonymous);
	const chosen = questions.find((q) => q.id === view.itemId);
	const question =
		chosen ?? questions.find((q) => answersOf(q.id).some((a) => !a.setAside)) ?? questions[0];
	const all = question ? answersOf(question.id) : [];
	const themeId = bundle.themes.some((t) => t.id === view.themeId && t.itemId === question?.id)
		? view.themeId
		: '';
	const shown = all.filter((a) => !a.setAside && (!themeId || a.themeId === themeId));
	const pages = pageAnswers(shown.map(projectedText), capacity).map((p) => p.map((i) => shown[i]));
	return {
		itemId: question?.id ?? '',
		questionText: question?.text ?? '',
		all,
		pages,
		page: Math.max(0, Math.min(view.page, pages.length - 1)),
		featured: all.find((a) => a.key === view.featured && !a.setAside),
		themeId
	};
}
