import { describe, expect, it } from 'vitest';
import { coverageMatrix, partnersMissing, ROLES } from './coverage';
import { buildDemoBundle } from './demo';

describe('coverage matrix (partners × the four roles)', () => {
	const partners = [
		{ id: 'b', name: 'Bravo', home: false },
		{ id: 'h', name: 'Us', home: true },
		{ id: 'a', name: 'Alpha', home: false }
	];
	const people = [
		{ partnerId: 'a', roles: ['makes-decisions', 'allocates-resources'] as const },
		{ partnerId: 'a', roles: ['makes-decisions', 'makes-decisions'] as const },
		{ partnerId: 'h', roles: ['implements'] as const },
		{ partnerId: 'gone', roles: ['contributes'] as const }
	].map((p) => ({ ...p, roles: [...p.roles] }));

	it('counts people per role, home organisation first, then by name', () => {
		const rows = coverageMatrix(partners, people);
		expect(rows.map((r) => r.partnerId)).toEqual(['h', 'a', 'b']);
		expect(rows[1].counts).toEqual({
			contributes: 0,
			'allocates-resources': 1,
			implements: 0,
			'makes-decisions': 2
		});
		expect(rows[1].missing).toEqual(['contributes', 'implements']);
		expect(rows[2].missing).toEqual([...ROLES]);
		expect(rows[0].missing).toEqual(['contributes', 'allocates-resources', 'makes-decisions']);
	});

	it('lists who is missing a role', () => {
		const rows = coverageMatrix(partners, people);
		expect(partnersMissing(rows, 'makes-decisions').map((r) => r.name)).toEqual(['Us', 'Bravo']);
		expect(partnersMissing(rows, 'implements').map((r) => r.name)).toEqual(['Alpha', 'Bravo']);
	});

	it('covers every demo partner, the demo’s home organisation holding all four roles', () => {
		const demo = buildDemoBundle('w', Date.UTC(2026, 0, 10));
		const rows = coverageMatrix(demo.partners, demo.people);
		expect(rows).toHaveLength(demo.partners.length);
		expect(rows[0]).toMatchObject({
			name: 'Valle Verde Community Health Center',
			home: true,
			missing: []
		});
	});
});
