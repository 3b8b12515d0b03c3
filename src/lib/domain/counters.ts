/**
 * What the room's counters count, so that each says what it counts: responses handed in to this
 * workshop (only those holding an answer), of how many expected (never "n of m" with n > m), and the
 * live room's own participants and their answers to the current step (the demo's sample answers and
 * earlier hand-ins are not the room's). Pure: numbers and codes; the edge words them.
 */

import { answeredStep } from './live-progress';
import type { AgendaStep, ParticipantResponse } from './types';
import { counted } from './votes';

/** The fields of a response that hold answers, and the facilitator's removal. */
export type ResponseAnswers = Pick<
	ParticipantResponse,
	| 'answers'
	| 'phase'
	| 'rubric'
	| 'pitfalls'
	| 'suggestedPartners'
	| 'momentum'
	| 'votes'
	| 'removedAt'
>;

const someText = (texts: readonly string[]) => texts.some((t) => t.trim() !== '');
const someEntry = (record: Record<string, unknown> | undefined) =>
	Object.keys(record ?? {}).length > 0;

/**
 * Whether a response holds at least one answer: a non-blank text, a phase, a rubric rating, a pitfall
 * mark, a suggested partner, a momentum rating or a dot. A participant who joined the live room
 * and answered nothing yet has a response row with none of these.
 */
export function hasAnswer(r: ResponseAnswers): boolean {
	return (
		someText(Object.values(r.answers)) ||
		r.phase !== null ||
		someEntry(r.rubric) ||
		someEntry(r.pitfalls) ||
		someText(r.suggestedPartners) ||
		someEntry(r.momentum) ||
		Object.values(r.votes ?? {}).some((round) => Object.values(round).some((dots) => dots > 0))
	);
}

/** How many responses of a workshop count as handed in: not removed, and holding an answer. */
export function handedInCount(responses: readonly ResponseAnswers[]): number {
	return counted(responses).filter(hasAnswer).length;
}

/**
 * How a hand-in count reads against the number the facilitator expects:
 * `count` "n handed in" (nobody expected), `of` "n of m" (n ≤ m), `over` "n handed in (m expected)"
 * (more arrived than expected: never "n of m" with n > m). Negative or fractional inputs are the
 * caller's error; `expected` ≤ 0 means none was set.
 */
export type HandedInReading =
	| { kind: 'count'; n: number }
	| { kind: 'of'; n: number; expected: number }
	| { kind: 'over'; n: number; expected: number };

/** Reads `n` handed in against `expected` (0 = not set); see `HandedInReading`. */
export function handedInReading(n: number, expected: number): HandedInReading {
	if (expected <= 0) return { kind: 'count', n };
	return n > expected ? { kind: 'over', n, expected } : { kind: 'of', n, expected };
}

/**
 * The live room's counter, "joined n · answered this step m", over the room's own participants only:
 * `roomIds` are the response ids verified in this live room (a response's id is its slot), so the
 * demo's sample answers and responses handed in as files are not counted. `joined` is how many of
 * the room's participants have reached the facilitator; `answered`, how many of them (not removed)
 * answer the current step's form (0 for a step without one).
 */
export function liveRoomCount(
	responses: readonly (ResponseAnswers & Pick<ParticipantResponse, 'id'>)[],
	roomIds: ReadonlySet<string>,
	module: AgendaStep['module']
): { joined: number; answered: number } {
	const room = responses.filter((r) => roomIds.has(r.id));
	return { joined: roomIds.size, answered: answeredStep(counted(room), module) };
}
