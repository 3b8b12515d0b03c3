import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from './demo';
import { sideSplit } from './side-split';
import type { ParticipantResponse, Side } from './types';

const demo = buildDemoBundle('w', 0);

function room(sides: Side[], anonymous: boolean) {
	const base = demo.responses[0];
	const responses: ParticipantResponse[] = sides.map((side, i) => ({
		...base,
		id: `p-${i}`,
		side,
		phase: side === 'health-care' ? 3 : 2,
		rubric: { [Object.keys(base.rubric)[0]]: side === 'health-care' ? 'in-place' : 'not-in-place' }
	}));
	return {
		...demo,
		workshop: { ...demo.workshop, settings: { ...demo.workshop.settings, anonymous } },
		responses
	};
}

describe('results split by side', () => {
	it('shows each side’s phases and marks the sides as differing when they place the team apart', () => {
		const split = sideSplit(
			room(
				['health-care', 'health-care', 'health-care', 'community', 'community', 'community'],
				true
			),
			'phase'
		);
		expect(split.shown).toEqual(['health-care', 'community']);
		expect(split.rows[0].cells).toEqual([{ '3': 3 }, { '2': 3 }]);
		expect(split.rows[0].differ).toBe(true);
	});

	it('hides a side of fewer than 3 in an anonymous workshop, keeping its count, and shows it otherwise', () => {
		const sides: Side[] = ['health-care', 'health-care', 'health-care', 'community', 'community'];
		const anonymous = sideSplit(room(sides, true), 'phase');
		expect(anonymous.shown).toEqual(['health-care']);
		expect(anonymous.groups.find((g) => g.side === 'community')).toEqual({
			side: 'community',
			count: 2,
			hidden: true
		});
		expect(sideSplit(room(sides, false), 'phase').shown).toEqual(['health-care', 'community']);
	});

	it('puts the rubric tasks where the sides differ most first', () => {
		const split = sideSplit(
			room(
				['health-care', 'health-care', 'health-care', 'community', 'community', 'community'],
				false
			),
			'rubric'
		);
		expect(split.rows[0].id).toBe(Object.keys(demo.responses[0].rubric)[0]);
		expect(split.rows[0].differ).toBe(true);
		expect(split.rows.at(-1)!.differ).toBe(false);
	});

	it('splits a vote’s dots per side', () => {
		const split = sideSplit(demo, 'votes', { vote: demo.voteRounds[0] });
		// The demo's one community voter is too few to show alone only when anonymous.
		expect(split.groups.map((g) => [g.side, g.count])).toEqual([
			['health-care', 3],
			['community', 1]
		]);
		expect(split.rows.find((r) => r.id === 'p-mutual-aid')!.cells[1]).toEqual({ in: 2, out: 1 });
	});
});
