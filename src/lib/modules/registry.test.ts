import { describe, expect, it } from 'vitest';
import { MODULE_KINDS } from '$lib/domain/modules';
import type { ModuleKind } from '$lib/domain/types';
import { hasResults, MODULE_VIEWS, type ModuleRegistry } from './registry';

describe('module registry', () => {
	it('gives every module kind a form and a projector view', () => {
		expect(Object.keys(MODULE_VIEWS).sort()).toEqual([...MODULE_KINDS].sort());
		for (const kind of MODULE_KINDS) {
			expect(typeof MODULE_VIEWS[kind].form, kind).toBe('function');
			expect(typeof MODULE_VIEWS[kind].projector, kind).toBe('function');
		}
	});

	it('has a results view exactly for the modules participants answer', () => {
		const withResults = MODULE_KINDS.filter(hasResults);
		expect(withResults).toEqual([
			'momentum',
			'aspiration',
			'phase',
			'rubric',
			'map-questions',
			'stakeholder-map',
			'pitfalls',
			'final-words'
		]);
	});

	it('does not compile when a module kind has no views (checked by npm run check)', () => {
		// Type-level proof: drop one kind's entry, and the registry type refuses the rest. If the
		// `@ts-expect-error` below ever stops being an error, svelte-check fails on the unused directive.
		const { momentum: _dropped, ...rest } = MODULE_VIEWS;
		// @ts-expect-error Property 'momentum' is missing: every ModuleKind needs its views.
		const incomplete: ModuleRegistry = rest;
		// A kind the domain does not know is refused too.
		// @ts-expect-error 'quiz' is not a ModuleKind.
		const unknown: ModuleKind = 'quiz';
		expect(Object.keys(incomplete)).not.toContain('momentum');
		expect(unknown).toBe('quiz');
	});
});
