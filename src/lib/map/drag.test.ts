import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import {
	canMove,
	dragPosition,
	isPlaced,
	keyPlacement,
	pinPatch,
	placementAt,
	placementPatch
} from './drag';
import { layoutMap } from './layout';
import { angleOnOrbit } from './rings';

const demo = buildDemoBundle('w', Date.UTC(2026, 0, 10));
const network = layoutMap(demo.partners, demo.connections, 'network');
const rings = layoutMap(demo.partners, demo.connections, 'rings');
const grid = layoutMap(demo.partners, demo.connections, 'grid');
const someone = demo.partners.find((p) => !p.home)!;
const home = demo.partners.find((p) => p.home)!;
const nodeIn = (layout: typeof rings, id: string) => layout.nodes.find((n) => n.id === id)!;

describe('what can move where', () => {
	it('moves anything in the network, partners along their ring, nothing on the grid, not the home organisation on the rings', () => {
		expect(canMove(network, nodeIn(network, someone.id))).toBe(true);
		expect(canMove(rings, nodeIn(rings, someone.id))).toBe(true);
		expect(canMove(rings, nodeIn(rings, home.id))).toBe(false);
		expect(canMove(grid, nodeIn(grid, someone.id))).toBe(false);
	});

	it('keeps a dragged ring partner on its ring, wherever the pointer goes, and saves the angle', () => {
		const node = nodeIn(rings, someone.id);
		const cx = rings.width / 2;
		const cy = rings.height / 2;
		// Far out to the right of the centre: the right-hand end of its ring.
		const at = dragPosition(rings, node, cx + 5000, cy);
		expect(at.x).toBeCloseTo(cx + node.orbit!.rx);
		expect(at.y).toBeCloseTo(cy);
		expect(placementAt(rings, node, at.x, at.y)).toEqual({ ringAngle: 0 });
		// Below the centre: the bottom of its ring, 90°.
		const below = dragPosition(rings, node, cx, cy + 10);
		expect(placementAt(rings, node, below.x, below.y)).toEqual({ ringAngle: 90 });
	});

	it('clamps a network drag to the canvas and saves a pinned position', () => {
		const node = nodeIn(network, someone.id);
		expect(dragPosition(network, node, -50, network.height + 50)).toEqual({
			x: 0,
			y: network.height
		});
		expect(placementPatch(placementAt(network, node, 120, 80))).toEqual({
			x: 120,
			y: 80,
			pinned: true
		});
	});
});

describe('arrow keys on a focused node', () => {
	it('steps a network node 10 units (40 with Shift)', () => {
		const node = nodeIn(network, someone.id);
		expect(keyPlacement(network, node, 'ArrowLeft', false)).toEqual({
			x: Math.round(node.x - 10),
			y: Math.round(node.y)
		});
		expect(keyPlacement(network, node, 'ArrowDown', true)).toEqual({
			x: Math.round(node.x),
			y: Math.round(node.y + 40)
		});
		expect(keyPlacement(network, node, 'a', false)).toBeNull();
	});

	it('turns a ring node 5° clockwise with Right or Down, anticlockwise with Left or Up (20° with Shift)', () => {
		const node = nodeIn(rings, someone.id);
		const now =
			(angleOnOrbit(
				node.x,
				node.y,
				rings.width / 2,
				rings.height / 2,
				node.orbit!.rx,
				node.orbit!.ry
			) *
				180) /
			Math.PI;
		const turned = (key: string, big = false) =>
			(keyPlacement(rings, node, key, big) as { ringAngle: number }).ringAngle;
		const diff = (a: number) => ((((a - now) % 360) + 540) % 360) - 180;
		expect(diff(turned('ArrowRight'))).toBeCloseTo(5, 0);
		expect(diff(turned('ArrowDown'))).toBeCloseTo(5, 0);
		expect(diff(turned('ArrowLeft'))).toBeCloseTo(-5, 0);
		expect(diff(turned('ArrowUp', true))).toBeCloseTo(-20, 0);
	});

	it('does nothing on the grid or on the home organisation in the rings', () => {
		expect(keyPlacement(grid, nodeIn(grid, someone.id), 'ArrowLeft', false)).toBeNull();
		expect(keyPlacement(rings, nodeIn(rings, home.id), 'ArrowLeft', false)).toBeNull();
	});
});

describe('pin and unpin in the view shown', () => {
	it('keeps or forgets the ring angle in the rings view, the position in the network view', () => {
		const pinned = pinPatch(rings, someone, true) as { ringAngle: number };
		expect(pinned.ringAngle).toBeGreaterThanOrEqual(0);
		expect(pinned.ringAngle).toBeLessThan(360);
		expect(pinPatch(rings, someone, false)).toEqual({ ringAngle: null });
		const node = nodeIn(network, someone.id);
		expect(pinPatch(network, someone, true)).toEqual({ pinned: true, x: node.x, y: node.y });
		// On the grid, "pin" never takes the grid's coordinates for the network.
		expect(pinPatch(grid, { ...someone, x: null, y: null }, true)).toEqual({
			pinned: true,
			x: null,
			y: null
		});
	});

	it('says a partner is placed by its ring angle in the rings view, by its pin elsewhere', () => {
		const p = { pinned: true, ringAngle: null };
		expect(isPlaced(p, 'network')).toBe(true);
		expect(isPlaced(p, 'rings')).toBe(false);
		expect(isPlaced({ pinned: false, ringAngle: 0 }, 'rings')).toBe(true);
	});
});
