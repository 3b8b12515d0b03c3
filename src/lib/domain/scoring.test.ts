import { describe, expect, it } from 'vitest';
import { rankPartners, scoredPartners, scoreOf, weightedTotal } from './scoring';
import type { Criterion, CriterionScore } from './types';

const W = 'w';
const crit = (id: string, weight: number): Criterion => ({
	workshopId: W,
	id,
	name: id,
	description: '',
	weight,
	order: 0
});
const score = (criterionId: string, partnerId: string, value: number | null): CriterionScore => ({
	workshopId: W,
	id: `${criterionId}@${partnerId}`,
	criterionId,
	partnerId,
	score: value
});

const criteria = [crit('goal', 5), crit('reach', 3), crit('will', 0)];

describe('weightedTotal', () => {
	it('sums weight × score', () => {
		const scores = [score('goal', 'a', 4), score('reach', 'a', 2), score('will', 'a', 5)];
		expect(weightedTotal(criteria, scores, 'a')).toEqual({
			total: 26,
			maxTotal: 40,
			missing: 0,
			percent: 65
		});
	});

	it('counts a missing score as 0 and says how many are missing', () => {
		const scores = [score('goal', 'a', 4), score('reach', 'a', null)];
		expect(weightedTotal(criteria, scores, 'a')).toEqual({
			total: 20,
			maxTotal: 40,
			missing: 2,
			percent: 50
		});
	});

	it('is 0 of 0 with no criteria', () => {
		expect(weightedTotal([], [], 'a')).toEqual({ total: 0, maxTotal: 0, missing: 0, percent: 0 });
	});

	it('reads a score, null when absent', () => {
		expect(scoreOf([score('goal', 'a', 0)], 'goal', 'a')).toBe(0);
		expect(scoreOf([], 'goal', 'a')).toBeNull();
	});
});

describe('rankPartners', () => {
	const partners = [
		{ id: 'a', name: 'Alder' },
		{ id: 'b', name: 'Birch' },
		{ id: 'c', name: 'Cedar' },
		{ id: 'd', name: 'Dogwood' }
	];

	it('ranks by weighted total, weights changing the order', () => {
		// a is better on reach, b on goal; goal weighs more.
		const scores = [
			score('goal', 'a', 1),
			score('reach', 'a', 5),
			score('goal', 'b', 5),
			score('reach', 'b', 1)
		];
		const ranked = rankPartners(criteria, scores, partners.slice(0, 2));
		expect(ranked.map((r) => [r.partnerId, r.total, r.rank])).toEqual([
			['b', 28, 1],
			['a', 20, 2]
		]);
		const reweighted = rankPartners(
			[crit('goal', 1), crit('reach', 5)],
			scores,
			partners.slice(0, 2)
		);
		expect(reweighted[0].partnerId).toBe('a');
	});

	it('gives tied partners the same rank, and skips the next rank', () => {
		const scores = [
			score('goal', 'a', 3),
			score('goal', 'b', 3),
			score('goal', 'c', 5),
			score('goal', 'd', 1)
		];
		const ranked = rankPartners(criteria, scores, partners);
		expect(ranked.map((r) => [r.name, r.rank, r.tied])).toEqual([
			['Cedar', 1, false],
			['Alder', 2, true],
			['Birch', 2, true],
			['Dogwood', 4, false]
		]);
	});

	it('ranks an unscored partner last, with every criterion missing', () => {
		const ranked = rankPartners(criteria, [score('goal', 'a', 1)], partners.slice(0, 2));
		expect(ranked[1]).toMatchObject({ partnerId: 'b', total: 0, missing: 3, rank: 2 });
	});
});

describe('scoredPartners', () => {
	it('keeps candidates and any partner with a score', () => {
		const partners = [
			{ id: 'cand', phase: 0 as const },
			{ id: 'scored', phase: 3 as const },
			{ id: 'other', phase: 2 as const }
		];
		expect(
			scoredPartners(partners, [score('goal', 'scored', 2), score('goal', 'other', null)]).map(
				(p) => p.id
			)
		).toEqual(['cand', 'scored']);
	});
});
