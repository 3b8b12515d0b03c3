/**
 * Which seed questions a step asks the room: every prompt the team's page has for the step's module
 * (the aspiration questions, all eleven *Building your Partnership Map* questions, the momentum
 * shifts, the final thoughts prompt; seed 003, `../shared/seeds/`, carried in `content.ts`), narrowed
 * by the facilitator's choice (`AgendaStep.asked`, absent = all). The join link carries the choice
 * per form (`inviteAsked`), the live room per step. Also the check of a handed-in response's
 * answers against the seed (`checkAnswers`): a `AnswerProblem` code that the UI words. Pure.
 */

import {
	ASPIRATION_QUESTIONS,
	FINAL_THOUGHTS_PROMPT,
	MOMENTUM_SHIFTS,
	ONCE_IDENTIFIED_QUESTIONS,
	PARTNER_QUESTIONS
} from './content';
import type { ParticipantModule } from './participation';
import type { AgendaStep, ModuleKind, ParticipantResponse } from './types';

/** The modules whose steps ask a list of seed items the facilitator can narrow. */
export const ASKING_MODULES = ['aspiration', 'map-questions', 'momentum', 'final-words'] as const;
type AskingModule = (typeof ASKING_MODULES)[number];

const isAsking = (module: ModuleKind): module is AskingModule =>
	(ASKING_MODULES as readonly string[]).includes(module);

/** The participant form of each asking module (the join link's `asked` is keyed by form). */
const FORM_OF: Record<AskingModule, ParticipantModule> = {
	aspiration: 'aspiration',
	'map-questions': 'map-questions',
	momentum: 'momentum',
	'final-words': 'reflection'
};

/**
 * The seed items a step of `module` can ask participants, in content order, read when called (so
 * in the current content language); [] for a module without such a list.
 */
export function askableItems(module: ModuleKind): readonly { id: string; text: string }[] {
	switch (module) {
		case 'aspiration':
			return ASPIRATION_QUESTIONS;
		case 'map-questions':
			return [...PARTNER_QUESTIONS, ...ONCE_IDENTIFIED_QUESTIONS];
		case 'momentum':
			return MOMENTUM_SHIFTS;
		case 'final-words':
			return [FINAL_THOUGHTS_PROMPT];
		default:
			return [];
	}
}

/** The ids a step asks, in content order: its `asked` list (unknown ids dropped), or all when absent. */
export function askedIds(step: Pick<AgendaStep, 'module' | 'asked'>): string[] {
	const all = askableItems(step.module).map((q) => q.id);
	return step.asked ? all.filter((id) => step.asked!.includes(id)) : all;
}

/** The step's `asked` list with `id` ticked (`on`) or unticked, in content order. */
export function withAsked(
	step: Pick<AgendaStep, 'module' | 'asked'>,
	id: string,
	on: boolean
): string[] {
	const now = new Set(askedIds(step));
	if (on) now.add(id);
	else now.delete(id);
	return askableItems(step.module)
		.map((q) => q.id)
		.filter((q) => now.has(q));
}

/** What a join link asks per form: only the forms some step narrows (absent = every question). */
export type InviteAsked = Partial<Record<ParticipantModule, string[]>>;

/**
 * The join link's choice, from the agenda: per form, the ids any of its steps asks (a form asked by
 * two steps asks what either does). A form whose steps ask everything is left out.
 */
export function inviteAsked(agenda: readonly Pick<AgendaStep, 'module' | 'asked'>[]): InviteAsked {
	const out: InviteAsked = {};
	const all = new Set<ParticipantModule>();
	for (const step of agenda) {
		if (!isAsking(step.module)) continue;
		const form = FORM_OF[step.module];
		if (!step.asked) all.add(form);
		const ids = new Set([...(out[form] ?? []), ...askedIds(step)]);
		out[form] = askableItems(step.module)
			.map((q) => q.id)
			.filter((id) => ids.has(id));
	}
	for (const form of all) delete out[form];
	for (const [form, ids] of Object.entries(out) as [ParticipantModule, string[]][]) {
		const module = (Object.keys(FORM_OF) as AskingModule[]).find((k) => FORM_OF[k] === form)!;
		if (ids.length === askableItems(module).length) delete out[form];
	}
	return out;
}

/** `items` narrowed to `ids` (in the items' order); all of them when `ids` is undefined. */
export function onlyAsked<T extends { id: string }>(
	items: readonly T[],
	ids: readonly string[] | undefined
): T[] {
	return ids ? items.filter((i) => ids.includes(i.id)) : [...items];
}

// ─── A response's answers against the seed ──────────────────────────────────────────────────────

/**
 * Why a handed-in response's answers are refused (the whole response is then refused, nothing
 * stored):
 * - `answer-unknown-item`: a text answer to a question the seed does not have;
 * - `momentum-unknown-shift`: a rating of a momentum shift the seed does not have;
 * - `momentum-bad-rating`: a rating that is not a whole number from 1 to 5.
 */
export type AnswerProblem =
	| { code: 'answer-unknown-item'; itemId: string }
	| { code: 'momentum-unknown-shift'; shiftId: string }
	| { code: 'momentum-bad-rating'; shiftId: string };

const ANSWER_IDS: ReadonlySet<string> = new Set(
	[...ASPIRATION_QUESTIONS, ...PARTNER_QUESTIONS, ...ONCE_IDENTIFIED_QUESTIONS].map((q) => q.id)
).add(FINAL_THOUGHTS_PROMPT.id);
const SHIFT_IDS: ReadonlySet<string> = new Set(MOMENTUM_SHIFTS.map((s) => s.id));

/**
 * Checks a response's text answers and momentum ratings against the seed: the first problem found,
 * or null when all hold. Sizes and types are the response schema's (`file-rows.ts`); this adds
 * what the schema cannot know (which ids exist) and re-checks the rating's range.
 */
export function checkAnswers(
	response: Pick<ParticipantResponse, 'answers' | 'momentum'>
): AnswerProblem | null {
	for (const itemId of Object.keys(response.answers))
		if (!ANSWER_IDS.has(itemId)) return { code: 'answer-unknown-item', itemId };
	for (const [shiftId, rating] of Object.entries(response.momentum ?? {})) {
		if (!SHIFT_IDS.has(shiftId)) return { code: 'momentum-unknown-shift', shiftId };
		if (!Number.isInteger(rating) || rating < 1 || rating > 5)
			return { code: 'momentum-bad-rating', shiftId };
	}
	return null;
}
