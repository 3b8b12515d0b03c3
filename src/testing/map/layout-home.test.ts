import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import { COLLIDE_EVERY, layoutMap, ringsLayout, ticksFor, type MapPartner } from '$lib/map/layout';
import { edgeCrossings, layoutQuality, nodeOverlaps } from '$testing/layout-quality';
import { syntheticMap } from '$testing/synthetic-map';

const demo = buildDemoBundle('w', Date.UTC(2026, 0, 10));
const home = demo.partners.find((p) => p.home)!;

describe('the home organisation on the map', () => {
	it('sits at the centre of the network and rings views', () => {
		for (const view of ['network', 'rings'] as const) {
			const layout = layoutMap(demo.partners, demo.connections, view);
			const node = layout.nodes.find((n) => n.id === home.id)!;
			expect([node.x, node.y]).toEqual([layout.width / 2, layout.height / 2]);
			expect(nodeOverlaps(layout.nodes)).toBe(0);
		}
	});

	it('has no place on the power/interest grid', () => {
		const grid = layoutMap(demo.partners, demo.connections, 'grid');
		expect(grid.nodes.map((n) => n.id)).not.toContain(home.id);
		expect(grid.nodes).toHaveLength(demo.partners.length - 1);
	});

	it('has its label right beside it, before any other label is placed (demo and 300 partners)', () => {
		const big = syntheticMap(300);
		const withHome = [
			{ ...big.partners[0], home: true, name: home.name },
			...big.partners.slice(1)
		];
		for (const [partners, connections] of [
			[demo.partners, demo.connections],
			[withHome, big.connections]
		] as const) {
			for (const view of ['network', 'rings'] as const) {
				const layout = layoutMap(partners, connections, view, { fontSize: 30 });
				const id = partners.find((p) => p.home)!.id;
				const node = layout.nodes.find((n) => n.id === id)!;
				const label = layout.labels.find((l) => l.id === id)!;
				// No leader line: the label touches its node.
				expect(label.leader).toBe(false);
				const dx = Math.max(label.x - node.x, 0, node.x - (label.x + label.width));
				const dy = Math.max(label.y - node.y, 0, node.y - (label.y + label.height));
				expect(Math.hypot(dx, dy)).toBeLessThanOrEqual((node.r + 4) * 1.1);
			}
		}
	});

	it('stays where the team pinned it', () => {
		const moved = demo.partners.map((p) => (p.home ? { ...p, x: 100, y: 120, pinned: true } : p));
		const node = layoutMap(moved, demo.connections, 'network').nodes.find((n) => n.id === home.id)!;
		expect([node.x, node.y]).toEqual([100, 120]);
	});
});

describe('ring capacity', () => {
	const partner = (i: number, phase: MapPartner['phase']): MapPartner => ({
		id: `p${String(i).padStart(2, '0')}`,
		name: `Partner ${i}`,
		sector: 'other',
		phase,
		influence: 5,
		interest: 3,
		x: null,
		y: null,
		pinned: false
	});

	it('gives 11 partners in phase 5 (of 12) room enough not to overlap', () => {
		const partners = [...Array.from({ length: 11 }, (_, i) => partner(i, 5)), partner(11, 1)];
		const { nodes, rings } = ringsLayout(partners);
		expect(nodeOverlaps(nodes)).toBe(0);
		// Rings stay nested: each guide outside the one inside it.
		for (let k = 1; k < rings.length; k++) expect(rings[k].ry).toBeGreaterThan(rings[k - 1].ry);
	});

	it('grows the canvas when one ring holds a hundred partners, with the home organisation at the centre', () => {
		const partners = [
			{ ...partner(999, 0), home: true },
			...Array.from({ length: 100 }, (_, i) => partner(i, 3))
		];
		const r = ringsLayout(partners);
		expect(nodeOverlaps(r.nodes)).toBe(0);
		expect(r.width).toBeGreaterThan(1200);
		expect(r.nodes.find((n) => n.id === 'p999')).toMatchObject({ x: r.width / 2, y: r.height / 2 });
	});
});

describe('layout quality at the chosen tick budget (seeded)', () => {
	it('counts crossings and overlaps exactly', () => {
		const nodes = [
			{ id: 'a', x: 0, y: 0, r: 5 },
			{ id: 'b', x: 10, y: 10, r: 5 },
			{ id: 'c', x: 0, y: 10, r: 5 },
			{ id: 'd', x: 10, y: 0, r: 5 }
		];
		const c = (s: string, t: string) => ({ id: s + t, sourceId: s, targetId: t, strength: 1 });
		expect(edgeCrossings(nodes, [c('a', 'b'), c('c', 'd')])).toBe(1);
		expect(edgeCrossings(nodes, [c('a', 'b'), c('a', 'c')])).toBe(0);
		expect(nodeOverlaps(nodes)).toBe(0);
		expect(nodeOverlaps([...nodes, { id: 'e', x: 3, y: 3, r: 5 }])).toBe(3);
	});

	it('200 partners: 120 ticks (collision every 2nd), no overlaps, about as few crossings as 150 ticks and a quarter fewer than 90', () => {
		expect(ticksFor(200)).toBe(120);
		expect(COLLIDE_EVERY).toBe(2);
		const chosen = layoutQuality(200, syntheticMap);
		const fewer = layoutQuality(200, syntheticMap, 90, undefined, 1);
		const more = layoutQuality(200, syntheticMap, 150, undefined, 1);
		expect(chosen.overlaps).toBe(0);
		expect(chosen.crossings).toBeLessThanOrEqual(3_000);
		expect(chosen.crossings).toBeLessThan(fewer.crossings * 0.8);
		expect(chosen.crossings).toBeLessThanOrEqual(more.crossings * 1.05);
		expect(layoutQuality(200, syntheticMap).crossings).toBe(chosen.crossings);
	});

	it('1,000 partners: 50 ticks and no overlapping nodes', () => {
		expect(ticksFor(1000)).toBe(50);
		const q = layoutQuality(1000, syntheticMap);
		expect(q.overlaps).toBe(0);
		expect(q.crossings).toBeLessThanOrEqual(105_000);
	});
});
