/**
 * A workshop whose room said a lot, for the benchmarks of issues 25 and 26: the demo plus
 * `responses` generated participants, each answering every participant question of the demo's agenda
 * (phase, every rubric task, every pitfall, every momentum shift, every aspiration, map and final
 * question, two suggested partners, a side) and putting dots in three closed votes (on the
 * aspiration question's themes, on the candidate partners, on the criteria). The first aspiration
 * question's answers are grouped into `themes` themes (every answer in one, round robin), and the
 * session shows that step, revealed, on the projector's themes view. Pure and deterministic.
 */

import {
	allRubricTasks,
	ASPIRATION_QUESTIONS,
	FINAL_THOUGHTS_PROMPT,
	MOMENTUM_SHIFTS,
	ONCE_IDENTIFIED_QUESTIONS,
	PARTNER_QUESTIONS,
	PITFALLS
} from '$lib/domain/content';
import { buildDemoBundle } from '$lib/domain/demo';
import { answerKey } from '$lib/domain/room-answers';
import {
	PITFALL_MARKS,
	RUBRIC_VALUES,
	SIDES,
	type AnswerMark,
	type ParticipantResponse,
	type PhaseNumber,
	type Theme,
	type VoteRound,
	type WorkshopBundle
} from '$lib/domain/types';

/** The question whose answers are themed (the demo's aspiration step asks it first). */
export const THEMED_QUESTION = ASPIRATION_QUESTIONS[0].id;

export const ROOM_VOTES = {
	themes: 'bench-vote-themes',
	partners: 'bench-vote-partners',
	criteria: 'bench-vote-criteria'
} as const;

const ORGANISATIONS = [
	'Valley Community Clinic',
	'Clínica del Pueblo',
	'Harbor Food Bank',
	'County Public Health',
	'Cedar Housing Trust',
	'Promotoras de Salud'
];

/** A participant's answer text of about a projected line and a half (English and Spanish mixed). */
const answerText = (i: number, itemId: string) =>
	i % 3 === 0
		? `Participante ${i + 1} (${itemId}): socios que conocemos por su nombre, con un camino de referencia claro para cada familia.`
		: `Participant ${i + 1} (${itemId}): partners we know by name, with a referral path for every patient with complex needs.`;

/** `n` dots over `items`, starting at `i`'s own item (more than one on an item when n > items). */
function ballot(items: readonly string[], i: number, n: number): Record<string, number> {
	const b: Record<string, number> = {};
	for (let k = 0; k < n; k++) {
		const item = items[(i * 7 + k * 3) % items.length];
		b[item] = (b[item] ?? 0) + 1;
	}
	return b;
}

export function roomWorkshop(
	{ responses, themes, id = 'bench-room' }: { responses: number; themes: number; id?: string },
	now = Date.UTC(2026, 11, 7, 12)
): WorkshopBundle {
	const b = buildDemoBundle(id, now);
	const w = b.workshop.id;
	b.workshop.title = `Room benchmark: ${responses} responses, ${themes} themes`;
	const step = (module: string) => b.agenda.find((s) => s.module === module)!;
	const aspiration = step('aspiration');

	// The demo's own room is replaced: exactly `responses` participants.
	b.responses = [];
	b.themes = Array.from({ length: themes }, (_, t): Theme => ({
		workshopId: w,
		id: `bench-theme-${t}`,
		stepId: aspiration.id,
		itemId: THEMED_QUESTION,
		label: `Theme ${t + 1}: ${['partners we know by name', 'shared referral paths', 'data we can trust', 'funding that lasts', 'trust with families'][t % 5]}`,
		order: t,
		createdAt: now,
		updatedAt: now
	}));
	const partnerIds = b.partners.filter((p) => !p.home).map((p) => p.id);
	const criterionIds = b.criteria.map((c) => c.id);
	const round = (
		id: string,
		target: VoteRound['target'],
		itemIds: string[],
		stepId: string,
		itemId = ''
	): VoteRound => ({
		workshopId: w,
		id,
		stepId,
		target,
		itemId,
		dots: 3,
		itemIds,
		open: false,
		openedAt: now - 60_000,
		closedAt: now - 30_000
	});
	b.voteRounds = [
		round(
			ROOM_VOTES.themes,
			'themes',
			b.themes.map((t) => t.id),
			aspiration.id,
			THEMED_QUESTION
		),
		round(ROOM_VOTES.partners, 'partners', partnerIds, step('stakeholder-map').id),
		round(ROOM_VOTES.criteria, 'criteria', criterionIds, step('criteria').id)
	];

	const textQuestions = [
		...ASPIRATION_QUESTIONS,
		...PARTNER_QUESTIONS,
		...ONCE_IDENTIFIED_QUESTIONS,
		FINAL_THOUGHTS_PROMPT
	].map((q) => q.id);
	const tasks = allRubricTasks().map((t) => t.id);
	b.answerMarks = [];
	for (let i = 0; i < responses; i++) {
		const id = `bench-participant-${i}`;
		const response: ParticipantResponse = {
			workshopId: w,
			id,
			name: `Participant ${i + 1}`,
			revision: 1,
			submittedAt: now - (responses - i) * 1000,
			answers: Object.fromEntries(textQuestions.map((q) => [q, answerText(i, q)])),
			phase: (1 + ((i * 5) % 6)) as PhaseNumber,
			phaseReason: `Reason ${i + 1}: we are still choosing most of our partners.`,
			rubric: Object.fromEntries(
				tasks.map((t, k) => [t, RUBRIC_VALUES[(i + k) % RUBRIC_VALUES.length]])
			),
			pitfalls: Object.fromEntries(
				PITFALLS.map((p, k) => [p.id, PITFALL_MARKS[(i + k) % PITFALL_MARKS.length]])
			),
			suggestedPartners: [`Suggested Partner ${i % 40}`, `  suggested   partner ${(i + 1) % 40} `],
			side: SIDES[i % SIDES.length],
			organisation: ORGANISATIONS[i % ORGANISATIONS.length],
			momentum: Object.fromEntries(MOMENTUM_SHIFTS.map((s, k) => [s.id, 1 + ((i + k) % 5)])),
			votes: {
				[ROOM_VOTES.themes]: ballot(
					b.themes.map((t) => t.id),
					i,
					3
				),
				[ROOM_VOTES.partners]: ballot(partnerIds, i, 3),
				[ROOM_VOTES.criteria]: ballot(criterionIds, i, 3)
			}
		};
		b.responses.push(response);
		if (themes > 0) {
			const mark: AnswerMark = {
				workshopId: w,
				id: answerKey(id, THEMED_QUESTION),
				responseId: id,
				itemId: THEMED_QUESTION,
				themeId: b.themes[i % themes].id,
				setAside: false,
				updatedAt: now
			};
			b.answerMarks.push(mark);
		}
	}

	b.session = {
		workshopId: w,
		id: 'session',
		currentStepId: aspiration.id,
		timerElapsedMs: 0,
		timerStartedAt: null,
		timerExtraMs: 0,
		blank: false,
		revealed: true,
		showJoin: false,
		roomView: {
			stepId: aspiration.id,
			itemId: THEMED_QUESTION,
			page: 0,
			featured: '',
			themeId: '',
			showThemes: true,
			split: false,
			voteId: ''
		}
	};
	return b;
}
