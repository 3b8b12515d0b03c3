import { describe, expect, it } from 'vitest';
import {
	addStep,
	insertStep,
	moveStepBy,
	moveStepTo,
	clampMinutes,
	minutesBefore,
	moveStep,
	neighbourStep,
	nextStepId,
	removeStep,
	totalMinutes
} from './agenda';
import { stepContent } from '$lib/i18n/step-content';
import { agendaFromTemplate } from './templates';
import { MODULE_KINDS } from './modules';

const agenda = () => agendaFromTemplate('w', 'partnership-design');
const ids = (steps: { id: string }[]) => steps.map((s) => s.id);

describe('agenda operations', () => {
	it('adds a module step at the end with its default duration and a fresh id', () => {
		const { steps, added } = addStep(agenda(), 'w', 'tips');
		expect(steps).toHaveLength(11);
		expect(added).toMatchObject({
			id: 'step-11',
			module: 'tips',
			order: 10,
			durationMin: 5,
			workshopId: 'w'
		});
		expect(steps.map((s) => s.order)).toEqual([...Array(11).keys()]);
	});

	it('adds at a position and never reuses an id after removals', () => {
		const removed = removeStep(agenda(), 'step-10');
		expect(nextStepId(removed)).toBe('step-10');
		const { steps, added } = addStep(removeStep(agenda(), 'step-3'), 'w', 'custom', 0);
		expect(added.id).toBe('step-11');
		expect(steps[0]).toMatchObject({ id: 'step-11', order: 0, title: '' });
	});

	it('removes and renumbers', () => {
		const steps = removeStep(agenda(), 'step-2');
		expect(ids(steps)).not.toContain('step-2');
		expect(steps.map((s) => s.order)).toEqual([...Array(9).keys()]);
		expect(removeStep(agenda(), 'nope')).toHaveLength(10);
	});

	it('puts a removed step back where it was (undo)', () => {
		const before = agenda();
		const removed = before[3];
		const back = insertStep(removeStep(before, removed.id), removed, 3);
		expect(back).toEqual(before);
		expect(insertStep(before, removed, 0)[0].id).toBe(removed.id); // never duplicated
		expect(insertStep(before, removed, 0)).toHaveLength(10);
	});

	it('moves a step up, down, to the ends, and clamps', () => {
		expect(ids(moveStep(agenda(), 'step-3', 0)).slice(0, 3)).toEqual([
			'step-3',
			'step-1',
			'step-2'
		]);
		expect(ids(moveStep(agenda(), 'step-1', 99)).at(-1)).toBe('step-1');
		expect(ids(moveStep(agenda(), 'step-1', -5))[0]).toBe('step-1');
		expect(moveStep(agenda(), 'step-4', 2).map((s) => s.order)).toEqual([...Array(10).keys()]);
		expect(ids(moveStep(agenda(), 'missing', 0))).toEqual(ids(agenda()));
	});

	it('moves relative to where a step is stored, so two quick clicks move two places', () => {
		const once = moveStepBy(agenda(), 'step-3', -1);
		expect(ids(moveStepBy(once, 'step-3', -1)).slice(0, 3)).toEqual(['step-3', 'step-1', 'step-2']);
		expect(ids(moveStepBy(agenda(), 'step-10', 1)).at(-1)).toBe('step-10');
		expect(ids(moveStepTo(agenda(), 'step-9', 'step-2')).slice(0, 3)).toEqual([
			'step-1',
			'step-9',
			'step-2'
		]);
		expect(ids(moveStepTo(agenda(), 'step-9', 'gone'))).toEqual(ids(agenda()));
	});

	it('totals, offsets and neighbours', () => {
		expect(totalMinutes(agenda())).toBe(165);
		expect(totalMinutes([])).toBe(0);
		expect(minutesBefore(agenda(), 'step-3')).toBe(25);
		expect(neighbourStep(agenda(), 'step-1', -1)?.id).toBe('step-1');
		expect(neighbourStep(agenda(), 'step-1', 1)?.id).toBe('step-2');
		expect(neighbourStep(agenda(), 'step-10', 1)?.id).toBe('step-10');
		expect(neighbourStep(agenda(), 'gone', 1)?.id).toBe('step-1');
		expect(neighbourStep([], 'x', 1)).toBeUndefined();
	});

	it('keeps durations between 1 and 60 minutes', () => {
		expect(clampMinutes(0)).toBe(1);
		expect(clampMinutes(61)).toBe(60);
		expect(clampMinutes(12.4)).toBe(12);
		expect(clampMinutes(Number.NaN)).toBe(1);
	});
});

describe('step content', () => {
	it('gives every module something to show, from the seeds', () => {
		for (const kind of MODULE_KINDS) {
			if (kind === 'custom') continue;
			const c = stepContent({ module: kind, prompt: '' });
			expect(c.question, kind).not.toBe('');
			expect(c.groups.length, kind).toBeGreaterThan(0);
		}
		expect(stepContent({ module: 'pitfalls', prompt: '' }).groups[0].items).toHaveLength(9);
		expect(stepContent({ module: 'phase', prompt: '' }).groups[0].items[1]).toBe(
			'2. Assess Externally — Scan · identify · select'
		);
	});

	it("shows a custom step's own prompt, and lets a facilitator override a module's question", () => {
		expect(stepContent({ module: 'custom', prompt: 'Lunch' })).toEqual({
			question: 'Lunch',
			groups: [],
			note: ''
		});
		expect(stepContent({ module: 'tips', prompt: 'Which tip matters most?' }).question).toBe(
			'Which tip matters most?'
		);
	});
});
