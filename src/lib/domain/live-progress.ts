/**
 * "joined n · answered this step m": which participant form a step asks for, and whether a handed-in
 * response answers it. Pure; used by the facilitator's counter, the participant's step view and
 * the room announcement.
 */

import {
	ASPIRATION_QUESTIONS,
	FINAL_THOUGHTS_PROMPT,
	ONCE_IDENTIFIED_QUESTIONS,
	PARTNER_QUESTIONS
} from './content';
import { participantModulesFor, type ParticipantModule } from './participation';
import type { AgendaStep, ParticipantResponse } from './types';

/** The participant form an agenda step asks for, or null when the step has none. */
export function participantModuleOf(module: AgendaStep['module']): ParticipantModule | null {
	return participantModulesFor([{ module }])[0] ?? null;
}

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const QUESTION_IDS: Partial<Record<ParticipantModule, readonly string[]>> = {
	aspiration: ids(ASPIRATION_QUESTIONS),
	'map-questions': ids([...PARTNER_QUESTIONS, ...ONCE_IDENTIFIED_QUESTIONS]),
	reflection: [FINAL_THOUGHTS_PROMPT.id]
};

type Answers = Pick<
	ParticipantResponse,
	'answers' | 'phase' | 'rubric' | 'pitfalls' | 'suggestedPartners' | 'momentum'
>;

/** Whether a response holds an answer to a participant form (a blank text is no answer). */
export function answersModule(response: Answers, module: ParticipantModule): boolean {
	switch (module) {
		case 'phase':
			return response.phase !== null;
		case 'rubric':
			return Object.keys(response.rubric).length > 0;
		case 'pitfalls':
			return Object.keys(response.pitfalls).length > 0;
		case 'momentum':
			return Object.keys(response.momentum ?? {}).length > 0;
		case 'suggestions':
			return response.suggestedPartners.some((n) => n.trim() !== '');
		default:
			return (QUESTION_IDS[module] ?? []).some((id) => (response.answers[id] ?? '').trim() !== '');
	}
}

/** How many of `responses` answer the form of a step (0 for a step without a form). */
export function answeredStep(responses: readonly Answers[], module: AgendaStep['module']): number {
	const form = participantModuleOf(module);
	return form ? responses.filter((r) => answersModule(r, form)).length : 0;
}
