/**
 * The plan's "Participant input" section: what the room said, per step — the phase distribution,
 * each rubric task's and each pitfall's counts, the momentum spread with its median, themes with
 * their counts, vote tallies, suggested partners, every text answer (names only when the workshop is
 * not anonymous) — with the counts split by side where participants gave one (a side too small to
 * stay anonymous is only counted). Removed responses are left out. Pure, like plan-model.ts.
 */

import { medianRating, textQuestionIds } from '$lib/domain/adoption';
import {
	ALL_QUESTIONS,
	allRubricTasks,
	CONDITIONS,
	FINAL_THOUGHTS_PROMPT,
	MOMENTUM_SHIFTS,
	PHASES,
	PITFALLS
} from '$lib/domain/content';
import { handedInReading } from '$lib/domain/counters';
import { moduleInfo } from '$lib/domain/modules';
import { dedupeSuggestions } from '$lib/domain/participation';
import { roomAnswers, themeGroups } from '$lib/domain/room-answers';
import { sideOf, splitBySide, type SideGroup } from '$lib/domain/sides';
import { stepTitle } from '$lib/domain/step-title';
import {
	PITFALL_MARKS,
	RUBRIC_VALUES,
	type AgendaStep,
	type ModuleKind,
	type ParticipantResponse,
	type VoteRound,
	type WorkshopBundle
} from '$lib/domain/types';
import { counted, tallyBySide, tallyVotes } from '$lib/domain/votes';
import { m as msg } from '$lib/paraglide/messages.js';
import { markLabel, ratingLabel } from '$lib/i18n/labels';
import { sideText } from '$lib/i18n/sides';
import type { Block, TableColumn } from './plan-model';

type Num = (v: number) => string;

/** Every prompt a participant may answer, by id, in the current content language. */
function prompts(): Map<string, string> {
	return new Map<string, string>(
		[...ALL_QUESTIONS, ...MOMENTUM_SHIFTS, ...CONDITIONS, FINAL_THOUGHTS_PROMPT].map((i) => [
			i.id,
			i.text
		])
	);
}

interface Room {
	responses: ParticipantResponse[];
	anonymous: boolean;
	/** Side groups, when at least one participant said their side. */
	groups: SideGroup<ParticipantResponse>[] | null;
	n: Num;
}

interface CountSpec {
	/** The first column's header and each row's item. */
	header: string;
	items: { id: string; label: string }[];
	/** The values counted, one column each. */
	values: { key: string; header: string }[];
	of: (r: ParticipantResponse, itemId: string) => string;
}

function counts(spec: CountSpec, responses: readonly ParticipantResponse[], itemId: string) {
	return spec.values.map((v) => responses.filter((r) => spec.of(r, itemId) === v.key).length);
}

/** The room's count table, then (split by side) one column per side, counts in the same order. */
function countBlocks(spec: CountSpec, room: Room): Block[] {
	const { n } = room;
	const valueWidth = spec.values.length > 3 ? 1.4 : 1.8;
	const columns: TableColumn[] = [
		{ header: spec.header, width: 6 },
		...spec.values.map((v) => ({ header: v.header, width: valueWidth, align: 'right' as const }))
	];
	const blocks: Block[] = [
		{
			kind: 'table',
			columns,
			rows: spec.items.map((item) => [item.label, ...counts(spec, room.responses, item.id).map(n)])
		}
	];
	if (room.groups) blocks.push(...sideBlocks(room, spec, (rs, id) => counts(spec, rs, id)));
	return blocks;
}

function sideBlocks(
	room: Room,
	spec: Pick<CountSpec, 'header' | 'items'>,
	cell: (responses: ParticipantResponse[], itemId: string) => number[]
): Block[] {
	const groups = room.groups ?? [];
	const shown = groups.filter((g) => !g.hidden);
	const blocks: Block[] = [];
	if (shown.length > 0)
		blocks.push(
			{ kind: 'question', question: msg.plan_participants_bySide(), answer: '' },
			{
				kind: 'table',
				columns: [
					{ header: spec.header, width: 5 },
					...shown.map((g) => ({
						header: `${sideText(g.side)} (${room.n(g.count)})`,
						width: 2.4,
						align: 'right' as const
					}))
				],
				rows: spec.items.map((item) => [
					item.label,
					...shown.map((g) => cell(g.responses, item.id).map(room.n).join(' · '))
				])
			},
			{ kind: 'paragraph', text: msg.plan_participants_sidesNote(), tone: 'muted' }
		);
	for (const g of groups.filter((g) => g.hidden))
		blocks.push({
			kind: 'paragraph',
			text: msg.plan_participants_sideHidden({ side: sideText(g.side), n: g.count }),
			tone: 'muted'
		});
	return blocks;
}

const phaseLabel = (n: number) => {
	const phase = PHASES.find((p) => p.number === n);
	return phase ? msg.plan_phase_label({ n, title: phase.title }) : String(n);
};

function phaseBlocks(room: Room): Block[] {
	const placed = room.responses.filter((r) => r.phase !== null);
	if (placed.length === 0) return [];
	const blocks: Block[] = [
		{ kind: 'question', question: msg.plan_phase_distribution(), answer: '' }
	];
	blocks.push(
		...countBlocks(
			{
				header: msg.plan_phase_phase(),
				items: PHASES.map((p) => ({ id: String(p.number), label: phaseLabel(p.number) })),
				values: [{ key: 'x', header: msg.plan_phase_participants() }],
				of: (r, id) => (String(r.phase) === id ? 'x' : '')
			},
			room
		)
	);
	blocks.push({
		kind: 'paragraph',
		text: msg.plan_phase_distributionCaption({ n: placed.length }),
		tone: 'muted'
	});
	const reasons = placed
		.filter((r) => r.phaseReason.trim() !== '')
		.map((r) =>
			room.anonymous || !r.name.trim()
				? `${phaseLabel(r.phase!)}: ${r.phaseReason}`
				: `${r.name.trim()} (${phaseLabel(r.phase!)}): ${r.phaseReason}`
		);
	if (reasons.length > 0)
		blocks.push(
			{ kind: 'question', question: msg.plan_participants_reasons(), answer: '' },
			{
				kind: 'list',
				items: room.anonymous ? reasons.sort((a, c) => a.localeCompare(c)) : reasons
			}
		);
	return blocks;
}

function rubricBlocks(room: Room, b: WorkshopBundle): Block[] {
	if (!room.responses.some((r) => Object.values(r.rubric).some((v) => v !== ''))) return [];
	const best = [...RUBRIC_VALUES].reverse();
	return [
		{ kind: 'paragraph', text: msg.plan_participants_rubric(), tone: 'muted' },
		...countBlocks(
			{
				header: msg.plan_rubric_task(),
				items: [
					...allRubricTasks().map((t) => ({ id: t.id, label: `${t.code} ${t.text}` })),
					...b.customRubricItems.map((c) => ({ id: c.id, label: c.text }))
				],
				values: best.map((v) => ({ key: v, header: ratingLabel(v) })),
				of: (r, id) => r.rubric[id] ?? ''
			},
			room
		)
	];
}

function pitfallBlocks(room: Room): Block[] {
	if (!room.responses.some((r) => Object.values(r.pitfalls).some((v) => v !== ''))) return [];
	return countBlocks(
		{
			header: msg.plan_pitfalls_pitfall(),
			items: PITFALLS.map((p) => ({ id: p.id, label: p.text })),
			values: PITFALL_MARKS.map((v) => ({ key: v, header: markLabel(v) })),
			of: (r, id) => r.pitfalls[id] ?? ''
		},
		room
	);
}

function momentumBlocks(room: Room, step: Pick<AgendaStep, 'asked'> | undefined): Block[] {
	const { n } = room;
	const shifts = MOMENTUM_SHIFTS.filter((s) => !step?.asked || step.asked.includes(s.id));
	const ratingsOf = (rs: readonly ParticipantResponse[], id: string) =>
		rs.map((r) => r.momentum?.[id] ?? 0).filter((v) => v >= 1 && v <= 5);
	if (!shifts.some((s) => ratingsOf(room.responses, s.id).length > 0)) return [];
	const scale = [1, 2, 3, 4, 5];
	const blocks: Block[] = [
		{ kind: 'paragraph', text: msg.plan_participants_momentum(), tone: 'muted' },
		{
			kind: 'table',
			columns: [
				{ header: msg.plan_participants_shift(), width: 6 },
				{ header: msg.plan_participants_median(), width: 1.6, align: 'right' },
				...scale.map((v) => ({ header: n(v), width: 0.9, align: 'right' as const }))
			],
			rows: shifts.map((s) => {
				const ratings = ratingsOf(room.responses, s.id);
				return [
					s.text,
					ratings.length ? n(medianRating(ratings)) : '–',
					...scale.map((v) => n(ratings.filter((x) => x === v).length))
				];
			})
		}
	];
	if (room.groups)
		blocks.push(
			...sideBlocks(
				room,
				{
					header: msg.plan_participants_shift(),
					items: shifts.map((s) => ({ id: s.id, label: s.text }))
				},
				(rs, id) => scale.map((v) => ratingsOf(rs, id).filter((x) => x === v).length)
			)
		);
	return blocks;
}

function textBlocks(
	room: Room,
	b: WorkshopBundle,
	steps: readonly AgendaStep[],
	itemIds: readonly string[],
	shown: Set<string>
): Block[] {
	const blocks: Block[] = [];
	const labels = prompts();
	for (const itemId of itemIds) {
		if (shown.has(itemId)) continue;
		const answers = roomAnswers(room.responses, b.answerMarks, itemId, room.anonymous);
		if (answers.length === 0) continue;
		shown.add(itemId);
		blocks.push({ kind: 'question', question: labels.get(itemId) ?? itemId, answer: '' });
		const ids = new Set(steps.map((s) => s.id));
		const { groups } = themeGroups(
			b.themes.filter((t) => ids.has(t.stepId)),
			answers,
			itemId
		);
		const used = groups.filter((g) => g.answers.length > 0);
		if (used.length > 0)
			blocks.push({
				kind: 'table',
				columns: [
					{ header: msg.plan_participants_theme(), width: 8 },
					{ header: msg.plan_participants_answersCount(), width: 2, align: 'right' }
				],
				rows: used.map((g) => [g.theme.label, room.n(g.answers.length)])
			});
		blocks.push({
			kind: 'list',
			items: answers.map((a) => (a.name ? `${a.name}: ${a.text}` : a.text))
		});
	}
	return blocks;
}

function suggestionBlocks(room: Room): Block[] {
	const suggested = dedupeSuggestions(room.responses.flatMap((r) => r.suggestedPartners));
	if (suggested.length === 0) return [];
	return [
		{ kind: 'question', question: msg.plan_participants_suggested(), answer: '' },
		{
			kind: 'list',
			items: suggested.map((s) =>
				s.count > 1
					? msg.plan_participants_suggestedTimes({ name: s.name, count: s.count })
					: s.name
			)
		}
	];
}

function voteBlocks(room: Room, b: WorkshopBundle, round: VoteRound): Block[] {
	const label = (id: string) =>
		round.target === 'themes'
			? (b.themes.find((t) => t.id === id)?.label ?? id)
			: round.target === 'partners'
				? (b.partners.find((p) => p.id === id)?.name ?? id)
				: (b.criteria.find((c) => c.id === id)?.name ?? id);
	const tally = tallyVotes(round, room.responses);
	if (tally.every((t) => t.dots === 0)) return [];
	const blocks: Block[] = [
		{ kind: 'question', question: msg.plan_participants_votes(), answer: '' },
		{
			kind: 'table',
			columns: [
				{ header: msg.plan_participants_item(), width: 7 },
				{ header: msg.plan_participants_dots(), width: 1.6, align: 'right' },
				{ header: msg.plan_participants_voters(), width: 1.6, align: 'right' }
			],
			rows: tally.map((t) => [label(t.itemId), room.n(t.dots), room.n(t.voters)])
		}
	];
	if (room.groups) {
		const bySide = tallyBySide(round, room.responses, room.anonymous);
		const dots = new Map(bySide.map((g) => [g.side, g]));
		// One tally per side's group, not one per item and side.
		const groupDots = new Map<readonly ParticipantResponse[], Map<string, number>>();
		const dotsOf = (rs: readonly ParticipantResponse[], id: string) => {
			let tallied = groupDots.get(rs);
			if (!tallied) {
				tallied = new Map(tallyVotes(round, rs).map((t) => [t.itemId, t.dots]));
				groupDots.set(rs, tallied);
			}
			return tallied.get(id) ?? 0;
		};
		blocks.push(
			...sideBlocks(
				{ ...room, groups: room.groups.filter((g) => dots.has(g.side)) },
				{
					header: msg.plan_participants_item(),
					items: round.itemIds.map((id) => ({ id, label: label(id) }))
				},
				(rs, id) => [dotsOf(rs, id)]
			)
		);
	}
	return blocks;
}

/** The modules the section speaks for, in the order of the seeds' agenda. */
const ROOM_MODULES: readonly ModuleKind[] = [
	'momentum',
	'phase',
	'rubric',
	'pitfalls',
	'aspiration',
	'map-questions',
	'stakeholder-map',
	'criteria',
	'final-words'
];

/** The participant-input section's blocks (empty when no counted response). */
export function roomBlocks(b: WorkshopBundle, n: Num): Block[] {
	const responses = counted(b.responses).sort(
		(a, c) => a.submittedAt - c.submittedAt || (a.id < c.id ? -1 : 1)
	);
	if (responses.length === 0) return [];
	const anonymous = b.workshop.settings.anonymous;
	const room: Room = {
		responses,
		anonymous,
		groups: responses.some((r) => sideOf(r) !== '') ? splitBySide(responses, anonymous) : null,
		n
	};
	const expected = b.workshop.settings.expectedParticipants;
	const blocks: Block[] = [
		{
			kind: 'paragraph',
			// "n of m" only while n ≤ m (more than expected is not "34 of 8").
			text:
				handedInReading(responses.length, expected).kind === 'of'
					? msg.plan_participants_countOf({ n: responses.length, expected })
					: msg.plan_participants_count({ n: responses.length })
		}
	];
	const agenda = [...b.agenda].sort((x, y) => x.order - y.order);
	const shownItems = new Set<string>();
	const rounds = [...b.voteRounds].sort((x, y) => x.openedAt - y.openedAt);
	const shownRounds = new Set<string>();
	for (const module of ROOM_MODULES) {
		const steps = agenda.filter((s) => s.module === module);
		const first = steps[0];
		const stepIds = new Set(steps.map((s) => s.id));
		const body: Block[] = [];
		if (module === 'phase') body.push(...phaseBlocks(room));
		else if (module === 'rubric') body.push(...rubricBlocks(room, b));
		else if (module === 'pitfalls') body.push(...pitfallBlocks(room));
		else if (module === 'momentum') body.push(...momentumBlocks(room, first));
		else if (module === 'stakeholder-map') body.push(...suggestionBlocks(room));
		else if (module !== 'criteria') {
			const ids = first
				? [...new Set(steps.flatMap((s) => textQuestionIds(s)))]
				: textQuestionIds({ module });
			body.push(...textBlocks(room, b, steps, ids, shownItems));
		}
		for (const round of rounds.filter((r) => stepIds.has(r.stepId))) {
			shownRounds.add(round.id);
			body.push(...voteBlocks(room, b, round));
		}
		if (body.length > 0)
			blocks.push(
				{ kind: 'heading', text: first ? stepTitle(first) : moduleInfo(module).title },
				...body
			);
	}
	// Votes opened at other steps, and answers to prompts no step above asks: nothing is left out.
	const rest: Block[] = [];
	for (const round of rounds.filter((r) => !shownRounds.has(r.id)))
		rest.push(...voteBlocks(room, b, round));
	const labels = prompts();
	const order = [...labels.keys()];
	const other = [...new Set(responses.flatMap((r) => Object.keys(r.answers)))]
		.filter((id) => !shownItems.has(id))
		.sort(
			(x, y) => (order.indexOf(x) + 1 || 1e6) - (order.indexOf(y) + 1 || 1e6) || x.localeCompare(y)
		);
	rest.push(...textBlocks(room, b, agenda, other, shownItems));
	if (rest.length > 0)
		blocks.push({ kind: 'heading', text: msg.plan_participants_other() }, ...rest);
	return blocks;
}
