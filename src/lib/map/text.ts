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

export function viewName(view: MapView | 'table'): string {
	return t(`map.view.${view}`);
}

export function quadrantName(q: Quadrant): string {
	return t(`map.quadrant.${q}`);
}

export function roleName(role: PersonRole): string {
	return t(`map.role.${role}`);
}
