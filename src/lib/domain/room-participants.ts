/**
 * The facilitator's list of the people who answered: who (a name, or none given), which side, when
 * their latest answer came, which agenda steps they answered, whether they came through the live
 * room, and whether the facilitator removed them (their answers then leave every result and the
 * plan, but stay stored and can be restored). Pure: no Svelte, Dexie or DOM.
 */

import type { ResponseAnswers } from './counters';
import { answersModule, participantModuleOf } from './live-progress';
import { sideOf, type SideOrUnsaid } from './sides';
import type { AgendaStep, ParticipantResponse, VoteRound } from './types';

export interface ParticipantRow {
	/** The response id (a live participant's slot). */
	id: string;
	/** '' when none was given (or the workshop is anonymous). */
	name: string;
	side: SideOrUnsaid;
	/** When their latest answer was written (ms since 1970). */
	answeredAt: number;
	/** The 1-based numbers of the agenda steps they answered, in agenda order. */
	steps: number[];
	/** Whether they reached the facilitator through the open live room (not a file or link). */
	inRoom: boolean;
	/** When the facilitator removed them; null while they count. */
	removedAt: number | null;
}

type Response = ResponseAnswers & Pick<ParticipantResponse, 'id' | 'name' | 'side' | 'submittedAt'>;

/** Whether `r` answers the participant form of `step`, or put a dot in one of its votes. */
function answersStep(
	r: Response,
	step: Pick<AgendaStep, 'id' | 'module'>,
	rounds: readonly Pick<VoteRound, 'id' | 'stepId'>[]
): boolean {
	const voted = rounds.some(
		(round) =>
			round.stepId === step.id && Object.values(r.votes?.[round.id] ?? {}).some((n) => n > 0)
	);
	if (voted) return true;
	const form = participantModuleOf(step.module);
	return form !== null && answersModule(r, form);
}

/**
 * One row per response, the live room's own participants first, then by when they answered (the
 * earliest first, so a burst of crafted identities stands together). `roomIds`: the response ids
 * verified in the open live room.
 */
export function participantRows(
	responses: readonly Response[],
	agenda: readonly Pick<AgendaStep, 'id' | 'module'>[],
	rounds: readonly Pick<VoteRound, 'id' | 'stepId'>[],
	roomIds: ReadonlySet<string>
): ParticipantRow[] {
	return responses
		.map((r) => ({
			id: r.id,
			name: r.name.trim(),
			side: sideOf(r),
			answeredAt: r.submittedAt,
			steps: agenda.flatMap((step, i) => (answersStep(r, step, rounds) ? [i + 1] : [])),
			inRoom: roomIds.has(r.id),
			removedAt: r.removedAt ?? null
		}))
		.sort(
			(a, b) =>
				Number(b.inRoom) - Number(a.inRoom) ||
				a.answeredAt - b.answeredAt ||
				a.id.localeCompare(b.id)
		);
}
