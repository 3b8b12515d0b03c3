import { describe, expect, it } from 'vitest';
import { RUBRIC } from './content';
import { customGroupId, summarizeRubric } from './rubric-summary';

describe('summarizeRubric', () => {
	it('counts every seed task as unrated when nothing is rated', () => {
		const [lc, mc] = summarizeRubric([], []);
		expect(lc).toMatchObject({ domainId: 'rubric-lc', total: 2, rated: 0 });
		expect(lc.counts['']).toBe(2);
		expect(mc.total).toBe(11);
		expect(mc.groups.map((g) => [g.id, g.total])).toEqual([
			['rubric-mc1', 4],
			['rubric-mc2', 3],
			['rubric-mc3', 4]
		]);
	});

	it('counts ratings per domain and per sub-objective', () => {
		const [, mc] = summarizeRubric(
			[
				{ id: 'rubric-mc1-i', rating: 'in-place' },
				{ id: 'rubric-mc1-ii', rating: 'in-progress' },
				{ id: 'rubric-mc2-i', rating: 'in-place' },
				{ id: 'rubric-mc3-iv', rating: 'not-in-place' },
				{ id: 'rubric-mc3-i', rating: '' }
			],
			[]
		);
		expect(mc.counts).toEqual({ '': 7, 'not-in-place': 1, 'in-progress': 1, 'in-place': 2 });
		expect(mc.rated).toBe(4);
		expect(mc.groups[0].counts).toEqual({
			'': 2,
			'not-in-place': 0,
			'in-progress': 1,
			'in-place': 1
		});
		expect(mc.groups[2].counts['not-in-place']).toBe(1);
	});

	it('includes the team’s own items in their domain, as their own group', () => {
		const [lc, mc] = summarizeRubric(
			[
				{ id: 'custom-1', rating: 'in-progress' },
				{ id: 'rubric-lc4-iii', rating: 'in-place' }
			],
			[
				{ id: 'custom-1', domainId: 'rubric-lc' },
				{ id: 'custom-2', domainId: 'rubric-lc' }
			]
		);
		expect(lc.total).toBe(4);
		expect(lc.counts).toEqual({ '': 2, 'not-in-place': 0, 'in-progress': 1, 'in-place': 1 });
		expect(lc.groups.at(-1)).toEqual({
			id: customGroupId('rubric-lc'),
			total: 2,
			counts: { '': 1, 'not-in-place': 0, 'in-progress': 1, 'in-place': 0 }
		});
		expect(mc.groups.some((g) => g.id.endsWith(':custom'))).toBe(false);
	});

	it('ignores ratings of tasks that no longer exist', () => {
		const summary = summarizeRubric([{ id: 'gone', rating: 'in-place' }], [], RUBRIC);
		expect(summary.every((d) => d.rated === 0)).toBe(true);
	});
});
