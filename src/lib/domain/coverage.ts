/**
 * Role coverage: the seed question "who contributes, allocates resources, implements, makes
 * decisions, per each organization" as a partners × roles matrix of how many people hold each role.
 */

import type { Partner, Person, PersonRole } from './types';

/** The four roles, in the seed question's order. */
export const ROLES: readonly PersonRole[] = [
	'contributes',
	'allocates-resources',
	'implements',
	'makes-decisions'
];

interface CoverageRow {
	partnerId: string;
	name: string;
	home: boolean;
	/** People at the partner holding each role (a person may hold several). */
	counts: Record<PersonRole, number>;
	/** Roles nobody at the partner holds, in ROLES order. */
	missing: PersonRole[];
}

/**
 * One row per partner: the home organisation first, then by name (then id, so the order is stable).
 * People whose partner is not in `partners` are ignored.
 */
export function coverageMatrix(
	partners: readonly Pick<Partner, 'id' | 'name' | 'home'>[],
	people: readonly Pick<Person, 'partnerId' | 'roles'>[]
): CoverageRow[] {
	const rows = new Map<string, CoverageRow>();
	for (const p of partners) {
		const counts = {
			contributes: 0,
			'allocates-resources': 0,
			implements: 0,
			'makes-decisions': 0
		};
		rows.set(p.id, { partnerId: p.id, name: p.name, home: p.home, counts, missing: [] });
	}
	for (const person of people) {
		const row = rows.get(person.partnerId);
		if (!row) continue;
		for (const role of new Set(person.roles)) row.counts[role]++;
	}
	for (const row of rows.values()) row.missing = ROLES.filter((r) => row.counts[r] === 0);
	return [...rows.values()].sort(
		(a, b) =>
			Number(b.home) - Number(a.home) ||
			a.name.localeCompare(b.name) ||
			(a.partnerId < b.partnerId ? -1 : 1)
	);
}

/** Partners (in matrix order) where nobody holds `role`. */
export function partnersMissing(rows: readonly CoverageRow[], role: PersonRole): CoverageRow[] {
	return rows.filter((r) => r.missing.includes(role));
}
