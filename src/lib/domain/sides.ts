/**
 * The two (or more) sides of a cross-sector partnership: which side a participant speaks for, how
 * results split by side, when a side is too small to show on its own in an anonymous workshop, and
 * where the sides differ most. Pure: no Svelte, Dexie or DOM.
 *
 * Sides are a short list (`SIDES` in `types.ts`) grouped from the stakeholder map's sectors, so a
 * clinic's staff and a food bank's staff land on different sides whatever words they use.
 */

import { SIDES, type ParticipantResponse, type Sector, type Side } from './types';

/** Each preset map sector's side of the partnership. */
export const SECTOR_SIDES: Record<Sector, Side> = {
	hospital: 'health-care',
	clinic: 'health-care',
	'health-plan': 'health-care',
	'behavioral-health': 'health-care',
	'public-health': 'public-agency',
	government: 'public-agency',
	housing: 'community',
	food: 'community',
	'social-services': 'community',
	'faith-community': 'community',
	education: 'community',
	workforce: 'community',
	foundation: 'other',
	internal: 'other',
	other: 'other'
};

/**
 * The fewest answers a side may have to be shown on its own in an anonymous workshop: with fewer,
 * the group's answers would name its members to anyone who knows who came from where.
 */
export const MIN_SIDE_GROUP = 3;

/** A side, or '' for participants who did not say. */
export type SideOrUnsaid = Side | '';

/** The sides a split lists, in order: the four sides, then "not said". */
export const SPLIT_ORDER: readonly SideOrUnsaid[] = [...SIDES, ''];

export interface SideGroup<R> {
	side: SideOrUnsaid;
	/** The group's responses; empty when `hidden` (never hand a hidden group's rows to a view). */
	responses: R[];
	/** How many responses the group has (also when hidden). */
	count: number;
	/** True when the workshop is anonymous and the group has 1 to `MIN_SIDE_GROUP - 1` responses. */
	hidden: boolean;
}

/** The side a response speaks for ('' when not said or not one of `SIDES`). */
export function sideOf(response: Pick<ParticipantResponse, 'side'>): SideOrUnsaid {
	const side = response.side ?? '';
	return (SIDES as readonly string[]).includes(side) ? (side as Side) : '';
}

/**
 * Responses grouped by side, in `SPLIT_ORDER`, groups with no response left out. In an anonymous
 * workshop a group smaller than `MIN_SIDE_GROUP` is `hidden`: it keeps its count (so the screen can
 * say why it is not shown) but none of its rows.
 */
export function splitBySide<R extends Pick<ParticipantResponse, 'side'>>(
	responses: readonly R[],
	anonymous: boolean
): SideGroup<R>[] {
	const groups = new Map<SideOrUnsaid, R[]>();
	for (const r of responses) {
		const side = sideOf(r);
		const list = groups.get(side) ?? [];
		list.push(r);
		groups.set(side, list);
	}
	return SPLIT_ORDER.filter((s) => groups.has(s)).map((side) => {
		const rows = groups.get(side)!;
		const hidden = anonymous && rows.length < MIN_SIDE_GROUP;
		return { side, responses: hidden ? [] : rows, count: rows.length, hidden };
	});
}

/**
 * How far apart two distributions of answers are: half the sum of the differences between their
 * shares of each value (total variation distance), from 0 (same shares) to 1 (no value in common).
 * Counts are per value (`{ 'in-place': 3, 'not-in-place': 1 }`); an empty distribution is 0 apart from
 * anything (nothing to compare).
 */
export function distributionGap(
	a: Readonly<Record<string, number>>,
	b: Readonly<Record<string, number>>
): number {
	const total = (d: Readonly<Record<string, number>>) =>
		Object.values(d).reduce((sum, n) => sum + n, 0);
	const ta = total(a);
	const tb = total(b);
	if (ta === 0 || tb === 0) return 0;
	let sum = 0;
	for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
		sum += Math.abs((a[key] ?? 0) / ta - (b[key] ?? 0) / tb);
	return sum / 2;
}

/** A gap at or above which the sides are marked as differing on an item. */
export const SIDES_DIFFER_AT = 0.5;

/**
 * The largest gap between any two of the given groups' distributions for one item, and whether it
 * marks the item as one where the sides differ (`SIDES_DIFFER_AT`). Hidden groups are never compared
 * (their rows are not there).
 */
export function sideGap(distributions: readonly Readonly<Record<string, number>>[]): {
	gap: number;
	differ: boolean;
} {
	let gap = 0;
	for (let i = 0; i < distributions.length; i++)
		for (let j = i + 1; j < distributions.length; j++)
			gap = Math.max(gap, distributionGap(distributions[i], distributions[j]));
	return { gap, differ: gap >= SIDES_DIFFER_AT };
}
