import { describe, expect, it } from 'vitest';
import { MOMENTUM_SHIFTS } from './content';
import {
	answersTo,
	momentumCounts,
	phaseDistribution,
	phasesTwoAndThree,
	pitfallCounts,
	rubricCounts
} from './results';
import type { ParticipantResponse } from './types';

const r = (
	phase: ParticipantResponse['phase'],
	pitfalls: ParticipantResponse['pitfalls'] = {}
) => ({ phase, pitfalls });

describe('results', () => {
	it('counts phase placements, listing all six phases', () => {
		const d = phaseDistribution([r(2), r(3), r(2), r(null)]);
		expect(d.map((x) => x.count)).toEqual([0, 2, 1, 0, 0, 0]);
		expect(d[1].title).toBe('Assess Externally');
		expect(phaseDistribution([]).every((x) => x.count === 0)).toBe(true);
	});

	it('counts pitfalls flagged as risks and accelerators, most risky first', () => {
		const c = pitfallCounts([
			r(null, { 'pitfall-4': 'risk', 'pitfall-2': 'accelerator' }),
			r(null, { 'pitfall-4': 'risk', 'pitfall-9': 'risk' })
		]);
		expect(c).toHaveLength(9);
		expect(c[0]).toMatchObject({
			pitfallId: 'pitfall-4',
			risk: 2,
			text: 'No clear partnership criteria'
		});
		expect(c[1]).toMatchObject({ pitfallId: 'pitfall-9', risk: 1 });
		expect(c.find((x) => x.pitfallId === 'pitfall-2')?.accelerator).toBe(1);
	});

	it('counts all three marks of a pitfall: risk, under control and accelerator', () => {
		const c = pitfallCounts([
			r(null, { 'pitfall-1': 'risk' }),
			r(null, { 'pitfall-1': 'under-control' }),
			r(null, { 'pitfall-1': 'under-control' }),
			r(null, { 'pitfall-1': 'accelerator' }),
			r(null, { 'pitfall-1': 'n/a' })
		]);
		expect(c.find((x) => x.pitfallId === 'pitfall-1')).toMatchObject({
			risk: 1,
			underControl: 2,
			accelerator: 1
		});
	});

	it('sets the seed finding "majority in phase 2 and 3" against the room', () => {
		expect(phasesTwoAndThree([r(2), r(3), r(5), r(null)])).toEqual({ inTwoOrThree: 2, placed: 3 });
		expect(phasesTwoAndThree([])).toEqual({ inTwoOrThree: 0, placed: 0 });
	});
});

describe('rubric counts and answers', () => {
	it('counts ratings per task, including tasks nobody rated', () => {
		const c = rubricCounts(
			[
				{ rubric: { a: 'in-place', b: 'not-in-place' } },
				{ rubric: { a: 'in-progress' } },
				{ rubric: { a: 'in-place' } }
			],
			['a', 'b', 'c']
		);
		expect(c).toEqual([
			{ taskId: 'a', notInPlace: 0, inProgress: 1, inPlace: 2 },
			{ taskId: 'b', notInPlace: 1, inProgress: 0, inPlace: 0 },
			{ taskId: 'c', notInPlace: 0, inProgress: 0, inPlace: 0 }
		]);
	});

	it('lists answers in hand-in order, with names only when not anonymous', () => {
		const rs = [
			{ name: 'Bo', submittedAt: 2, answers: { q: 'Second' } },
			{ name: 'Ana', submittedAt: 1, answers: { q: 'First' } },
			{ name: '', submittedAt: 3, answers: { q: 'Third' } },
			{ name: 'Cy', submittedAt: 4, answers: { q: '   ' } }
		];
		expect(answersTo(rs, 'q', false)).toEqual([
			{ name: 'Ana', text: 'First' },
			{ name: 'Bo', text: 'Second' },
			{ name: null, text: 'Third' }
		]);
		expect(answersTo(rs, 'q', true).every((a) => a.name === null)).toBe(true);
		expect(answersTo(rs, 'other', false)).toEqual([]);
	});
});

describe('momentumCounts', () => {
	const shifts = MOMENTUM_SHIFTS.map((s) => s.id);
	it('counts each rating 1–5 per shift with its median, and leaves out what is not a rating', () => {
		const rows = momentumCounts([
			{ momentum: { [shifts[0]]: 2 } },
			{ momentum: { [shifts[0]]: 4, [shifts[1]]: 9 } },
			{ momentum: { [shifts[0]]: 5, [shifts[1]]: 0.5 } },
			{}
		]);
		expect(rows.map((r) => r.shiftId)).toEqual(shifts);
		expect(rows[0]).toMatchObject({ counts: [0, 1, 0, 1, 1], median: 4 });
		expect(rows[1]).toMatchObject({ counts: [0, 0, 0, 0, 0], median: null });
	});

	it('keeps only the shifts a step asks', () => {
		expect(momentumCounts([], [shifts[1]]).map((r) => r.shiftId)).toEqual([shifts[1]]);
	});
});
