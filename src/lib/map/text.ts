/** Words the map shows for phases, views and quadrants, from the message catalogue and seed content. */

import { PHASES } from '$lib/domain/content';
import { t } from '$lib/i18n/messages';
import type { PersonRole } from '$lib/domain/types';
import type { MapView, Quadrant } from './layout';

export const PHASE_VALUES = [0, 1, 2, 3, 4, 5, 6] as const;
export const ROLES: readonly PersonRole[] = ['contributes', 'allocates-resources', 'implements', 'makes-decisions'];

export function phaseShort(phase: number): string {
	return phase === 0 ? t('map.candidate') : t('map.phase', { n: phase });
}

export function phaseFull(phase: number): string {
	const seed = PHASES.find((p) => p.number === phase);
	return seed ? t('map.phaseFull', { n: phase, title: seed.title }) : t('map.candidate');
}

const VIEW_NAMES: Record<MapView | 'table', () => string> = {
	network: () => t('map.view.network'),
	rings: () => t('map.view.rings'),
	grid: () => t('map.view.grid'),
	table: () => t('map.view.table')
};

const QUADRANT_NAMES: Record<Quadrant, () => string> = {
	'manage-closely': () => t('map.quadrant.manage-closely'),
	'keep-satisfied': () => t('map.quadrant.keep-satisfied'),
	'keep-informed': () => t('map.quadrant.keep-informed'),
	monitor: () => t('map.quadrant.monitor')
};

const ROLE_NAMES: Record<PersonRole, () => string> = {
	contributes: () => t('map.role.contributes'),
	'allocates-resources': () => t('map.role.allocates-resources'),
	implements: () => t('map.role.implements'),
	'makes-decisions': () => t('map.role.makes-decisions')
};

const STRENGTH_NAMES: Record<1 | 2 | 3, () => string> = {
	1: () => t('map.strength.1'),
	2: () => t('map.strength.2'),
	3: () => t('map.strength.3')
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
