/**
 * How good and how fast the map's network layout is, for tests and `npm run bench`: overlapping
 * discs, crossing lines, and timings on synthetic maps (`synthetic-map.ts`). The app never measures.
 */

import {
	COLLIDE_EVERY,
	layoutMap,
	networkNodes,
	ticksFor,
	type MapConnection,
	type MapPartner,
	type NodeLayout
} from '$lib/map/layout';

/** Pairs of node discs that overlap (centres closer than the sum of radii, less 0.5 px). O(n log n)-ish grid. */
export function nodeOverlaps(nodes: readonly NodeLayout[]): number {
	const cell = 2 * Math.max(1, ...nodes.map((n) => n.r));
	const grid = new Map<string, NodeLayout[]>();
	let count = 0;
	for (const n of nodes) {
		const gx = Math.floor(n.x / cell);
		const gy = Math.floor(n.y / cell);
		for (let dx = -1; dx <= 1; dx++) {
			for (let dy = -1; dy <= 1; dy++) {
				for (const m of grid.get(`${gx + dx},${gy + dy}`) ?? []) {
					if (Math.hypot(n.x - m.x, n.y - m.y) < n.r + m.r - 0.5) count++;
				}
			}
		}
		const key = `${gx},${gy}`;
		grid.set(key, [...(grid.get(key) ?? []), n]);
	}
	return count;
}

/** Pairs of connections whose straight lines cross (sharing an end does not count). O(E²). */
export function edgeCrossings(
	nodes: readonly NodeLayout[],
	connections: readonly MapConnection[]
): number {
	const at = new Map(nodes.map((n) => [n.id, n]));
	const segs = connections
		.filter((c) => at.has(c.sourceId) && at.has(c.targetId) && c.sourceId !== c.targetId)
		.map((c) => ({ s: c.sourceId, t: c.targetId, a: at.get(c.sourceId)!, b: at.get(c.targetId)! }));
	const side = (p: NodeLayout, q: NodeLayout, r: NodeLayout) =>
		Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
	let count = 0;
	for (let i = 0; i < segs.length; i++) {
		const e = segs[i];
		for (let j = i + 1; j < segs.length; j++) {
			const f = segs[j];
			if (e.s === f.s || e.s === f.t || e.t === f.s || e.t === f.t) continue;
			if (
				side(e.a, e.b, f.a) * side(e.a, e.b, f.b) < 0 &&
				side(f.a, f.b, e.a) * side(f.a, f.b, e.b) < 0
			)
				count++;
		}
	}
	return count;
}

export interface LayoutTiming {
	partners: number;
	ticks: number;
	/** Force layout plus label placement, in milliseconds. */
	ms: number;
}

export interface LayoutQuality {
	partners: number;
	ticks: number;
	/** The collision force ran on one tick in this many. */
	collideEvery: number;
	/** Pairs of connection lines that cross. */
	crossings: number;
	/** Pairs of node discs that overlap. */
	overlaps: number;
	/** Network layout without labels, in milliseconds. */
	ms: number;
}

/**
 * Crossings, overlaps and time of the network layout for a synthetic map of `size` partners at a
 * tick budget (default `ticksFor`). Deterministic for the map's seed, except `ms`.
 */
export function layoutQuality(
	size: number,
	makeMap: (n: number) => { partners: MapPartner[]; connections: MapConnection[] },
	ticks: number = ticksFor(size),
	now: () => number = () => performance.now(),
	collideEvery: number = COLLIDE_EVERY
): LayoutQuality {
	const { partners, connections } = makeMap(size);
	const start = now();
	const nodes = networkNodes(partners, connections, 1, ticks, collideEvery);
	const ms = Math.round((now() - start) * 10) / 10;
	return {
		partners: size,
		ticks,
		collideEvery,
		crossings: edgeCrossings(nodes, connections),
		overlaps: nodeOverlaps(nodes),
		ms
	};
}

/**
 * Times the network layout (the heaviest view) with labels for synthetic maps of the given sizes.
 * `makeMap` is passed in so this module does not depend on the synthetic generator.
 */
export function layoutPerformance(
	sizes: readonly number[],
	makeMap: (n: number) => { partners: MapPartner[]; connections: MapConnection[] },
	now: () => number = () => performance.now()
): LayoutTiming[] {
	return sizes.map((n) => {
		const { partners, connections } = makeMap(n);
		const start = now();
		layoutMap(partners, connections, 'network');
		return { partners: n, ticks: ticksFor(n), ms: Math.round((now() - start) * 10) / 10 };
	});
}
