import { afterEach, describe, expect, it } from 'vitest';
import * as c from './content';
import { CONTENT_ES } from './content.es';
import { contentTargets, useContentLanguage, withContentLanguage } from './content-language';
import { MODULES } from './modules';
import { TEMPLATES } from './templates';

afterEach(() => useContentLanguage(null));

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('seed content in Spanish', () => {
	const t = contentTargets();

	it('has every item, phase, shift, rubric part, criterion, quote, source, module and template — and nothing else', () => {
		expect(sorted(Object.keys(CONTENT_ES.items))).toEqual(sorted(t.textItems.map((i) => i.id)));
		expect(sorted(Object.keys(CONTENT_ES.phases))).toEqual(sorted(t.phases.map((p) => p.id)));
		expect(sorted(Object.keys(CONTENT_ES.momentum))).toEqual(sorted(t.momentum.map((m) => m.id)));
		expect(sorted(Object.keys(CONTENT_ES.rubric))).toEqual(
			sorted([...t.rubricDomains, ...t.rubricSubObjectives].map((r) => r.id))
		);
		expect(sorted(Object.keys(CONTENT_ES.criteria))).toEqual(sorted(t.criteria.map((x) => x.id)));
		expect(sorted(Object.keys(CONTENT_ES.quotes))).toEqual(sorted(t.quotes.map((q) => q.id)));
		expect(sorted(Object.keys(CONTENT_ES.sources))).toEqual(sorted(t.sources.map((s) => s.id)));
		expect(sorted(Object.keys(CONTENT_ES.sections))).toEqual(
			sorted(new Set(t.refs.map((r) => r.section)))
		);
		expect(sorted(Object.keys(CONTENT_ES.modules))).toEqual(sorted(MODULES.map((m) => m.kind)));
		expect(sorted(Object.keys(CONTENT_ES.templates))).toEqual(sorted(TEMPLATES.map((x) => x.id)));
	});

	it('keeps each phase’s number of key verbs, and no text is empty', () => {
		for (const p of t.phases) expect(CONTENT_ES.phases[p.id].verbs).toHaveLength(p.verbs.length);
		const texts = [
			...Object.values(CONTENT_ES.items),
			...Object.values(CONTENT_ES.sections),
			...Object.values(CONTENT_ES.singletons),
			...Object.values(CONTENT_ES.modules).flatMap((m) => [m.title, m.summary])
		];
		for (const text of texts) expect(text.trim()).not.toBe('');
	});

	it('is put in place everywhere the app reads content, and English comes back', () => {
		const englishPitfall = c.PITFALLS[0].text;
		const englishQuestion = c.PHASE_QUESTION;
		useContentLanguage(CONTENT_ES);
		expect(c.PITFALLS[0].text).toBe(CONTENT_ES.items['pitfall-1']);
		expect(c.PHASE_QUESTION).toBe(CONTENT_ES.singletons.phaseQuestion);
		expect(c.PHASES[1].title).toBe('Evaluar externamente');
		expect(c.MOMENTUM_SHIFTS[2].text).toBe('De «Mi paciente» a «Nuestra población»');
		expect(c.PITFALLS[0].ref.section).toBe(
			'Obstáculos comunes (¿o aceleradores?) en las fases 2 y 3'
		);
		expect(MODULES.find((m) => m.kind === 'actions')?.title).toBe('Plan de acción');
		useContentLanguage(CONTENT_ES); // idempotent
		expect(c.PITFALLS[0].ref.section).toBe(
			'Obstáculos comunes (¿o aceleradores?) en las fases 2 y 3'
		);
		useContentLanguage(null);
		expect(c.PITFALLS[0].text).toBe(englishPitfall);
		expect(c.PHASE_QUESTION).toBe(englishQuestion);
		expect(c.PITFALLS[0].ref.section).toBe('Common Pitfalls (or Accelerators?) in Phases 2 and 3');
	});

	it('withContentLanguage switches for one call and puts the page’s language back, also on error', () => {
		useContentLanguage(CONTENT_ES);
		expect(withContentLanguage(null, CONTENT_ES, () => c.FINAL_WORDS[0].text)).toBe(
			'Pace is accelerated and this work takes time'
		);
		expect(c.FINAL_WORDS[0].text).toBe(CONTENT_ES.items['final-1']);
		expect(() =>
			withContentLanguage(null, CONTENT_ES, () => {
				throw new Error('boom');
			})
		).toThrow('boom');
		expect(c.FINAL_WORDS[0].text).toBe(CONTENT_ES.items['final-1']);
	});
});
