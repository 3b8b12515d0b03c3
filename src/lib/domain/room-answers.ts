/**
 * The room's text answers as the facilitator works with them: every answer to a question (none
 * condensed away), paged to fit the projector, one featured, some set aside, grouped into themes.
 * Themes and marks are rows (`Theme`, `AnswerMark` in `types.ts`); this module computes what they
 * mean and what an operation on them writes, or a `ThemeProblem` code the UI words. Pure: no Svelte,
 * Dexie or DOM.
 *
 * An answer is one participant's text for one question, keyed `answerKey(responseId, itemId)`. It
 * belongs to at most one theme: the mark is keyed by the answer, so two themes cannot both hold it.
 */

import { counted } from './votes';
import { sideOf, type SideOrUnsaid } from './sides';
import type { AnswerMark, ParticipantResponse, Theme } from './types';

/** The key of one participant's answer to one question (also its `AnswerMark` id). */
export function answerKey(responseId: string, itemId: string): string {
	return `${itemId}@${responseId}`;
}

export interface RoomAnswer {
	key: string;
	responseId: string;
	itemId: string;
	/** The participant's name, or null when the workshop is anonymous or they gave none. */
	name: string | null;
	side: SideOrUnsaid;
	text: string;
	/** The theme it belongs to, '' = none. */
	themeId: string;
	setAside: boolean;
}

/**
 * Every non-empty answer to `itemId` from the counted (not removed) responses, oldest hand-in first;
 * in an anonymous workshop names are dropped and the answers are in the order of their text (the same
 * position under every question would tie one person's answers together). Set-aside answers are
 * included with `setAside: true`: the projector leaves them out, the session screen lists them.
 */
export function roomAnswers(
	responses: readonly Pick<
		ParticipantResponse,
		'id' | 'name' | 'answers' | 'submittedAt' | 'side' | 'removedAt'
	>[],
	marks: readonly Pick<AnswerMark, 'id' | 'themeId' | 'setAside'>[],
	itemId: string,
	anonymous: boolean
): RoomAnswer[] {
	const byKey = new Map(marks.map((m) => [m.id, m]));
	const list = counted(responses)
		.sort((a, b) => a.submittedAt - b.submittedAt)
		.filter((r) => (r.answers[itemId] ?? '').trim() !== '')
		.map((r) => {
			const key = answerKey(r.id, itemId);
			const mark = byKey.get(key);
			return {
				key,
				responseId: r.id,
				itemId,
				name: anonymous || !r.name.trim() ? null : r.name.trim(),
				side: sideOf(r),
				text: r.answers[itemId],
				themeId: mark?.themeId ?? '',
				setAside: mark?.setAside ?? false
			};
		});
	return anonymous ? list.sort((a, b) => a.text.localeCompare(b.text)) : list;
}

/** How much text one projected page holds: lines of `charsPerLine` characters, `gapLines` between answers. */
export interface PageCapacity {
	lines: number;
	charsPerLine: number;
	gapLines: number;
}

/** The lines an answer takes at `charsPerLine` (at least 1; each typed line break starts a line). */
export function linesOf(text: string, charsPerLine: number): number {
	return text
		.split('\n')
		.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
}

/**
 * The answers split into pages that each fit `capacity`, in order: every answer on exactly one page,
 * a page holding at least one answer (an answer longer than a page stands alone; the projector shrinks
 * or clips it and "feature" shows it whole). Returns the answers' indices per page.
 */
export function pageAnswers(texts: readonly string[], capacity: PageCapacity): number[][] {
	const pages: number[][] = [];
	let page: number[] = [];
	let used = 0;
	texts.forEach((text, i) => {
		const lines = linesOf(text, capacity.charsPerLine);
		if (page.length && used + capacity.gapLines + lines > capacity.lines) {
			pages.push(page);
			page = [];
			used = 0;
		}
		used += (page.length ? capacity.gapLines : 0) + lines;
		page.push(i);
	});
	if (page.length) pages.push(page);
	return pages;
}

/**
 * Why a theme operation is refused (nothing written):
 * - `answer-gone`: the answer is no longer there (its participant removed, the text emptied);
 * - `theme-gone`: the theme was removed (in another window, say);
 * - `theme-label-empty` / `theme-label-long`: a theme's name must have 1 to `MAX_THEME_LABEL` characters;
 * - `theme-other-question`: the theme groups another question's answers;
 * - `theme-same`: merging a theme into itself.
 */
export type ThemeProblem =
	| 'answer-gone'
	| 'theme-gone'
	| 'theme-label-empty'
	| 'theme-label-long'
	| 'theme-other-question'
	| 'theme-same';

export const MAX_THEME_LABEL = 200;

/** A theme's name as stored (trimmed, inner spaces folded), or a problem. */
export function themeLabel(label: string): string | ThemeProblem {
	const trimmed = label.trim().replace(/\s+/g, ' ');
	if (!trimmed) return 'theme-label-empty';
	if (trimmed.length > MAX_THEME_LABEL) return 'theme-label-long';
	return trimmed;
}

/**
 * The mark that puts one answer in a theme (`themeId` '' takes it out of any), keeping whether it is
 * set aside; or a problem when the answer or the theme is gone or the theme is another question's.
 */
export function assignAnswer(
	workshopId: string,
	answer: Pick<RoomAnswer, 'key' | 'responseId' | 'itemId'> | undefined,
	themeId: string,
	themes: readonly Pick<Theme, 'id' | 'itemId'>[],
	marks: readonly AnswerMark[],
	now: number
): AnswerMark | ThemeProblem {
	if (!answer) return 'answer-gone';
	if (themeId) {
		const theme = themes.find((t) => t.id === themeId);
		if (!theme) return 'theme-gone';
		if (theme.itemId !== answer.itemId) return 'theme-other-question';
	}
	const mark = marks.find((m) => m.id === answer.key);
	return {
		workshopId,
		id: answer.key,
		responseId: answer.responseId,
		itemId: answer.itemId,
		themeId,
		setAside: mark?.setAside ?? false,
		updatedAt: now
	};
}

/** The mark that sets an answer aside (or brings it back), keeping its theme; or `answer-gone`. */
export function setAnswerAside(
	workshopId: string,
	answer: Pick<RoomAnswer, 'key' | 'responseId' | 'itemId'> | undefined,
	setAside: boolean,
	marks: readonly AnswerMark[],
	now: number
): AnswerMark | ThemeProblem {
	if (!answer) return 'answer-gone';
	const mark = marks.find((m) => m.id === answer.key);
	return {
		workshopId,
		id: answer.key,
		responseId: answer.responseId,
		itemId: answer.itemId,
		themeId: mark?.themeId ?? '',
		setAside,
		updatedAt: now
	};
}

/**
 * Merging theme `fromId` into `intoId`: every mark of `from` moves to `into`, then `from` is deleted.
 * Returns the marks to write and the theme id to delete, or a problem.
 */
export function mergeThemes(
	fromId: string,
	intoId: string,
	themes: readonly Pick<Theme, 'id' | 'itemId'>[],
	marks: readonly AnswerMark[],
	now: number
): { marks: AnswerMark[]; deleteThemeId: string } | ThemeProblem {
	if (fromId === intoId) return 'theme-same';
	const from = themes.find((t) => t.id === fromId);
	const into = themes.find((t) => t.id === intoId);
	if (!from || !into) return 'theme-gone';
	if (from.itemId !== into.itemId) return 'theme-other-question';
	return {
		marks: marks
			.filter((m) => m.themeId === fromId)
			.map((m) => ({ ...m, themeId: intoId, updatedAt: now })),
		deleteThemeId: fromId
	};
}

/** Removing a theme: its answers go back to no theme (they are kept); the marks to write. */
export function removeTheme(
	themeId: string,
	marks: readonly AnswerMark[],
	now: number
): AnswerMark[] {
	return marks
		.filter((m) => m.themeId === themeId)
		.map((m) => ({ ...m, themeId: '', updatedAt: now }));
}

export interface ThemeCount {
	theme: Pick<Theme, 'id' | 'label'>;
	/** The theme's answers that are on the projector (not set aside), in `answers`' order. */
	answers: RoomAnswer[];
}

/**
 * The themes of one question with the answers each holds (set-aside answers left out), in the themes'
 * order; answers in no theme are `unthemed`. `answers` is `roomAnswers(…)` for that question.
 */
export function themeGroups(
	themes: readonly Pick<Theme, 'id' | 'label' | 'order' | 'itemId'>[],
	answers: readonly RoomAnswer[],
	itemId: string
): { groups: ThemeCount[]; unthemed: RoomAnswer[] } {
	const own = themes.filter((t) => t.itemId === itemId).sort((a, b) => a.order - b.order);
	const ids = new Set(own.map((t) => t.id));
	const shown = answers.filter((a) => !a.setAside);
	return {
		groups: own.map((theme) => ({
			theme,
			answers: shown.filter((a) => a.themeId === theme.id)
		})),
		unthemed: shown.filter((a) => !ids.has(a.themeId))
	};
}
