/**
 * Style by attribute (what Kumu users expect): which colour and size a node gets, and the legend that
 * follows. Colour by sector, relationship phase, status decision or role coverage; size by influence,
 * interest or number of people. Shape always stays sector, and every colour also has a short text
 * cue drawn in the node (`badge`), so colour is never the only cue. Pure: no DOM, no Svelte.
 */

import type { Partner, Person } from '$lib/domain/types';
import { m } from '$lib/paraglide/messages.js';
import { sectorStyle } from './sectors';
import { phaseShort } from './text';

export type ColourBy = 'sector' | 'phase' | 'decision' | 'coverage';
export type SizeBy = 'influence' | 'interest' | 'people';
export const COLOUR_BYS: readonly ColourBy[] = ['sector', 'phase', 'decision', 'coverage'];
export const SIZE_BYS: readonly SizeBy[] = ['influence', 'interest', 'people'];

type Styled = Pick<Partner, 'id' | 'sector' | 'phase' | 'influence' | 'interest' | 'decision'> & {
	home?: boolean;
};

/** Candidate (0) to phase 6, light to dark along one blue–green ramp; each ≥ 3:1 against white. */
const PHASE_COLOURS = ['#8a6d00', '#b54708', '#c11574', '#6941c6', '#1570ef', '#0e7090', '#067647'];

/** A relationship phase's colour (0 = candidate, 1–6), on screen and in the PDF's map figure. */
export function phaseColour(phase: number): string {
	return PHASE_COLOURS[Math.min(6, Math.max(0, Math.round(phase) || 0))];
}
const DECISION_COLOURS: Record<string, string> = {
	sustain: '#067647',
	refine: '#1570ef',
	expand: '#6941c6',
	terminate: '#b42318',
	none: '#667085'
};
/** 0 to 4 of the four roles covered: red to green. */
const COVERAGE_COLOURS = ['#b42318', '#b54708', '#8a6d00', '#0e7090', '#067647'];

export interface NodeStyle {
	colour: string;
	/** Up to 2 characters drawn inside the node: the value the colour stands for. */
	badge: string;
	/** The value in words, for the node's accessible name and the legend. */
	value: string;
}

/** People per partner and how many of the four roles they cover. */
export function peopleStats(
	people: readonly Pick<Person, 'partnerId' | 'roles'>[]
): Map<string, { count: number; roles: number }> {
	const byPartner = new Map<string, { count: number; roles: Set<string> }>();
	for (const p of people) {
		const entry = byPartner.get(p.partnerId) ?? { count: 0, roles: new Set<string>() };
		entry.count++;
		for (const r of p.roles) entry.roles.add(r);
		byPartner.set(p.partnerId, entry);
	}
	return new Map([...byPartner].map(([id, e]) => [id, { count: e.count, roles: e.roles.size }]));
}

function decisionWord(kind: string): string {
	if (kind === 'sustain') return m.map_decision_sustain();
	if (kind === 'refine') return m.map_decision_refine();
	if (kind === 'expand') return m.map_decision_expand();
	if (kind === 'terminate') return m.map_decision_terminate();
	return m.map_decision_none();
}

/** A node's colour and text cue under `by`. */
export function nodeStyle(
	p: Styled,
	by: ColourBy,
	stats: ReadonlyMap<string, { count: number; roles: number }>
): NodeStyle {
	if (by === 'phase') {
		const phase = Math.min(6, Math.max(0, p.phase));
		return {
			colour: phaseColour(phase),
			badge: phase === 0 ? 'C' : String(phase),
			value: phaseShort(phase)
		};
	}
	if (by === 'decision') {
		const kind = p.decision?.kind ?? 'none';
		return {
			colour: DECISION_COLOURS[kind],
			badge: kind === 'none' ? '–' : kind[0].toUpperCase(),
			value: decisionWord(kind)
		};
	}
	if (by === 'coverage') {
		const roles = stats.get(p.id)?.roles ?? 0;
		return {
			colour: COVERAGE_COLOURS[roles],
			badge: String(roles),
			value: m.map_coverageValue({ n: roles })
		};
	}
	const sector = sectorStyle(p.sector);
	return { colour: sector.colour, badge: '', value: sector.label };
}

/** The 1–5 value that sizes a node under `by` (people: 0 → 1, 4 or more → 5). */
export function sizeValue(
	p: Styled,
	by: SizeBy,
	stats: ReadonlyMap<string, { count: number; roles: number }>
): number {
	if (by === 'interest') return p.interest;
	if (by === 'people') return Math.min(5, 1 + (stats.get(p.id)?.count ?? 0));
	return p.influence;
}

/** The partners with `size` set from the chosen attribute (the layout sizes nodes by it); as given for influence. */
export function withSizes<P extends Styled>(
	partners: readonly P[],
	by: SizeBy,
	people: readonly Person[]
): readonly (P & { size?: number })[] {
	if (by === 'influence') return partners;
	const stats = peopleStats(people);
	return partners.map((p) => ({ ...p, size: sizeValue(p, by, stats) }));
}

export interface StyleLegendEntry {
	key: string;
	colour: string;
	badge: string;
	label: string;
	count: number;
}

/** Legend entries for a colour attribute other than sector (sector keeps its shape legend), in value order. */
export function colourLegend(
	partners: readonly Styled[],
	by: ColourBy,
	stats: ReadonlyMap<string, { count: number; roles: number }>
): StyleLegendEntry[] {
	if (by === 'sector') return [];
	const entries = new Map<string, StyleLegendEntry>();
	for (const p of partners) {
		if (p.home) continue;
		const s = nodeStyle(p, by, stats);
		const e = entries.get(s.value) ?? {
			key: s.value,
			colour: s.colour,
			badge: s.badge,
			label: s.value,
			count: 0
		};
		e.count++;
		entries.set(s.value, e);
	}
	const order =
		by === 'phase'
			? PHASE_COLOURS
			: by === 'decision'
				? Object.values(DECISION_COLOURS)
				: COVERAGE_COLOURS;
	return [...entries.values()].sort((a, b) => order.indexOf(a.colour) - order.indexOf(b.colour));
}
