/**
 * Prepared rooms for the projector screenshot tests: the demo workshop with `n` handed-in responses,
 * as a workshop file to import through the home page. n ≤ 4 keeps the demo's own responses; larger
 * rooms get generated ones that answer everything (every question with a long answer, every rubric
 * task and pitfall marked, partners suggested), the worst case for fitting a screen. Deterministic.
 */
import {
	ALL_QUESTIONS,
	FINAL_THOUGHTS_PROMPT,
	PITFALLS,
	allRubricTasks
} from '../src/lib/domain/content';
import { buildDemoBundle } from '../src/lib/domain/demo';
import { workshopFileText } from '../src/lib/domain/file-format';
import type {
	ParticipantResponse,
	PhaseNumber,
	PitfallMark,
	RubricRatingValue
} from '../src/lib/domain/types';

const NAMES = [
	'Rosa Delgado',
	'Minh Nguyễn',
	'Agnieszka Łukasik',
	'Dimitra Papadopoulou',
	'Kwame Mensah',
	'Aisha Rahman',
	'Tomás Herrera',
	'Olga Smirnova'
];
const RUBRIC: RubricRatingValue[] = ['not-in-place', 'in-progress', 'in-place'];
const MARKS: PitfallMark[] = ['risk', 'under-control', 'accelerator', 'risk', 'n/a'];
const SUGGESTED = [
	'Food Bank of the Valley',
	'Riverbend Behavioral Health',
	'Valley Housing Trust',
	'Cedar Family Center',
	'Harbor Legal Aid',
	'Mesa Youth League',
	'Riverside Senior Services',
	'County Public Health',
	'Sierra Health Plan',
	'St. Mark Parish',
	'Workforce Alliance',
	'Unified School District',
	'Community Foundation',
	'Farmworker legal aid'
];

function generated(workshopId: string, i: number, now: number): ParticipantResponse {
	const answers: Record<string, string> = {};
	for (const q of [...ALL_QUESTIONS, FINAL_THOUGHTS_PROMPT]) {
		answers[q.id] =
			`Participant ${i + 1}: we would start with the partners who already refer families to us, agree one shared measure, and meet monthly so that nobody waits for the next convening to raise a problem (${q.id}).`;
	}
	return {
		workshopId,
		id: `room-participant-${i + 1}`,
		name: `${NAMES[i % NAMES.length]} ${i + 1}`,
		revision: 1,
		submittedAt: now - (100 - i) * 60_000,
		answers,
		phase: ([2, 3, 2, 3, 1, 4, 2, 5, 3, 6] as PhaseNumber[])[i % 10],
		phaseReason: 'Most partners are still being selected.',
		rubric: Object.fromEntries(allRubricTasks().map((task, k) => [task.id, RUBRIC[(i + k) % 3]])),
		pitfalls: Object.fromEntries(PITFALLS.map((p, k) => [p.id, MARKS[(i + 2 * k) % MARKS.length]])),
		suggestedPartners: [SUGGESTED[i % SUGGESTED.length], SUGGESTED[(i * 3 + 1) % SUGGESTED.length]]
	};
}

/** A workshop file (text) titled `Room of n` holding the demo with n responses. */
export function roomFile(n: number, now = Date.UTC(2026, 10, 30, 9)) {
	const bundle = buildDemoBundle(`room-${n}`, now);
	const title = `Room of ${n}`;
	bundle.workshop.title = title;
	bundle.workshop.settings.expectedParticipants = n;
	bundle.responses =
		n <= bundle.responses.length
			? bundle.responses.slice(0, n)
			: Array.from({ length: n }, (_, i) => generated(bundle.workshop.id, i, now));
	const steps = [...bundle.agenda]
		.sort((a, b) => a.order - b.order)
		.map((s) => ({ module: s.module, title: s.title }));
	return { title, name: `room-${n}.convene.json`, text: workshopFileText(bundle), steps };
}
