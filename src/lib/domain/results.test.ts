import { describe, expect, it } from 'vitest';
import { phaseDistribution, pitfallCounts } from './results';
import type { ParticipantResponse } from './types';

const r = (phase: ParticipantResponse['phase'], pitfalls: ParticipantResponse['pitfalls'] = {}) => ({ phase, pitfalls });

describe('results', () => {
	it('counts phase placements, listing all six phases', () => {
		const d = phaseDistribution([r(2), r(3), r(2), r(null)]);
		expect(d.map((x) => x.count)).toEqual([0, 2, 1, 0, 0, 0]);
		expect(d[1].title).toBe('Assess Externally');
		expect(phaseDistribution([]).every((x) => x.count === 0)).toBe(true);
	});

	it('counts pitfalls flagged as risks and accelerators, most risky first', () => {
		const c = pitfallCounts([r(null, { 'pitfall-4': 'risk', 'pitfall-2': 'accelerator' }), r(null, { 'pitfall-4': 'risk', 'pitfall-9': 'risk' })]);
		expect(c).toHaveLength(9);
		expect(c[0]).toMatchObject({ pitfallId: 'pitfall-4', risk: 2, text: 'No clear partnership criteria' });
		expect(c[1]).toMatchObject({ pitfallId: 'pitfall-9', risk: 1 });
		expect(c.find((x) => x.pitfallId === 'pitfall-2')?.accelerator).toBe(1);
	});
});
