/**
 * Adopting the room's answer: what one step's handed-in responses make of the team's own rows
 * (phase, rubric ratings, pitfall marks, momentum ratings, answer texts, candidate partners, criterion
 * weights), each written value carrying its `RoomSource`. Pure: the UI shows the plan, asks about
 * conflicts, and the state layer writes `writes` (plus the conflicts the facilitator accepted).
 *
 * The rules, per module:
 * - phase: the most common phase; a tie for most common is left to the facilitator (`ties`);
 * - rubric, pitfalls: per task / pitfall, the most common rating / mark; ties left open;
 * - momentum: per shift, the median rating (of an even count, the mean of the two middle ratings,
 *   a half rounded up);
 * - aspiration, map questions, final thoughts: the answer text, one line per theme with its count
 *   when the step's question has themes, else one line per answer (set-aside answers left out);
 * - map (suggested partners): a candidate per suggested name not already on the map (names compared
 *   with `normalizeName`: case, accents and spacing ignored), never a second copy;
 * - criteria: a weight per criterion from the latest vote on criteria, proportional to its dots (the
 *   most voted gets 10, one with no dots 0); always a conflict, so the weights are shown first.
 *
 * Removed responses never count. A value the team typed by hand (no source and not empty, or
 * different from what was adopted) is never in `writes`: it comes back as a conflict. Re-adopting
 * with the same room changes nothing (`writes` and `conflicts` empty).
 */

import {
	allRubricTasks,
	ASPIRATION_QUESTIONS,
	FINAL_THOUGHTS_PROMPT,
	MOMENTUM_SHIFTS,
	ONCE_IDENTIFIED_QUESTIONS,
	PARTNER_QUESTIONS,
	PITFALLS
} from './content';
import { blankPartner } from './home';
import { dedupeSuggestions, normalizeName } from './participation';
import { roomAnswers, themeGroups } from './room-answers';
import { counted, tallyVotes } from './votes';
import type {
	AgendaStep,
	Answer,
	Criterion,
	LiveBundle,
	ModuleKind,
	Partner,
	PhaseNumber,
	PhaseVote,
	PitfallAssessment,
	PitfallMark,
	RoomSource,
	RubricRating,
	RubricRatingValue
} from './types';

/** A row adoption writes, with its table. */
export type AdoptedRow =
	| { table: 'answers'; row: Answer }
	| { table: 'phaseVotes'; row: PhaseVote }
	| { table: 'rubricRatings'; row: RubricRating }
	| { table: 'pitfalls'; row: PitfallAssessment }
	| { table: 'partners'; row: Partner }
	| { table: 'criteria'; row: Criterion };

export type AdoptedTable = AdoptedRow['table'];

/** A value the team typed by hand (or a weight) that adopting would replace: asked first. */
export interface AdoptConflict {
	write: AdoptedRow;
	/** The team's value now and the room's, as `RoomSource.adopted` writes them. */
	current: string;
	proposed: string;
}

/** An item the room is split on: left to the facilitator. */
export interface AdoptTie {
	itemId: string;
	/** The values tied for most common. */
	values: string[];
}

export interface AdoptionPlan {
	module: ModuleKind;
	/** Counted responses that answered anything this step adopts. */
	responses: number;
	writes: AdoptedRow[];
	conflicts: AdoptConflict[];
	ties: AdoptTie[];
	/** Suggested names already on the map (matched, not added). */
	matched: string[];
}

/** What adoption reads of a workshop. */
export type AdoptionBundle = Pick<
	LiveBundle,
	| 'workshop'
	| 'responses'
	| 'themes'
	| 'answerMarks'
	| 'voteRounds'
	| 'answers'
	| 'phaseVotes'
	| 'rubricRatings'
	| 'customRubricItems'
	| 'pitfalls'
	| 'partners'
	| 'criteria'
>;

/** The modules whose room answers can be adopted. */
export const ADOPTABLE_MODULES: readonly ModuleKind[] = [
	'phase',
	'rubric',
	'pitfalls',
	'momentum',
	'aspiration',
	'map-questions',
	'final-words',
	'stakeholder-map',
	'criteria'
];

/** The seed questions a text step asks, in content order (`step.asked` narrows them). */
export function textQuestionIds(step: Pick<AgendaStep, 'module' | 'asked'>): string[] {
	const all =
		step.module === 'aspiration'
			? ASPIRATION_QUESTIONS.map((q) => q.id)
			: step.module === 'map-questions'
				? [...PARTNER_QUESTIONS, ...ONCE_IDENTIFIED_QUESTIONS].map((q) => q.id)
				: step.module === 'final-words'
					? [FINAL_THOUGHTS_PROMPT.id]
					: [];
	return step.asked ? all.filter((id) => step.asked!.includes(id)) : all;
}

/** Count per value, over the non-empty values. */
function countValues(values: readonly string[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const v of values) if (v !== '') counts[v] = (counts[v] ?? 0) + 1;
	return counts;
}

/** The most common value, or the values tied for it (several), or none. */
export function mostCommon(counts: Readonly<Record<string, number>>): string[] {
	let best = 0;
	let top: string[] = [];
	for (const [value, n] of Object.entries(counts)) {
		if (n > best) [best, top] = [n, [value]];
		else if (n === best && n > 0) top.push(value);
	}
	return top;
}

/** The median of whole ratings; of an even count the mean of the middle two, a half rounded up. 0 for none. */
export function medianRating(ratings: readonly number[]): number {
	if (ratings.length === 0) return 0;
	const sorted = [...ratings].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

/**
 * Whether the team's current value was typed by hand: not empty, and either never adopted or
 * changed since (`source.adopted` differs).
 */
export function handTyped(current: string, source: RoomSource | undefined): boolean {
	if (current === '') return false;
	return !source || source.adopted !== current;
}

const sameCounts = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>) => {
	const ka = Object.keys(a);
	return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

/**
 * Sorts one proposed value into the plan: nothing when the stored row already holds it from the same
 * room (idempotent), a conflict when the team typed its own value, else a write.
 */
function place(
	plan: AdoptionPlan,
	write: AdoptedRow,
	current: string,
	currentSource: RoomSource | undefined,
	source: RoomSource,
	ask = false
) {
	if (
		currentSource &&
		current === source.adopted &&
		currentSource.adopted === source.adopted &&
		currentSource.responses === source.responses &&
		sameCounts(currentSource.counts, source.counts)
	)
		return;
	if (ask || (handTyped(current, currentSource) && current !== source.adopted))
		plan.conflicts.push({ write, current, proposed: source.adopted });
	else plan.writes.push(write);
}

/**
 * What adopting `step`'s room answers would write. `now` stamps the sources; `newId` names new
 * candidate partners.
 */
export function planAdoption(
	step: Pick<AgendaStep, 'id' | 'module' | 'asked'>,
	b: AdoptionBundle,
	now: number,
	newId: () => string = () => `p-${now.toString(36)}-${Math.random().toString(36).slice(2)}`
): AdoptionPlan {
	const wid = b.workshop.id;
	const room = counted(b.responses);
	const plan: AdoptionPlan = {
		module: step.module,
		responses: 0,
		writes: [],
		conflicts: [],
		ties: [],
		matched: []
	};
	const source = (responses: number, counts: Record<string, number>, adopted: string) => ({
		responses,
		at: now,
		counts,
		adopted
	});

	switch (step.module) {
		case 'phase': {
			const placed = room.filter((r) => r.phase !== null);
			plan.responses = placed.length;
			const counts = countValues(placed.map((r) => String(r.phase)));
			const top = mostCommon(counts);
			if (top.length > 1) plan.ties.push({ itemId: 'phase', values: top.sort() });
			if (top.length !== 1) break;
			const current = b.phaseVotes.find((v) => v.id === 'team');
			const row: PhaseVote = {
				workshopId: wid,
				id: 'team',
				partnerId: '',
				phase: Number(top[0]) as PhaseNumber,
				confidence: current?.confidence ?? 0,
				reason: current?.reason ?? '',
				updatedAt: now,
				source: source(placed.length, counts, top[0])
			};
			place(
				plan,
				{ table: 'phaseVotes', row },
				current ? String(current.phase) : '',
				current?.source,
				row.source!
			);
			break;
		}
		case 'rubric': {
			const taskIds = [
				...allRubricTasks().map((t) => t.id),
				...b.customRubricItems.map((c) => c.id)
			];
			plan.responses = room.filter((r) => Object.values(r.rubric).some((v) => v !== '')).length;
			for (const taskId of taskIds) {
				const ratings = room.map((r) => r.rubric[taskId] ?? '');
				const counts = countValues(ratings);
				const top = mostCommon(counts);
				if (top.length > 1) plan.ties.push({ itemId: taskId, values: top.sort() });
				if (top.length !== 1) continue;
				const current = b.rubricRatings.find((r) => r.id === taskId);
				const given = ratings.filter((v) => v !== '').length;
				const row: RubricRating = {
					workshopId: wid,
					id: taskId,
					rating: top[0] as RubricRatingValue,
					note: current?.note ?? '',
					updatedAt: now,
					source: source(given, counts, top[0])
				};
				place(
					plan,
					{ table: 'rubricRatings', row },
					current?.rating ?? '',
					current?.source,
					row.source!
				);
			}
			break;
		}
		case 'pitfalls': {
			plan.responses = room.filter((r) => Object.values(r.pitfalls).some((v) => v !== '')).length;
			for (const pitfall of PITFALLS) {
				const marks = room.map((r) => r.pitfalls[pitfall.id] ?? '');
				const counts = countValues(marks);
				const top = mostCommon(counts);
				if (top.length > 1) plan.ties.push({ itemId: pitfall.id, values: top.sort() });
				if (top.length !== 1) continue;
				const current = b.pitfalls.find((p) => p.id === pitfall.id);
				const row: PitfallAssessment = {
					workshopId: wid,
					id: pitfall.id,
					mark: top[0] as PitfallMark,
					mitigation: current?.mitigation ?? '',
					owner: current?.owner ?? '',
					dueDate: current?.dueDate ?? '',
					updatedAt: now,
					source: source(marks.filter((v) => v !== '').length, counts, top[0])
				};
				place(plan, { table: 'pitfalls', row }, current?.mark ?? '', current?.source, row.source!);
			}
			break;
		}
		case 'momentum': {
			const shifts = step.asked
				? MOMENTUM_SHIFTS.filter((s) => step.asked!.includes(s.id))
				: MOMENTUM_SHIFTS;
			plan.responses = room.filter((r) =>
				Object.values(r.momentum ?? {}).some((v) => v >= 1 && v <= 5)
			).length;
			for (const shift of shifts) {
				const ratings = room
					.map((r) => r.momentum?.[shift.id] ?? 0)
					.filter((v) => Number.isInteger(v) && v >= 1 && v <= 5);
				if (ratings.length === 0) continue;
				const median = medianRating(ratings);
				const id = `${shift.id}@`;
				const current = b.answers.find((a) => a.id === id);
				const row: Answer = {
					workshopId: wid,
					id,
					itemId: shift.id,
					partnerId: '',
					text: current?.text ?? '',
					rating: median,
					updatedAt: now,
					source: source(ratings.length, countValues(ratings.map(String)), String(median))
				};
				const rating = current?.rating ?? 0;
				place(
					plan,
					{ table: 'answers', row },
					rating > 0 ? String(rating) : '',
					current?.source,
					row.source!
				);
			}
			break;
		}
		case 'aspiration':
		case 'map-questions':
		case 'final-words': {
			const anonymous = b.workshop.settings.anonymous;
			const answered = new Set<string>();
			for (const itemId of textQuestionIds(step)) {
				const answers = roomAnswers(room, b.answerMarks, itemId, anonymous).filter(
					(a) => !a.setAside
				);
				if (answers.length === 0) continue;
				for (const a of answers) answered.add(a.responseId);
				const themes = b.themes.filter((t) => t.stepId === step.id);
				const { groups } = themeGroups(themes, answers, itemId);
				const used = groups.filter((g) => g.answers.length > 0);
				let text: string;
				let counts: Record<string, number>;
				if (used.length > 0) {
					text = used.map((g) => `${g.theme.label} (${g.answers.length})`).join('\n');
					counts = Object.fromEntries(used.map((g) => [g.theme.label, g.answers.length]));
				} else {
					text = answers.map((a) => a.text.trim()).join('\n');
					counts = {};
				}
				const id = `${itemId}@`;
				const current = b.answers.find((a) => a.id === id);
				const row: Answer = {
					workshopId: wid,
					id,
					itemId,
					partnerId: '',
					text,
					rating: current?.rating ?? 0,
					updatedAt: now,
					source: source(answers.length, counts, text)
				};
				place(
					plan,
					{ table: 'answers', row },
					current?.text.trim() === '' ? '' : (current?.text ?? ''),
					current?.source,
					row.source!
				);
			}
			plan.responses = answered.size;
			break;
		}
		case 'stakeholder-map': {
			const suggesting = room.filter((r) => r.suggestedPartners.some((n) => n.trim() !== ''));
			plan.responses = suggesting.length;
			const onMap = new Map<string, Partner>();
			for (const p of b.partners) {
				onMap.set(normalizeName(p.name), p);
				if (p.source) onMap.set(normalizeName(p.source.adopted), p);
			}
			for (const s of dedupeSuggestions(suggesting.flatMap((r) => r.suggestedPartners))) {
				const existing = onMap.get(s.key);
				if (existing) {
					plan.matched.push(existing.name);
					// A candidate the room added before: its count follows the room.
					if (existing.source && existing.source.responses !== s.count)
						plan.writes.push({
							table: 'partners',
							row: { ...existing, source: source(s.count, {}, existing.source.adopted) }
						});
					continue;
				}
				const row: Partner = {
					workshopId: wid,
					...blankPartner({ id: newId(), name: s.name, sector: 'other' }, now),
					source: source(s.count, {}, s.name)
				};
				onMap.set(s.key, row);
				plan.writes.push({ table: 'partners', row });
			}
			break;
		}
		case 'criteria': {
			const rounds = b.voteRounds
				.filter((r) => r.target === 'criteria')
				.sort(
					(x, y) =>
						Number(y.stepId === step.id) - Number(x.stepId === step.id) || y.openedAt - x.openedAt
				);
			const round = rounds[0];
			if (!round) break;
			const tally = tallyVotes(round, room);
			const top = Math.max(0, ...tally.map((t) => t.dots));
			if (top === 0) break;
			plan.responses = room.filter((r) =>
				Object.values(r.votes?.[round.id] ?? {}).some((n) => n > 0)
			).length;
			const counts = Object.fromEntries(tally.map((t) => [t.itemId, t.dots]));
			for (const t of tally) {
				const current = b.criteria.find((c) => c.id === t.itemId);
				if (!current) continue;
				const weight = Math.round((t.dots / top) * 10);
				const row: Criterion = {
					...current,
					weight,
					source: source(plan.responses, counts, String(weight))
				};
				// Weights are always shown before they are applied (`ask`).
				place(
					plan,
					{ table: 'criteria', row },
					String(current.weight),
					current.source,
					row.source!,
					true
				);
			}
			break;
		}
		default:
			break;
	}
	return plan;
}

/** Whether a plan would change anything (with or without its conflicts). */
export function adoptsAnything(plan: AdoptionPlan): boolean {
	return plan.writes.length > 0 || plan.conflicts.length > 0;
}
