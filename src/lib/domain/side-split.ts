/**
 * A step's results split by side of the partnership, for the side-by-side view of the session screen
 * and the projector: per item (the phase question, a rubric task, a pitfall, a momentum shift, a
 * theme, a vote's item) each side's counts per value, how far apart the sides are (`sideGap`), and
 * the items where they differ most first. Hidden sides (anonymous, fewer than `MIN_SIDE_GROUP`)
 * keep only their count. Codes and ids only: the screen words them. Pure: no Svelte, Dexie or DOM.
 */

import { MOMENTUM_SHIFTS, PITFALLS, allRubricTasks } from './content';
import { roomAnswers } from './room-answers';
import { splitBySide, sideGap, type SideOrUnsaid } from './sides';
import type { AgendaStep, LiveBundle, ParticipantResponse, VoteRound } from './types';
import { counted, tallyVotes } from './votes';

export type SplitKind = 'phase' | 'rubric' | 'pitfalls' | 'momentum' | 'themes' | 'votes';

export interface SplitRow {
	/** The item: 'phase', a rubric task id, a pitfall id, a shift id, a theme id, a vote item id. */
	id: string;
	/** Per shown side (in `groups`' order), the counts per value. */
	cells: Record<string, number>[];
	gap: number;
	differ: boolean;
}

export interface SideSplit {
	kind: SplitKind;
	/** Every side that answered; `hidden` ones are counted but not shown. */
	groups: { side: SideOrUnsaid; count: number; hidden: boolean }[];
	/** The sides shown, in `groups`' order. */
	shown: SideOrUnsaid[];
	/** The rows, the items where the sides differ most first (ties in the content's order). */
	rows: SplitRow[];
}

/** Which split a step has, if any (a vote shown on the projector splits its tally). */
export function splitKind(step: Pick<AgendaStep, 'module'>, vote?: VoteRound): SplitKind | null {
	if (vote) return 'votes';
	if (step.module === 'phase') return 'phase';
	if (step.module === 'rubric') return 'rubric';
	if (step.module === 'pitfalls') return 'pitfalls';
	if (step.module === 'momentum') return 'momentum';
	if (['aspiration', 'map-questions', 'final-words'].includes(step.module)) return 'themes';
	return null;
}

type R = ParticipantResponse;

function countBy(responses: readonly R[], value: (r: R) => string | undefined) {
	const out: Record<string, number> = {};
	for (const r of responses) {
		const v = value(r);
		if (v) out[v] = (out[v] ?? 0) + 1;
	}
	return out;
}

/**
 * The split of a step's results. For themes, `itemId` is the question shown; each row is a theme and
 * its cells `{ in, out }` (the side's answers in it, and not): the sides differ on a theme one side
 * raises far more often than the other.
 */
export function sideSplit(
	bundle: Pick<LiveBundle, 'responses' | 'themes' | 'answerMarks' | 'workshop'>,
	kind: SplitKind,
	options: { itemId?: string; vote?: VoteRound } = {}
): SideSplit {
	const anonymous = bundle.workshop.settings.anonymous;
	const responses = counted(bundle.responses);
	const answered = (r: R): boolean => {
		if (kind === 'phase') return r.phase != null;
		if (kind === 'rubric') return Object.values(r.rubric).some(Boolean);
		if (kind === 'pitfalls') return Object.values(r.pitfalls).some(Boolean);
		if (kind === 'momentum') return Object.keys(r.momentum ?? {}).length > 0;
		if (kind === 'votes')
			return Object.values(r.votes?.[options.vote?.id ?? ''] ?? {}).some((n) => n > 0);
		return (r.answers[options.itemId ?? ''] ?? '').trim() !== '';
	};
	const groups = splitBySide(responses.filter(answered), anonymous);
	const visible = groups.filter((g) => !g.hidden);
	const row = (id: string, cell: (rs: R[]) => Record<string, number>): SplitRow => {
		const cells = visible.map((g) => cell(g.responses));
		return { id, cells, ...sideGap(cells) };
	};
	let rows: SplitRow[];
	if (kind === 'phase') rows = [row('phase', (rs) => countBy(rs, (r) => r.phase?.toString()))];
	else if (kind === 'rubric')
		rows = allRubricTasks().map((t) => row(t.id, (rs) => countBy(rs, (r) => r.rubric[t.id])));
	else if (kind === 'pitfalls')
		rows = PITFALLS.map((p) => row(p.id, (rs) => countBy(rs, (r) => r.pitfalls[p.id])));
	else if (kind === 'momentum')
		rows = MOMENTUM_SHIFTS.map((s) =>
			row(s.id, (rs) => countBy(rs, (r) => r.momentum?.[s.id]?.toString()))
		);
	else if (kind === 'votes' && options.vote) {
		const vote = options.vote;
		const tallies = visible.map((g) => tallyVotes(vote, g.responses));
		rows = vote.itemIds.map((id) => {
			const cells = tallies.map((t) => {
				const dots = t.find((x) => x.itemId === id)?.dots ?? 0;
				const all = t.reduce((sum, x) => sum + x.dots, 0);
				return { in: dots, out: all - dots };
			});
			return { id, cells, ...sideGap(cells) };
		});
	} else {
		const itemId = options.itemId ?? '';
		const answers = roomAnswers(bundle.responses, bundle.answerMarks, itemId, false).filter(
			(a) => !a.setAside
		);
		const themes = bundle.themes
			.filter((t) => t.itemId === itemId)
			.sort((a, b) => a.order - b.order);
		rows = themes.map((t) =>
			row(t.id, (rs) => {
				const ids = new Set(rs.map((r) => r.id));
				const own = answers.filter((a) => ids.has(a.responseId));
				const inTheme = own.filter((a) => a.themeId === t.id).length;
				return { in: inTheme, out: own.length - inTheme };
			})
		);
	}
	const order = new Map(rows.map((r, i) => [r.id, i]));
	return {
		kind,
		groups: groups.map(({ side, count, hidden }) => ({ side, count, hidden })),
		shown: visible.map((g) => g.side),
		rows: [...rows].sort((a, b) => b.gap - a.gap || order.get(a.id)! - order.get(b.id)!)
	};
}
