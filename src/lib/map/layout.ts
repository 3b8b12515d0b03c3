/**
 * The stakeholder map's three layouts, as pure maths: partners and connections in, `{id, x, y, r}`
 * nodes, placed labels and view guides out. D3 computes, Svelte (or the SVG export) draws.
 * Deterministic: the force layout uses a seeded random source and runs synchronously.
 */

import {
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type Force,
	type SimulationNodeDatum
} from 'd3-force';
import { randomLcg } from 'd3-random';
import type { Connection, MapView, Partner } from '$lib/domain/types';
import { placeLabels, type PlacedLabel } from './labels';
import { fromStored, ringAngles } from './rings';
import { gridCells, HIGH_FROM } from './grid';

export type { MapView };

/** The map's own coordinate space (saved x/y live in it); the SVG scales it to the screen. */
const MAP_WIDTH = 1200;
const MAP_HEIGHT = 760;

/**
 * `home` marks the workshop's own organisation: the centre of the network and rings views. `size`
 * (1–5) sizes the node when set (style by attribute); otherwise influence does.
 */
export type MapPartner = Pick<
	Partner,
	'id' | 'name' | 'sector' | 'phase' | 'influence' | 'interest' | 'x' | 'y' | 'pinned' | 'ringAngle'
> & {
	home?: boolean;
	size?: number;
};
export type MapConnection = Pick<Connection, 'id' | 'sourceId' | 'targetId' | 'strength'>;

export interface NodeLayout {
	id: string;
	x: number;
	y: number;
	r: number;
	/**
	 * Rings view only: the ellipse (centred on the canvas) the node sits on, for dragging it along
	 * its ring. Absent where the position is not free on a ring (the home organisation, other views).
	 */
	orbit?: { rx: number; ry: number };
}

export { quadrantOf, type Quadrant } from './grid';

export interface RingGuide {
	phase: number;
	rx: number;
	ry: number;
}

export interface GridGuide {
	/** The plot area. */
	left: number;
	top: number;
	width: number;
	height: number;
	/** Where the quadrant lines cross: between 2 and 3 on each 1–5 scale. */
	splitX: number;
	splitY: number;
}

export interface MapLayout {
	view: MapView;
	width: number;
	height: number;
	nodes: NodeLayout[];
	labels: PlacedLabel[];
	rings: RingGuide[];
	grid: GridGuide | null;
}

export interface LayoutOptions {
	seed?: number;
	fontSize?: number;
	/** Force-layout ticks; default `ticksFor(count)` (the bench compares budgets with it). */
	ticks?: number;
	/** Labels only where they are nearer to their own node than to any other (`placeLabels`'s `ownedOnly`). */
	ownedLabels?: boolean;
}

/** Node radius from influence (1–5): area grows with influence. */
function nodeRadius(influence: number): number {
	const i = Math.min(5, Math.max(1, influence || 1));
	return 8 + i * 3.5;
}

/** Larger maps get a larger canvas, so that nodes and labels keep their room. */
export function canvasSize(count: number): { width: number; height: number } {
	const scale = Math.max(1, Math.sqrt(count / 45));
	return { width: Math.round(MAP_WIDTH * scale), height: Math.round(MAP_HEIGHT * scale) };
}

/**
 * Fewer ticks for big maps: the layout stays readable and the page responsive. Chosen from the
 * bench's crossings/overlaps/time figures (`layoutQuality` in `src/testing/layout-quality.ts`, docs/map.md): at 200 partners, 120 ticks
 * with the collision force every second tick (`COLLIDE_EVERY`) cross about as few edges as 150 ticks
 * with it every tick, in about 60% of the CPU time. Overlaps left by few ticks are removed by a
 * collision-only pass afterwards (`separate`).
 */
export function ticksFor(count: number): number {
	return count <= 80 ? 300 : count <= 250 ? 120 : 50;
}

/**
 * The collision force (room for a node and its label) runs on one tick in this many. It is the
 * costliest force after the charge; applied every tick it also pushes nodes across each other's
 * edges. Measured (seeded maps of 50, 200 and 1,000 partners): every second tick gives as few or
 * fewer crossings and leader lines, for 15–40% less time.
 */
export const COLLIDE_EVERY = 2;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

interface SimNode extends SimulationNodeDatum {
	id: string;
	r: number;
}

export function networkNodes(
	partners: readonly MapPartner[],
	connections: readonly MapConnection[],
	seed = 1,
	tickBudget?: number,
	collideEvery = COLLIDE_EVERY
): NodeLayout[] {
	const { width, height } = canvasSize(partners.length);
	const cx = width / 2;
	const cy = height / 2;
	const margin = 40;
	// Copies: the simulation mutates its nodes, and the caller's partners must stay untouched.
	const nodes: SimNode[] = [...partners].sort(byId).map((p, i) => {
		const placed = p.x !== null && p.y !== null;
		// Unplaced nodes start on d3's own phyllotaxis spiral, but around the centre rather than 0,0.
		const radius = 10 * Math.sqrt(0.5 + i);
		const angle = i * Math.PI * (3 - Math.sqrt(5));
		// The home organisation stays at the centre unless the team pinned it elsewhere.
		if (p.home && !(placed && p.pinned))
			return { id: p.id, r: nodeRadius(p.size ?? p.influence), x: cx, y: cy, fx: cx, fy: cy };
		return {
			id: p.id,
			r: nodeRadius(p.size ?? p.influence),
			x: placed ? p.x! : cx + radius * Math.cos(angle),
			y: placed ? p.y! : cy + radius * Math.sin(angle),
			...(placed && p.pinned ? { fx: p.x!, fy: p.y! } : {})
		};
	});
	const ids = new Set(nodes.map((n) => n.id));
	const links = connections
		.filter((c) => ids.has(c.sourceId) && ids.has(c.targetId) && c.sourceId !== c.targetId)
		.map((c) => ({ source: c.sourceId, target: c.targetId, strength: c.strength }));
	const ticks = tickBudget ?? ticksFor(nodes.length);
	const sim = forceSimulation(nodes)
		.randomSource(randomLcg(seed))
		.alphaDecay(1 - Math.pow(0.001, 1 / ticks))
		.force(
			'link',
			forceLink<
				SimNode,
				(typeof links)[number] & { source: string | SimNode; target: string | SimNode }
			>(links)
				.id((d) => d.id)
				.distance(150)
				.strength((l) => 0.05 + 0.05 * l.strength)
		)
		// theta 1.2 (d3's default is 0.9): a coarser Barnes–Hut estimate, invisible at this scale, ~20% faster.
		.force('charge', forceManyBody<SimNode>().strength(-260).distanceMax(500).theta(1.2))
		// Room for the node and for a label beside it.
		.force(
			'collide',
			every(
				collideEvery,
				forceCollide<SimNode>((d) => d.r + 34)
			)
		)
		.force('x', forceX<SimNode>(width / 2).strength(0.05))
		.force('y', forceY<SimNode>(height / 2).strength(0.08))
		.stop();
	sim.tick(ticks);
	// With nothing placed by hand, stretch the result to use the canvas (leaving room for labels).
	if (!partners.some((p) => p.x !== null) && nodes.length > 1) fit(nodes, width, height);
	separate(nodes, width, height, margin);
	return nodes.map((n) => ({
		id: n.id,
		r: n.r,
		x: n.fx != null ? n.fx : clamp(n.x ?? width / 2, margin, width - margin),
		y: n.fy != null ? n.fy : clamp(n.y ?? height / 2, margin, height - margin)
	}));
}

/** A force applied on one tick in `n` only (1 = every tick). */
function every<F extends Force<SimNode, undefined>>(
	n: number,
	force: F
): Force<SimNode, undefined> {
	if (n <= 1) return force;
	let tick = 0;
	const sparse = (alpha: number) => {
		if (tick++ % n === 0) force(alpha);
	};
	sparse.initialize = (nodes: SimNode[], random: () => number) => force.initialize?.(nodes, random);
	return sparse;
}

/**
 * A collision-only pass: pushes apart node discs (r + 4 px) that a short simulation left overlapping,
 * fixed nodes staying put. A few rounds of d3's forceCollide without any other force; deterministic.
 */
function separate(nodes: SimNode[], width: number, height: number, margin: number): void {
	const collide = forceCollide<SimNode>((d) => d.r + 4)
		.strength(1)
		.iterations(2);
	collide.initialize(nodes, () => 0.5);
	for (let round = 0; round < 12; round++) {
		for (const n of nodes) n.vx = n.vy = 0;
		collide(1);
		let moved = false;
		for (const n of nodes) {
			if (n.fx != null) continue;
			if (n.vx || n.vy) moved = true;
			n.x = clamp((n.x ?? 0) + (n.vx ?? 0), margin, width - margin);
			n.y = clamp((n.y ?? 0) + (n.vy ?? 0), margin, height - margin);
		}
		if (!moved) break;
	}
}

function fit(nodes: SimNode[], width: number, height: number): void {
	const xs = nodes.map((n) => n.x ?? 0);
	const ys = nodes.map((n) => n.y ?? 0);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const mx = 170;
	const my = 70;
	const s = Math.min(
		(width - 2 * mx) / Math.max(1, x1 - x0),
		(height - 2 * my) / Math.max(1, y1 - y0)
	);
	if (s <= 1) return;
	// A fixed node (the home organisation) keeps its place; the rest stretch around it.
	const anchor = nodes.find((n) => n.fx != null);
	const ax = anchor ? anchor.fx! : (x0 + x1) / 2;
	const ay = anchor ? anchor.fy! : (y0 + y1) / 2;
	for (const n of nodes) {
		if (n === anchor) continue;
		n.x = (anchor ? ax : width / 2) + ((n.x ?? 0) - ax) * s;
		n.y = (anchor ? ay : height / 2) + ((n.y ?? 0) - ay) * s;
	}
}

/** Ring index for a relationship phase: phase 6 at the centre (0), candidates outermost (6). */
export function ringIndex(phase: number): number {
	return 6 - clamp(phase, 0, 6);
}

/** Gap (map units) between the discs of two neighbours on a ring. */
const RING_GAP = 10;

/**
 * Rings by relationship phase, each sized by how many partners it holds: a ring's smaller radius is
 * at least m × (largest diameter + RING_GAP) / 2π, so that its partners never overlap (on an ellipse
 * wider than tall, neighbours are closest at the left and right ends, where they are ry·Δθ apart).
 * m is the ring's partner count, plus one per partner whose angle the team chose (`ringAngle`): a
 * placed partner keeps its angle and keeps the others a full gap away on both sides (`ringAngles`).
 * The home organisation sits at the centre. Returns the canvas size too: crowded rings enlarge it.
 */
export function ringsLayout(partners: readonly MapPartner[]): {
	nodes: NodeLayout[];
	rings: RingGuide[];
	width: number;
	height: number;
} {
	const base = canvasSize(partners.length);
	const home = partners.find((p) => p.home);
	const groups = new Map<number, MapPartner[]>();
	for (const p of partners) {
		if (p === home) continue;
		const k = ringIndex(p.phase);
		groups.set(k, [...(groups.get(k) ?? []), p]);
	}
	// Ellipses that use the canvas's width; the centre keeps a small disc for phase 6 (or home).
	const stepX = (base.width / 2 - 60) / 6.4;
	const stepY = (base.height / 2 - 40) / 6.4;
	const aspect = stepX / stepY;
	const centreAlone = !home && (groups.get(0)?.length ?? 0) === 1;
	const placedAngle = (p: MapPartner) =>
		p.ringAngle === null || p.ringAngle === undefined || !Number.isFinite(p.ringAngle)
			? null
			: fromStored(p.ringAngle);
	// Node-ring radii (y), innermost first, each clear of the one inside it.
	const ry: number[] = [];
	const largestOn: number[] = [];
	let inner = home ? nodeRadius(home.size ?? home.influence) : 0;
	for (let k = 0; k <= 6; k++) {
		const members = groups.get(k) ?? [];
		const largest = Math.max(0, ...members.map((p) => nodeRadius(p.size ?? p.influence)));
		const slots = members.length + members.filter((p) => placedAngle(p) !== null).length;
		const need = (slots * (2 * largest + RING_GAP)) / (2 * Math.PI);
		const natural = k === 0 ? 0.45 * stepY : k * stepY;
		const r =
			k === 0 && centreAlone
				? 0
				: Math.max(natural, need, k === 0 && !home ? 0 : inner + largest + RING_GAP);
		ry.push(r);
		largestOn.push(largest);
		inner = r + largest;
	}
	const guideRy = ry.map((r, k) => Math.max((k + 0.4) * stepY, r + 0.4 * stepY));
	const outer = guideRy[6];
	const width = Math.max(base.width, Math.round(2 * (outer * aspect + 60)));
	const height = Math.max(base.height, Math.round(2 * (outer + 40)));
	const cx = width / 2;
	const cy = height / 2;
	const rings: RingGuide[] = guideRy.map((r, k) => ({ phase: 6 - k, rx: r * aspect, ry: r }));
	const nodes: NodeLayout[] = [];
	if (home) nodes.push({ id: home.id, r: nodeRadius(home.size ?? home.influence), x: cx, y: cy });
	for (const [k, members] of groups) {
		// Sector, then name: neighbours on a ring share a sector, and the order is stable.
		const sorted = [...members].sort(
			(a, b) => a.sector.localeCompare(b.sector) || a.name.localeCompare(b.name) || byId(a, b)
		);
		const orbit = { rx: ry[k] * aspect, ry: ry[k] };
		const gap = ry[k] > 0 ? (2 * largestOn[k] + RING_GAP) / ry[k] : 0;
		// The first free slot starts half a step off the top, where the ring's name is written.
		const angles = ringAngles(sorted.map(placedAngle), gap, -Math.PI / 2 + (k % 2) * 0.25);
		sorted.forEach((p, i) => {
			nodes.push({
				id: p.id,
				r: nodeRadius(p.size ?? p.influence),
				x: cx + orbit.rx * Math.cos(angles[i]),
				y: cy + orbit.ry * Math.sin(angles[i]),
				...(orbit.ry > 0 ? { orbit } : {})
			});
		});
	}
	return { nodes: nodes.sort(byId), rings, width, height };
}

function gridLayout(partners: readonly MapPartner[]): { nodes: NodeLayout[]; grid: GridGuide } {
	const { width, height } = canvasSize(partners.length);
	const grid = { left: 90, top: 40, width: width - 120, height: height - 100 };
	const bw = grid.width / 5;
	const bh = grid.height / 5;
	const nodes: NodeLayout[] = [];
	// The cells come from grid.ts, as the PDF's map figure's do.
	for (const { cell, members } of gridCells(partners)) {
		const x0 = grid.left + (cell.interest - 1) * bw;
		const y0 = grid.top + (5 - cell.influence) * bh;
		const cols = Math.max(1, Math.ceil(Math.sqrt((members.length * bw) / bh)));
		const rows = Math.ceil(members.length / cols);
		members.forEach((p, i) => {
			const col = i % cols;
			const row = Math.floor(i / cols);
			nodes.push({
				id: p.id,
				r: nodeRadius(p.size ?? p.influence),
				x: x0 + ((col + 0.5) * bw) / cols,
				y: y0 + ((row + 0.5) * bh) / rows
			});
		});
	}
	return {
		nodes: nodes.sort(byId),
		grid: {
			...grid,
			splitX: grid.left + (HIGH_FROM - 1) * bw,
			splitY: grid.top + (5 - HIGH_FROM + 1) * bh
		}
	};
}

/** One view of the map, labels placed. */
export function layoutMap(
	partners: readonly MapPartner[],
	connections: readonly MapConnection[],
	view: MapView,
	options: LayoutOptions = {}
): MapLayout {
	let { width, height } = canvasSize(partners.length);
	const names = new Map(partners.map((p) => [p.id, p.name]));
	let nodes: NodeLayout[];
	let rings: RingGuide[] = [];
	let grid: GridGuide | null = null;
	if (view === 'rings') ({ nodes, rings, width, height } = ringsLayout(partners));
	else if (view === 'grid') ({ nodes, grid } = gridLayout(partners));
	else nodes = networkNodes(partners, connections, options.seed ?? 1, options.ticks);
	if (view === 'grid') {
		// In the grid the nodes are smaller: the cell, not the size, carries influence.
		nodes = nodes.map((n) => ({ ...n, r: Math.min(n.r, 14) }));
	}
	const fontSize = options.fontSize ?? 14;
	// The rings' names are written at the top of each ring (not the innermost, phase 6): labels keep off them.
	const ringNames = rings
		.filter((r) => r.phase < 6)
		.map((r) => ({
			x: width / 2 - 3.2 * fontSize,
			y: height / 2 - r.ry,
			width: 6.4 * fontSize,
			height: fontSize * 1.3
		}));
	// The home organisation's label is placed first: the spot right beside the centre is its own.
	const home = new Set(partners.filter((p) => p.home).map((p) => p.id));
	const labels = placeLabels(
		nodes,
		names,
		{ width, height },
		fontSize,
		ringNames,
		home,
		options.ownedLabels ?? false
	);
	return { view, width, height, nodes, labels, rings, grid };
}
