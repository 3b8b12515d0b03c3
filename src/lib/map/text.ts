/** Words the map shows for phases, views and quadrants, from the message catalogue and seed content. */

import { PHASES } from '$lib/domain/content';
import { m } from '$lib/paraglide/messages.js';
import type { PersonRole } from '$lib/domain/types';
import type { MapView, Quadrant } from './layout';

export const PHASE_VALUES = [0, 1, 2, 3, 4, 5, 6] as const;
export const ROLES: readonly PersonRole[] = [
	'contributes',
	'allocates-resources',
	'implements',
	'makes-decisions'
];

export function phaseShort(phase: number): string {
	return phase === 0 ? m.map_candidate() : m.map_phase({ n: phase });
}

export function phaseFull(phase: number): string {
	const seed = PHASES.find((p) => p.number === phase);
	return seed ? m.map_phaseFull({ n: phase, title: seed.title }) : m.map_candidate();
}

const VIEW_NAMES: Record<MapView | 'table', () => string> = {
	network: () => m.map_view_network(),
	rings: () => m.map_view_rings(),
	grid: () => m.map_view_grid(),
	table: () => m.map_view_table()
};

const QUADRANT_NAMES: Record<Quadrant, () => string> = {
	'manage-closely': () => m.map_quadrant_manage_closely(),
	'keep-satisfied': () => m.map_quadrant_keep_satisfied(),
	'keep-informed': () => m.map_quadrant_keep_informed(),
	monitor: () => m.map_quadrant_monitor()
};

const ROLE_NAMES: Record<PersonRole, () => string> = {
	contributes: () => m.map_role_contributes(),
	'allocates-resources': () => m.map_role_allocates_resources(),
	implements: () => m.map_role_implements(),
	'makes-decisions': () => m.map_role_makes_decisions()
};

const STRENGTH_NAMES: Record<1 | 2 | 3, () => string> = {
	1: () => m.map_strength_1(),
	2: () => m.map_strength_2(),
	3: () => m.map_strength_3()
};

export function viewName(view: MapView | 'table'): string {
	return VIEW_NAMES[view]();
}

export function quadrantName(q: Quadrant): string {
	return QUADRANT_NAMES[q]();
}

export function roleName(role: PersonRole): string {
	return ROLE_NAMES[role]();
}

/** "Weak", "Medium" or "Strong" for a connection strength, clamped to 1–3. */
export function strengthName(strength: number): string {
	return STRENGTH_NAMES[Math.min(3, Math.max(1, strength)) as 1 | 2 | 3]();
}
