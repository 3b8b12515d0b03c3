/**
 * The power/interest grid's one rule: which cell a partner sits in, which quadrant a cell belongs
 * to, and who is on the grid at all. The map's grid view (layout.ts) and the PDF's map figure
 * (pdf/map-figure.ts) both place partners with it, so paper and screen agree. Pure.
 */

import type { Partner } from '$lib/domain/types';

export type Quadrant = 'manage-closely' | 'keep-satisfied' | 'keep-informed' | 'monitor';

/** On each 1–5 scale, this value and above count as high: the quadrant lines run below it. */
export const HIGH_FROM = 3;

/** The power/interest quadrant: `HIGH_FROM` or more counts as high on each 1–5 scale. */
export function quadrantOf(influence: number, interest: number): Quadrant {
	const high = (v: number) => v >= HIGH_FROM;
	if (high(influence)) return high(interest) ? 'manage-closely' : 'keep-satisfied';
	return high(interest) ? 'keep-informed' : 'monitor';
}

/** A 1–5 scale value as a cell index: rounded, clamped, 3 when it is not a number. */
const scale = (v: number) => Math.min(5, Math.max(1, Math.round(Number.isFinite(v) ? v : 3)));

export interface GridCell {
	/** 1–5: the column, from the left. */
	interest: number;
	/** 1–5: the row, from the bottom. */
	influence: number;
}

export function gridCell(p: Pick<Partner, 'influence' | 'interest'>): GridCell {
	return { interest: scale(p.interest), influence: scale(p.influence) };
}

type Placed = Pick<Partner, 'id' | 'name' | 'influence' | 'interest'> & { home?: boolean };

/**
 * The partners of each occupied cell, by name (then id). The home organisation is not a stakeholder
 * of itself: it has no place on the grid.
 */
export function gridCells<P extends Placed>(
	partners: readonly P[]
): { cell: GridCell; members: P[] }[] {
	const cells = new Map<string, { cell: GridCell; members: P[] }>();
	const sorted = partners
		.filter((p) => !p.home)
		.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (const p of sorted) {
		const cell = gridCell(p);
		const key = `${cell.interest},${cell.influence}`;
		const entry = cells.get(key) ?? { cell, members: [] };
		entry.members.push(p);
		cells.set(key, entry);
	}
	return [...cells.values()];
}
