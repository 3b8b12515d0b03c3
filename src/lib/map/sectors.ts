/**
 * Sector presets for the stakeholder map: each has a label, a colour and its own shape, so colour is
 * never the only cue. A partner's sector may also be a label the team typed; such sectors share a
 * neutral colour and shape but keep their own name in the legend. A preset's label is read from the
 * message catalogue each time it is asked for, so it speaks the current language (the interface's,
 * or the workshop's inside `inLocale()` for the PDF and CSV). Pure: no DOM, no Svelte.
 */

import type { Partner, Sector } from '$lib/domain/types';
import { m } from '$lib/paraglide/messages.js';

type ShapeKind =
	| 'circle'
	| 'square'
	| 'diamond'
	| 'triangle'
	| 'triangle-down'
	| 'pentagon'
	| 'hexagon'
	| 'octagon'
	| 'star4'
	| 'star5'
	| 'star6'
	| 'plus'
	| 'cross'
	| 'heptagon'
	| 'rounded'
	| 'ring';

interface SectorStyle {
	/** The preset id, or the custom label itself. */
	id: string;
	label: string;
	/** Fill colour; each has at least 3:1 contrast against white. */
	colour: string;
	shape: ShapeKind;
	preset: boolean;
}

const preset = (id: Sector, name: () => string, colour: string, shape: ShapeKind): SectorStyle => ({
	id,
	get label() {
		return name();
	},
	colour,
	shape,
	preset: true
});

export const SECTORS: readonly SectorStyle[] = [
	preset('hospital', m.map_sector_hospital, '#b42318', 'square'),
	preset('clinic', m.map_sector_clinic, '#c2410c', 'circle'),
	preset('health-plan', m.map_sector_health_plan, '#7a3e9d', 'diamond'),
	preset('public-health', m.map_sector_public_health, '#1d6f42', 'triangle'),
	preset('housing', m.map_sector_housing, '#8a5a00', 'pentagon'),
	preset('food', m.map_sector_food, '#3f7d1f', 'hexagon'),
	preset('behavioral-health', m.map_sector_behavioral_health, '#1f5fa8', 'star5'),
	preset('social-services', m.map_sector_social_services, '#a3316f', 'triangle-down'),
	preset('faith-community', m.map_sector_faith_community, '#0f6f7a', 'star6'),
	preset('education', m.map_sector_education, '#5b4bc4', 'star4'),
	preset('workforce', m.map_sector_workforce, '#6d5d1c', 'plus'),
	preset('government', m.map_sector_government, '#334e68', 'octagon'),
	preset('foundation', m.map_sector_foundation, '#9c4221', 'heptagon'),
	preset('internal', m.map_sector_internal, '#17242b', 'rounded'),
	preset('other', m.map_sector_other, '#5c6b73', 'cross')
];

const BY_ID = new Map(SECTORS.map((s) => [s.id, s]));

/** Custom sectors: a neutral grey and a ring, whatever their label. */
const CUSTOM_COLOUR = '#6b7280';

export function isPresetSector(sector: string): boolean {
	return BY_ID.has(sector);
}

export function sectorStyle(sector: string): SectorStyle {
	const found = BY_ID.get(sector);
	if (found) return found;
	if (!sector.trim()) return BY_ID.get('other')!;
	return { id: sector, label: sector.trim(), colour: CUSTOM_COLOUR, shape: 'ring', preset: false };
}

export interface LegendEntry extends SectorStyle {
	count: number;
}

/** One entry per sector in use (presets in their list order, then custom labels A–Z), with counts. */
export function legendEntries(
	partners: readonly (Pick<Partner, 'sector'> & { home?: boolean })[]
): LegendEntry[] {
	const counts = new Map<string, number>();
	// The home organisation has a legend entry of its own.
	for (const p of partners.filter((q) => !q.home)) {
		const id = sectorStyle(p.sector).id;
		counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	const presets = SECTORS.filter((s) => counts.has(s.id)).map((s) => ({
		...s,
		count: counts.get(s.id)!
	}));
	const custom = [...counts.keys()]
		.filter((id) => !BY_ID.has(id))
		.sort((a, b) => a.localeCompare(b))
		.map((id) => ({ ...sectorStyle(id), count: counts.get(id)! }));
	return [...presets, ...custom];
}

function polygon(points: [number, number][]): string {
	return `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}

function regular(sides: number, r: number, rotation = -Math.PI / 2): string {
	return polygon(
		Array.from({ length: sides }, (_, i) => {
			const a = rotation + (i * 2 * Math.PI) / sides;
			return [r * Math.cos(a), r * Math.sin(a)];
		})
	);
}

function star(points: number, outer: number, inner: number): string {
	return polygon(
		Array.from({ length: points * 2 }, (_, i) => {
			const a = -Math.PI / 2 + (i * Math.PI) / points;
			const r = i % 2 === 0 ? outer : inner;
			return [r * Math.cos(a), r * Math.sin(a)];
		})
	);
}

/**
 * An SVG path for a shape centred on 0,0 whose area is close to a circle of radius r, so that size
 * (influence) reads the same whatever the sector.
 */
/** The twelve corners of a plus sign of arm length 1.1 r and half-width 0.42 r, clockwise from the top. */
function plusPoints(r: number): [number, number][] {
	const a = r * 1.1;
	const b = r * 0.42;
	return [
		[-b, -a],
		[b, -a],
		[b, -b],
		[a, -b],
		[a, b],
		[b, b],
		[b, a],
		[-b, a],
		[-b, b],
		[-a, b],
		[-a, -b],
		[-b, -b]
	];
}

export function shapePath(shape: ShapeKind, r: number): string {
	switch (shape) {
		case 'circle':
			return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
		case 'ring': {
			const i = r * 0.55;
			return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0ZM${-i},0A${i},${i} 0 1,1 ${i},0A${i},${i} 0 1,1 ${-i},0Z`;
		}
		case 'square': {
			const s = r * 0.89;
			return polygon([
				[-s, -s],
				[s, -s],
				[s, s],
				[-s, s]
			]);
		}
		case 'rounded': {
			const s = r * 0.9;
			const c = r * 0.35;
			return `M${round(-s + c)},${round(-s)}H${round(s - c)}Q${round(s)},${round(-s)} ${round(s)},${round(-s + c)}V${round(s - c)}Q${round(s)},${round(s)} ${round(s - c)},${round(s)}H${round(-s + c)}Q${round(-s)},${round(s)} ${round(-s)},${round(s - c)}V${round(-s + c)}Q${round(-s)},${round(-s)} ${round(-s + c)},${round(-s)}Z`;
		}
		case 'diamond':
			return regular(4, r * 1.25);
		case 'triangle':
			return regular(3, r * 1.35);
		case 'triangle-down':
			return regular(3, r * 1.35, Math.PI / 2);
		case 'pentagon':
			return regular(5, r * 1.1);
		case 'hexagon':
			return regular(6, r * 1.07, 0);
		case 'heptagon':
			return regular(7, r * 1.05);
		case 'octagon':
			return regular(8, r * 1.04, Math.PI / 8);
		case 'star4':
			return star(4, r * 1.45, r * 0.6);
		case 'star5':
			return star(5, r * 1.35, r * 0.62);
		case 'star6':
			return star(6, r * 1.3, r * 0.7);
		case 'plus':
			return polygon(plusPoints(r));
		case 'cross': {
			// A plus turned 45°.
			const c = Math.SQRT1_2;
			return polygon(plusPoints(r).map(([x, y]) => [c * (x - y), c * (x + y)]));
		}
	}
}
