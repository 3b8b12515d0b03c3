import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import { NO_FILTER, passesFilter, searchPartners } from './filters';

const demo = buildDemoBundle('w', Date.UTC(2026, 0, 10));

describe('map filters', () => {
	it('filters by sector and by phase (0 = candidate)', () => {
		expect(demo.partners.filter((p) => passesFilter(p, NO_FILTER))).toHaveLength(
			demo.partners.length
		);
		expect(
			demo.partners
				.filter((p) => passesFilter(p, { sector: 'internal', phase: null }))
				.map((p) => p.name)
		).toEqual([
			// The home organisation is a partner of sector `internal` too (file format 2).
			'Valle Verde Community Health Center',
			'Care Management Department',
			'Finance'
		]);
		const candidates = demo.partners.filter((p) => passesFilter(p, { sector: '', phase: 0 }));
		expect(candidates.length).toBe(3);
		expect(demo.partners.filter((p) => passesFilter(p, { sector: 'internal', phase: 0 }))).toEqual(
			[]
		);
	});

	it('treats a custom sector label as its own sector', () => {
		const p = { ...demo.partners[0], sector: 'Tribal council' };
		expect(passesFilter(p, { sector: 'Tribal council', phase: null })).toBe(true);
		expect(passesFilter(p, { sector: 'other', phase: null })).toBe(false);
	});

	it('searches names, sectors and people, ignoring case and accents', () => {
		expect([...searchPartners(demo.partners, demo.people, 'clinica sierra')]).toEqual([
			'p-sierra-clinic'
		]);
		expect(searchPartners(demo.partners, demo.people, 'Marchetti').has('p-valle-hospital')).toBe(
			true
		);
		expect(searchPartners(demo.partners, demo.people, 'internal department').size).toBe(3);
		expect(searchPartners(demo.partners, demo.people, '   ').size).toBe(0);
		expect(searchPartners(demo.partners, demo.people, '<script>').size).toBe(0);
	});
});
