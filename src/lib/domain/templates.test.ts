import { describe, expect, it } from 'vitest';
import { MODULES, MODULE_KINDS, moduleInfo } from './modules';
import { TEMPLATES, agendaFromTemplate, templateById } from './templates';

describe('templates', () => {
	it('offers the three templates of the brief', () => {
		expect(TEMPLATES.map((t) => t.id)).toEqual([
			'partnership-design',
			'strengthening-partnerships',
			'blank'
		]);
		expect(templateById('partnership-design').title).toBe('Partnership Design convening');
	});

	it('orders the Partnership Design convening as seed 003 does', () => {
		const kinds = templateById('partnership-design').modules;
		const at = (k: string) => kinds.indexOf(k as never);
		// momentum → phase → internal rubric (phase 1) → pitfalls (phases 2–3) → partnership map → final words
		expect(at('momentum')).toBe(0);
		expect(at('phase')).toBeLessThan(at('rubric'));
		expect(at('rubric')).toBeLessThan(at('pitfalls'));
		expect(at('pitfalls')).toBeLessThan(at('aspiration'));
		expect(at('aspiration')).toBeLessThan(at('map-questions'));
		expect(kinds.at(-1)).toBe('final-words');
	});

	it('covers seed 000 in the Strengthening partnerships template', () => {
		const kinds = templateById('strengthening-partnerships').modules;
		for (const k of ['characteristics', 'core-activities', 'getting-started', 'tips'])
			expect(kinds).toContain(k);
	});

	it('builds an agenda with stable step ids, module titles and default durations', () => {
		const agenda = agendaFromTemplate('w1', 'partnership-design');
		expect(agenda).toHaveLength(10);
		expect(agenda[0]).toEqual({
			workshopId: 'w1',
			id: 'step-1',
			order: 0,
			module: 'momentum',
			title: moduleInfo('momentum').title,
			prompt: '',
			durationMin: 10,
			notes: ''
		});
		expect(agenda.every((s) => s.durationMin >= 1 && s.durationMin <= 60)).toBe(true);
		expect(agendaFromTemplate('w1', 'blank')).toEqual([]);
	});

	it('knows every module kind used anywhere', () => {
		expect(new Set(MODULE_KINDS).size).toBe(MODULES.length);
		for (const t of TEMPLATES) for (const k of t.modules) expect(MODULE_KINDS).toContain(k);
		expect(() => moduleInfo('nope' as never)).toThrow();
	});
});
