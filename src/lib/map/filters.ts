/** Which partners the map and the table show (sector and phase filters), and which a search finds. Pure. */

import type { Partner, Person } from '$lib/domain/types';
import { sectorStyle } from './sectors';

export interface MapFilter {
	/** A sector id (preset id or custom label); '' = every sector. */
	sector: string;
	/** A relationship phase 0–6; null = every phase. */
	phase: number | null;
}

export const NO_FILTER: MapFilter = { sector: '', phase: null };

/** The home organisation has no relationship phase with itself: a phase filter leaves it out. */
export function passesFilter(
	partner: Pick<Partner, 'sector' | 'phase'> & { home?: boolean },
	filter: MapFilter
): boolean {
	if (filter.sector && sectorStyle(partner.sector).id !== filter.sector) return false;
	if (filter.phase !== null && (partner.home || partner.phase !== filter.phase)) return false;
	return true;
}

/** Case- and accent-insensitive, so "clinica" finds "Clínica". */
function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLocaleLowerCase();
}

/**
 * Ids of partners a search matches: by name, sector, or the name or title of one of their people.
 * An empty search matches nothing (nothing to highlight).
 */
export function searchPartners(
	partners: readonly Partner[],
	people: readonly Person[],
	query: string
): Set<string> {
	const q = fold(query.trim());
	const hits = new Set<string>();
	if (!q) return hits;
	for (const p of partners) {
		if (fold(p.name).includes(q) || fold(sectorStyle(p.sector).label).includes(q)) hits.add(p.id);
	}
	for (const person of people) {
		if (fold(person.name).includes(q) || fold(person.title).includes(q)) hits.add(person.partnerId);
	}
	return hits;
}
