import { describe, expect, it } from 'vitest';
import {
	CLEAR_PLAN_NEEDED_FOR,
	CROSS_SECTOR_PARTNERSHIPS,
	GRAPPLING_WITH,
	LEARNED_PARTNERSHIP_STRATEGY,
	MAJORITY_NOTE,
	STRONG_CASE
} from '$lib/domain/content';
import { stepContent } from './step-content';

const headings = (module: Parameters<typeof stepContent>[0]['module']) =>
	stepContent({ module, prompt: '' }).groups.map((g) => g.heading);

describe('seed content a facilitator can put on screen (issue 14)', () => {
	it('shows "Cross-sector partnerships" in the momentum step and "Strong case" with the aspiration questions', () => {
		expect(headings('momentum')).toEqual([
			'Momentum',
			'Cross-sector partnerships',
			'Conditions to support effectiveness'
		]);
		expect(stepContent({ module: 'momentum', prompt: '' }).groups[1].items).toEqual(
			CROSS_SECTOR_PARTNERSHIPS.map((i) => i.text)
		);
		expect(headings('aspiration')).toEqual(['Questions', 'Strong case']);
		expect(stepContent({ module: 'aspiration', prompt: '' }).groups[1].items).toEqual(
			STRONG_CASE.map((i) => i.text)
		);
	});

	it('shows "What we learned from you" (strategy, a clear plan is needed for, you are grappling with) in the action plan step', () => {
		const content = stepContent({ module: 'actions', prompt: '' });
		expect(content.question).toBe('What we learned from you');
		expect(content.groups.map((g) => g.items)).toEqual(
			[LEARNED_PARTNERSHIP_STRATEGY, CLEAR_PLAN_NEEDED_FOR, GRAPPLING_WITH].map((l) =>
				l.map((i) => i.text)
			)
		);
	});

	it('keeps the deck’s finding "Majority in Phase 2 and 3" out of the phase question (it would prime the room)', () => {
		const phase = stepContent({ module: 'phase', prompt: '' });
		expect(JSON.stringify(phase)).not.toContain(MAJORITY_NOTE);
		expect(phase.note).toBe('Design for the phase you are in.');
	});
});
