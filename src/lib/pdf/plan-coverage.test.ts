import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import { buildPlan } from './plan-model';

describe('the plan’s coverage matrix', () => {
	it('follows the connections in the map section: partners × four roles, home organisation first', () => {
		const bundle = buildDemoBundle('w', Date.UTC(2025, 4, 14, 15, 30));
		const plan = buildPlan(bundle, { now: Date.UTC(2025, 4, 14) });
		const blocks = plan.sections.find((s) => s.id === 'map')!.blocks;
		const at = blocks.findIndex(
			(b) => b.kind === 'heading' && b.text === 'Who is who: the four roles per organisation'
		);
		expect(at).toBeGreaterThan(0);
		const table = blocks[at + 1];
		if (table.kind !== 'table') throw new Error('no table');
		expect(table.columns.map((c) => c.header)).toEqual([
			'Organisation',
			'Contributes',
			'Allocates resources',
			'Implements',
			'Makes decisions'
		]);
		expect(table.rows).toHaveLength(bundle.partners.length);
		expect(table.rows[0]).toEqual([
			'Valle Verde Community Health Center (our organisation)',
			'1',
			'1',
			'1',
			'1'
		]);
		const riverbend = table.rows.find((r) => r[0].startsWith('Riverbend'))!;
		expect(riverbend[4]).toBe('—');
	});
});
