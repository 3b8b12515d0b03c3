/** The group's results as the room sees them: counts drawn from participants' handed-in responses. */

import { medianRating } from './adoption';
import { MOMENTUM_SHIFTS, PHASES, PITFALLS } from './content';
import type { ParticipantResponse, PhaseNumber } from './types';

interface PhaseCount {
	phase: PhaseNumber;
	title: string;
	count: number;
}

/** How many participants placed the team in each of the six phases (every phase listed, even at 0). */
export function phaseDistribution(
	responses: readonly Pick<ParticipantResponse, 'phase'>[]
): PhaseCount[] {
	return PHASES.map((p) => ({
		phase: p.number,
		title: p.title,
		count: responses.filter((r) => r.phase === p.number).length
	}));
}

interface PitfallCount {
	pitfallId: string;
	text: string;
	risk: number;
	underControl: number;
	accelerator: number;
}

/**
 * For each pitfall, how many participants marked it a risk, under control or an accelerator; most
 * risky first (then most accelerating), so the room sees every mark counted, not only the risks.
 */
export function pitfallCounts(
	responses: readonly Pick<ParticipantResponse, 'pitfalls'>[]
): PitfallCount[] {
	return PITFALLS.map((p) => ({
		pitfallId: p.id,
		text: p.text,
		risk: responses.filter((r) => r.pitfalls[p.id] === 'risk').length,
		underControl: responses.filter((r) => r.pitfalls[p.id] === 'under-control').length,
		accelerator: responses.filter((r) => r.pitfalls[p.id] === 'accelerator').length
	})).sort((a, b) => b.risk - a.risk || b.accelerator - a.accelerator);
}

/** One momentum shift as the room rated it: how many gave each rating 1–5, and their median. */
export interface MomentumCount {
	shiftId: string;
	text: string;
	/** Counts of the ratings 1, 2, 3, 4 and 5, in that order. */
	counts: number[];
	/** The median rating (a half rounded up, see `medianRating`); null when nobody rated the shift. */
	median: number | null;
}

/**
 * The room's momentum ratings per shift (the seed deck's "Momentum and conditions for
 * effectiveness" shifts, `MOMENTUM_SHIFTS`), in content order; `asked` (a step's `asked`) narrows
 * the shifts. A rating outside 1–5 is not counted.
 */
export function momentumCounts(
	responses: readonly Pick<ParticipantResponse, 'momentum'>[],
	asked?: readonly string[]
): MomentumCount[] {
	return MOMENTUM_SHIFTS.filter((s) => !asked || asked.includes(s.id)).map((s) => {
		const ratings = responses
			.map((r) => r.momentum?.[s.id] ?? 0)
			.filter((v) => Number.isInteger(v) && v >= 1 && v <= 5);
		return {
			shiftId: s.id,
			text: s.text,
			counts: [1, 2, 3, 4, 5].map((v) => ratings.filter((x) => x === v).length),
			median: ratings.length ? medianRating(ratings) : null
		};
	});
}

/**
 * The seed deck's finding "Majority in Phase 2 and 3" set against this room: how many of the
 * participants who placed the team in a phase chose phase 2 or 3, out of how many placed it.
 */
export function phasesTwoAndThree(responses: readonly Pick<ParticipantResponse, 'phase'>[]): {
	inTwoOrThree: number;
	placed: number;
} {
	const placed = responses.filter((r) => r.phase !== null);
	return {
		inTwoOrThree: placed.filter((r) => r.phase === 2 || r.phase === 3).length,
		placed: placed.length
	};
}

interface RubricCount {
	taskId: string;
	notInPlace: number;
	inProgress: number;
	inPlace: number;
}

/** For each rubric task (seed or custom id), how many participants gave each rating. */
export function rubricCounts(
	responses: readonly Pick<ParticipantResponse, 'rubric'>[],
	taskIds: readonly string[]
): RubricCount[] {
	return taskIds.map((taskId) => {
		const ratings = responses.map((r) => r.rubric[taskId]);
		return {
			taskId,
			notInPlace: ratings.filter((x) => x === 'not-in-place').length,
			inProgress: ratings.filter((x) => x === 'in-progress').length,
			inPlace: ratings.filter((x) => x === 'in-place').length
		};
	});
}

interface QuotedAnswer {
	/** The participant's name, or null when the workshop is anonymous or they gave none. */
	name: string | null;
	text: string;
}

/**
 * Participants' answers to one question, non-empty ones only, oldest hand-in first. Names are
 * dropped when the workshop is anonymous, whatever the participant typed, and then the answers are in
 * the order of their text: the same position under every question would tie one person's answers
 * together.
 */
export function answersTo(
	responses: readonly Pick<ParticipantResponse, 'name' | 'answers' | 'submittedAt'>[],
	itemId: string,
	anonymous: boolean
): QuotedAnswer[] {
	const quoted = [...responses]
		.sort((a, b) => a.submittedAt - b.submittedAt)
		.filter((r) => (r.answers[itemId] ?? '').trim() !== '')
		.map((r) => ({
			name: anonymous || !r.name.trim() ? null : r.name.trim(),
			text: r.answers[itemId]
		}));
	return anonymous ? quoted.sort((a, b) => a.text.localeCompare(b.text)) : quoted;
}
