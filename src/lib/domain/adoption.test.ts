import { describe, expect, it } from 'vitest';
import { planAdoption, medianRating, mostCommon, handTyped, type AdoptionBundle } from './adoption';
import { allRubricTasks, PITFALLS } from './content';
import { blankPartner } from './home';
import type {
	AgendaStep,
	Answer,
	ParticipantResponse,
	Partner,
	Theme,
	VoteRound,
	Workshop
} from './types';

const W = 'w';
const NOW = Date.UTC(2026, 11, 7);

const workshop = { id: W, settings: { anonymous: false } } as Workshop;

function bundle(over: Partial<AdoptionBundle> = {}): AdoptionBundle {
	return {
		workshop,
		responses: [],
		themes: [],
		answerMarks: [],
		voteRounds: [],
		answers: [],
		phaseVotes: [],
		rubricRatings: [],
		customRubricItems: [],
		pitfalls: [],
		partners: [],
		criteria: [],
		...over
	};
}

let n = 0;
function resp(over: Partial<ParticipantResponse> = {}): ParticipantResponse {
	n++;
	return {
		workshopId: W,
		id: `r${n}`,
		name: `P${n}`,
		revision: 1,
		submittedAt: n,
		answers: {},
		phase: null,
		phaseReason: '',
		rubric: {},
		pitfalls: {},
		suggestedPartners: [],
		...over
	};
}

const step = (module: AgendaStep['module'], over: Partial<AgendaStep> = {}) => ({
	id: `s-${module}`,
	module,
	...over
});

/** Applies a plan's writes to the bundle (as the database would). */
function apply(b: AdoptionBundle, plan: ReturnType<typeof planAdoption>): AdoptionBundle {
	const next = { ...b } as unknown as Record<string, { id: string }[]>;
	for (const w of plan.writes) {
		const list = [...(next[w.table] ?? [])].filter((r) => r.id !== w.row.id);
		next[w.table] = [...list, w.row];
	}
	return next as unknown as AdoptionBundle;
}

describe('rules', () => {
	it('mostCommon returns one value, the tied values, or none', () => {
		expect(mostCommon({ a: 2, b: 1 })).toEqual(['a']);
		expect(mostCommon({ a: 2, b: 2, c: 1 })).toEqual(['a', 'b']);
		expect(mostCommon({})).toEqual([]);
	});

	it('medianRating: middle of an odd count, mean of the middle two (half up) of an even one', () => {
		expect(medianRating([5, 1, 3])).toBe(3);
		expect(medianRating([2, 4])).toBe(3);
		expect(medianRating([2, 3])).toBe(3);
		expect(medianRating([1, 1, 2, 5])).toBe(2);
		expect(medianRating([])).toBe(0);
	});

	it('handTyped: non-empty and never adopted, or changed since', () => {
		const src = { responses: 2, at: 0, counts: {}, adopted: '3' };
		expect(handTyped('', undefined)).toBe(false);
		expect(handTyped('3', undefined)).toBe(true);
		expect(handTyped('3', src)).toBe(false);
		expect(handTyped('4', src)).toBe(true);
	});
});

describe('planAdoption: phase', () => {
	it('adopts the most common phase with its spread', () => {
		const b = bundle({
			responses: [resp({ phase: 2 }), resp({ phase: 2 }), resp({ phase: 3 })]
		});
		const plan = planAdoption(step('phase'), b, NOW);
		expect(plan.responses).toBe(3);
		expect(plan.writes).toHaveLength(1);
		expect(plan.writes[0].row).toMatchObject({
			id: 'team',
			phase: 2,
			source: { responses: 3, counts: { '2': 2, '3': 1 }, adopted: '2', at: NOW }
		});
	});

	it('leaves a tie to the facilitator', () => {
		const b = bundle({ responses: [resp({ phase: 2 }), resp({ phase: 3 })] });
		const plan = planAdoption(step('phase'), b, NOW);
		expect(plan.writes).toEqual([]);
		expect(plan.ties).toEqual([{ itemId: 'phase', values: ['2', '3'] }]);
	});

	it('never counts a removed response', () => {
		const b = bundle({
			responses: [resp({ phase: 2 }), resp({ phase: 3 }), resp({ phase: 3, removedAt: 5 })]
		});
		expect(planAdoption(step('phase'), b, NOW).ties).toHaveLength(1);
	});

	it('asks before replacing the team’s own phase, keeps its reason', () => {
		const b = bundle({
			responses: [resp({ phase: 4 })],
			phaseVotes: [
				{
					workshopId: W,
					id: 'team',
					partnerId: '',
					phase: 2,
					confidence: 3,
					reason: 'ours',
					updatedAt: 1
				}
			]
		});
		const plan = planAdoption(step('phase'), b, NOW);
		expect(plan.writes).toEqual([]);
		expect(plan.conflicts).toHaveLength(1);
		expect(plan.conflicts[0]).toMatchObject({ current: '2', proposed: '4' });
		expect(plan.conflicts[0].write.row).toMatchObject({ phase: 4, reason: 'ours', confidence: 3 });
	});
});

describe('planAdoption: empty rooms', () => {
	it.each([
		'phase',
		'rubric',
		'pitfalls',
		'momentum',
		'aspiration',
		'map-questions',
		'final-words',
		'stakeholder-map',
		'criteria'
	] as const)('%s adopts nothing from an empty room', (module) => {
		const plan = planAdoption(step(module), bundle(), NOW);
		expect(plan.writes).toEqual([]);
		expect(plan.conflicts).toEqual([]);
		expect(plan.responses).toBe(0);
	});
});

describe('planAdoption: rubric and pitfalls', () => {
	const [t1, t2] = allRubricTasks();
	it('takes each task’s most common rating with counts, leaves ties open', () => {
		const b = bundle({
			responses: [
				resp({ rubric: { [t1.id]: 'in-place', [t2.id]: 'in-place' } }),
				resp({ rubric: { [t1.id]: 'in-place', [t2.id]: 'not-in-place' } }),
				resp({ rubric: { [t1.id]: 'in-progress' } })
			]
		});
		const plan = planAdoption(step('rubric'), b, NOW);
		expect(plan.writes.map((w) => w.row)).toEqual([
			expect.objectContaining({
				id: t1.id,
				rating: 'in-place',
				source: expect.objectContaining({
					responses: 3,
					counts: { 'in-place': 2, 'in-progress': 1 }
				})
			})
		]);
		expect(plan.ties).toEqual([{ itemId: t2.id, values: ['in-place', 'not-in-place'] }]);
	});

	it('marks each pitfall with the room’s most common mark, keeping the team’s mitigation', () => {
		const p = PITFALLS[0].id;
		const b = bundle({
			responses: [resp({ pitfalls: { [p]: 'risk' } }), resp({ pitfalls: { [p]: 'risk' } })],
			pitfalls: [
				{
					workshopId: W,
					id: p,
					mark: '',
					mitigation: 'Weekly call',
					owner: 'Ana',
					dueDate: '',
					updatedAt: 1
				}
			]
		});
		const plan = planAdoption(step('pitfalls'), b, NOW);
		expect(plan.writes.map((w) => w.row)).toEqual([
			expect.objectContaining({
				id: p,
				mark: 'risk',
				mitigation: 'Weekly call',
				source: expect.objectContaining({ counts: { risk: 2 } })
			})
		]);
	});
});

describe('planAdoption: momentum', () => {
	it('rates each shift with the room’s median, spread kept', () => {
		const b = bundle({
			responses: [
				resp({ momentum: { 'momentum-1': 1 } }),
				resp({ momentum: { 'momentum-1': 4 } }),
				resp({ momentum: { 'momentum-1': 5, 'momentum-2': 2 } })
			]
		});
		const plan = planAdoption(step('momentum'), b, NOW);
		expect(plan.writes.map((w) => w.row)).toEqual([
			expect.objectContaining({
				id: 'momentum-1@',
				rating: 4,
				source: expect.objectContaining({ counts: { '1': 1, '4': 1, '5': 1 }, adopted: '4' })
			}),
			expect.objectContaining({ id: 'momentum-2@', rating: 2 })
		]);
	});
});

describe('planAdoption: text answers', () => {
	it('builds the answer from the answers, one per line, set-aside and removed left out', () => {
		const b = bundle({
			responses: [
				resp({ answers: { 'aspiration-1': 'Housing first' } }),
				resp({ answers: { 'aspiration-1': ' Shared data ' } }),
				resp({ answers: { 'aspiration-1': 'Gone' }, removedAt: 3 })
			]
		});
		const plan = planAdoption(step('aspiration'), b, NOW);
		expect(plan.writes.map((w) => w.row)).toEqual([
			expect.objectContaining({
				id: 'aspiration-1@',
				text: 'Housing first\nShared data',
				source: expect.objectContaining({ responses: 2 })
			})
		]);
	});

	it('uses the step’s themes with their counts when it has them', () => {
		const a = resp({ answers: { 'map-1': 'Clinics' } });
		const c = resp({ answers: { 'map-1': 'Food banks' } });
		const d = resp({ answers: { 'map-1': 'Hospitals' } });
		const theme: Theme = {
			workshopId: W,
			id: 't1',
			stepId: 's-map-questions',
			itemId: 'map-1',
			label: 'Health care',
			order: 0,
			createdAt: 0,
			updatedAt: 0
		};
		const mark = (r: ParticipantResponse) => ({
			workshopId: W,
			id: `map-1@${r.id}`,
			responseId: r.id,
			itemId: 'map-1',
			themeId: 't1',
			setAside: false,
			updatedAt: 0
		});
		const b = bundle({ responses: [a, c, d], themes: [theme], answerMarks: [mark(a), mark(d)] });
		const plan = planAdoption(step('map-questions'), b, NOW);
		expect(plan.writes[0].row).toMatchObject({
			id: 'map-1@',
			text: 'Health care (2)',
			source: { counts: { 'Health care': 2 } }
		});
	});

	it('asks only the step’s asked questions', () => {
		const b = bundle({
			responses: [resp({ answers: { 'map-1': 'A', 'map-2': 'B' } })]
		});
		const plan = planAdoption(step('map-questions', { asked: ['map-2'] }), b, NOW);
		expect(plan.writes.map((w) => w.row.id)).toEqual(['map-2@']);
	});

	it('keeps a hand-typed answer (a conflict), and a later edit of an adopted one', () => {
		const typed: Answer = {
			workshopId: W,
			id: 'final-thoughts@',
			itemId: 'final-thoughts',
			partnerId: '',
			text: 'Our own words',
			rating: 0,
			updatedAt: 1
		};
		const b = bundle({
			responses: [resp({ answers: { 'final-thoughts': 'Room' } })],
			answers: [typed]
		});
		let plan = planAdoption(step('final-words'), b, NOW);
		expect(plan.writes).toEqual([]);
		expect(plan.conflicts[0]).toMatchObject({ current: 'Our own words', proposed: 'Room' });
		// Adopted, then edited by the team: asked again.
		const edited = {
			...typed,
			text: 'Room, and more',
			source: { responses: 1, at: 1, counts: {}, adopted: 'Room' }
		};
		plan = planAdoption(step('final-words'), { ...b, answers: [edited] }, NOW);
		expect(plan.conflicts).toHaveLength(1);
	});
});

describe('planAdoption: re-adoption', () => {
	it('changes nothing when the room has not changed, updates when more answers arrive', () => {
		const [t1] = allRubricTasks();
		let b = bundle({
			responses: [
				resp({ phase: 3, rubric: { [t1.id]: 'in-progress' }, answers: { 'aspiration-2': 'X' } })
			]
		});
		for (const module of ['phase', 'rubric', 'aspiration'] as const) {
			const first = planAdoption(step(module), b, NOW);
			expect(first.writes.length).toBeGreaterThan(0);
			b = apply(b, first);
			const again = planAdoption(step(module), b, NOW + 1000);
			expect(again.writes).toEqual([]);
			expect(again.conflicts).toEqual([]);
		}
		b = { ...b, responses: [...b.responses, resp({ phase: 3, answers: { 'aspiration-2': 'Y' } })] };
		const phase = planAdoption(step('phase'), b, NOW + 2000);
		expect(phase.writes[0].row).toMatchObject({ phase: 3, source: { responses: 2 } });
		const text = planAdoption(step('aspiration'), b, NOW + 2000);
		expect(text.writes[0].row).toMatchObject({ text: 'X\nY' });
		expect(text.conflicts).toEqual([]);
	});
});

describe('planAdoption: suggested partners', () => {
	const partner = (id: string, name: string, over: Partial<Partner> = {}): Partner => ({
		workshopId: W,
		...blankPartner({ id, name, sector: 'food' }, 0),
		...over
	});

	it('adds one candidate per new name, matching existing partners by accent, case and spacing', () => {
		const b = bundle({
			partners: [partner('p1', 'Clínica  San José')],
			responses: [
				resp({ suggestedPartners: ['clinica san jose', 'Food Bank'] }),
				resp({ suggestedPartners: ['food bank '] })
			]
		});
		let id = 0;
		const plan = planAdoption(step('stakeholder-map'), b, NOW, () => `new-${++id}`);
		expect(plan.matched).toEqual(['Clínica  San José']);
		expect(plan.writes.map((w) => w.row)).toEqual([
			expect.objectContaining({
				id: 'new-1',
				name: 'Food Bank',
				phase: 0,
				source: expect.objectContaining({ responses: 2, adopted: 'Food Bank' })
			})
		]);
		// Again: the candidate is there now; nothing is added.
		const again = planAdoption(step('stakeholder-map'), apply(b, plan), NOW, () => 'never');
		expect(again.writes).toEqual([]);
	});

	it('does not add a candidate the team renamed since', () => {
		const b = bundle({
			partners: [
				partner('p1', 'Regional Food Bank', {
					source: { responses: 1, at: 0, counts: {}, adopted: 'Food bank' }
				})
			],
			responses: [resp({ suggestedPartners: ['FOOD BANK'] })]
		});
		expect(planAdoption(step('stakeholder-map'), b, NOW).writes).toEqual([]);
	});
});

describe('planAdoption: criteria votes', () => {
	it('proposes weights from the dots, always shown first', () => {
		const round: VoteRound = {
			workshopId: W,
			id: 'v1',
			stepId: 's-criteria',
			target: 'criteria',
			itemId: '',
			dots: 3,
			itemIds: ['c1', 'c2', 'c3'],
			open: false,
			openedAt: 1,
			closedAt: 2
		};
		const crit = (id: string) => ({
			workshopId: W,
			id,
			name: id,
			description: '',
			weight: 3,
			order: 0
		});
		const b = bundle({
			voteRounds: [round],
			criteria: [crit('c1'), crit('c2'), crit('c3')],
			responses: [resp({ votes: { v1: { c1: 2, c2: 1 } } }), resp({ votes: { v1: { c1: 2 } } })]
		});
		const plan = planAdoption(step('criteria'), b, NOW);
		expect(plan.writes).toEqual([]);
		expect(plan.conflicts.map((c) => [c.write.row.id, c.current, c.proposed])).toEqual([
			['c1', '3', '10'],
			['c2', '3', '3'],
			['c3', '3', '0']
		]);
	});
});
