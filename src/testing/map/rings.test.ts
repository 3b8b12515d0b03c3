import { describe, expect, it } from 'vitest';
import { nodeOverlaps } from '$testing/layout-quality';
import { ringsLayout, type MapPartner } from '$lib/map/layout';
import { angleOnOrbit, fromStored, ringAngles, storedAngle, wrapAngle } from '$lib/map/rings';

const TAU = 2 * Math.PI;
/** Smallest angle between two directions. */
const apart = (a: number, b: number) => Math.min(wrapAngle(a - b), wrapAngle(b - a));

describe('angles on a ring', () => {
	it('stores degrees in [0, 360) with one decimal, and reads them back', () => {
		expect(storedAngle(0)).toBe(0);
		expect(storedAngle(Math.PI / 2)).toBe(90);
		expect(storedAngle(-Math.PI / 2)).toBe(270);
		expect(storedAngle(TAU - 1e-9)).toBe(0);
		expect(storedAngle(fromStored(123.4))).toBe(123.4);
	});

	it('finds the angle of a point seen from the centre of an ellipse', () => {
		expect(angleOnOrbit(110, 50, 10, 50, 100, 40)).toBeCloseTo(0);
		expect(angleOnOrbit(10, 90, 10, 50, 100, 40)).toBeCloseTo(Math.PI / 2);
		// A point on the ellipse at angle a gives a back.
		const a = 2.5;
		expect(
			angleOnOrbit(10 + 100 * Math.cos(a), 50 + 40 * Math.sin(a), 10, 50, 100, 40)
		).toBeCloseTo(a);
	});

	it('spreads a ring evenly from the start when nobody was placed', () => {
		const angles = ringAngles([null, null, null, null], 0.3, -Math.PI / 2);
		angles.forEach((a, i) =>
			expect(a).toBeCloseTo(wrapAngle(-Math.PI / 2 + ((i + 0.5) * TAU) / 4))
		);
	});

	it('keeps a placed partner exactly at its angle and the others a full gap away from it and each other', () => {
		const gap = TAU / 14;
		// Twelve partners, two placed (one across the start of the ring): 12 + 2 = 14 slots fit.
		const placed: (number | null)[] = Array.from({ length: 12 }, () => null);
		placed[3] = 1.0;
		placed[7] = wrapAngle(-Math.PI / 2 + 0.05);
		const angles = ringAngles(placed, gap, -Math.PI / 2);
		expect(angles[3]).toBe(1.0);
		expect(angles[7]).toBeCloseTo(placed[7]!);
		for (let i = 0; i < angles.length; i++) {
			for (let j = i + 1; j < angles.length; j++)
				expect(apart(angles[i], angles[j])).toBeGreaterThanOrEqual(gap - 1e-9);
		}
	});

	it('is deterministic and keeps the order of the free partners around the ring', () => {
		const placed = [null, null, 2.0, null, null];
		const a = ringAngles(placed, 0.4, 0);
		expect(ringAngles(placed, 0.4, 0)).toEqual(a);
		const free = [a[0], a[1], a[3], a[4]].map((x) => wrapAngle(x));
		expect([...free].sort((x, y) => x - y)).toEqual(free);
	});
});

describe('rings view with partners placed on their ring', () => {
	const partner = (
		i: number,
		phase: MapPartner['phase'],
		ringAngle: number | null = null
	): MapPartner => ({
		id: `p${String(i).padStart(2, '0')}`,
		name: `Partner ${i}`,
		sector: 'other',
		phase,
		influence: 5,
		interest: 3,
		x: null,
		y: null,
		pinned: false,
		ringAngle
	});

	it('draws a placed partner at its angle on its own ring, and nothing overlaps (11 of 12 in phase 5)', () => {
		const partners = [
			...Array.from({ length: 11 }, (_, i) => partner(i, 5, i === 4 ? 200 : i === 5 ? 203 : null)),
			partner(11, 1)
		];
		const r = ringsLayout(partners);
		const node = r.nodes.find((n) => n.id === 'p04')!;
		expect(node.orbit).toBeDefined();
		const angle = angleOnOrbit(
			node.x,
			node.y,
			r.width / 2,
			r.height / 2,
			node.orbit!.rx,
			node.orbit!.ry
		);
		expect(storedAngle(angle)).toBe(200);
		// Same ring as its unplaced neighbours.
		expect(r.nodes.find((n) => n.id === 'p00')!.orbit).toEqual(node.orbit);
		// Two placed partners 3° apart do overlap (the team put them there); nobody else does.
		expect(nodeOverlaps(r.nodes.filter((n) => n.id !== 'p05'))).toBe(0);
	});

	it('gives the home organisation no orbit (its place is the centre), and is the same without any angle', () => {
		const home = { ...partner(99, 0), home: true };
		const plain = ringsLayout([home, partner(1, 3), partner(2, 3)]);
		expect(plain.nodes.find((n) => n.id === 'p99')!.orbit).toBeUndefined();
		expect(
			ringsLayout([home, partner(1, 3, null), { ...partner(2, 3), ringAngle: undefined }])
		).toEqual(plain);
	});
});
