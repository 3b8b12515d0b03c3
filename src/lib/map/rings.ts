/**
 * Where partners sit on their ring in the rings view: pure angle maths. A partner's ring is given by
 * its relationship phase; its angle on that ring is free, so the team may drag it along the ring and
 * the angle is kept (`Partner.ringAngle`). Everyone else is spread evenly over the rest of the ring.
 *
 * Angles here are radians on the ring's ellipse (x = cx + rx·cos a, y = cy + ry·sin a: 0 is the
 * right-hand end, π/2 the bottom, clockwise on screen). Stored angles are degrees in [0, 360).
 */

const TAU = 2 * Math.PI;

/** `a` brought into [0, 2π). */
export const wrapAngle = (a: number): number => ((a % TAU) + TAU) % TAU;

/** Degrees in [0, 360) with one decimal, as stored in `Partner.ringAngle`, from radians. */
export function storedAngle(radians: number): number {
	const degrees = Math.round(((wrapAngle(radians) * 180) / Math.PI) * 10) / 10;
	return degrees >= 360 ? 0 : degrees;
}

/** Radians from a stored angle (degrees). */
export const fromStored = (degrees: number): number => (degrees * Math.PI) / 180;

/**
 * The angle (radians) on an ellipse centred at (cx, cy) with radii (rx, ry) nearest in direction to
 * the point (x, y): the point seen as if the ellipse were a circle. A point at the centre gives 0.
 */
export function angleOnOrbit(
	x: number,
	y: number,
	cx: number,
	cy: number,
	rx: number,
	ry: number
): number {
	if (rx <= 0 || ry <= 0) return 0;
	return wrapAngle(Math.atan2((y - cy) / ry, (x - cx) / rx));
}

/**
 * The angles of one ring's partners, in the order given. `placed[i]` is partner i's chosen angle
 * (radians) or null to let the ring decide. `gap` is the smallest angle two neighbours may be apart
 * without their discs touching; `start` the angle where the first free slot begins (the ring's name
 * is written at the top). Placed partners keep their angle exactly; each blocks `gap` on either side;
 * the others are spread evenly, in order, over what is left, so they never touch a placed one or each
 * other as long as (free partners + 2 × placed partners) × gap ≤ 2π (the ring is sized for that).
 * With nothing placed this is the plain even spread: angle i = start + (i + ½)·2π/n.
 */
export function ringAngles(
	placed: readonly (number | null)[],
	gap: number,
	start: number
): number[] {
	const free = placed.filter((a) => a === null).length;
	// Blocked arcs, in turns from `start` (0…2π), split where they wrap, then merged.
	const blocked: [number, number][] = [];
	for (const a of placed) {
		if (a === null) continue;
		const u = wrapAngle(a - start);
		const lo = u - gap;
		const hi = u + gap;
		if (lo < 0) blocked.push([0, hi], [lo + TAU, TAU]);
		else if (hi > TAU) blocked.push([lo, TAU], [0, hi - TAU]);
		else blocked.push([lo, hi]);
	}
	blocked.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const [lo, hi] of blocked) {
		const last = merged[merged.length - 1];
		if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
		else merged.push([lo, Math.min(hi, TAU)]);
	}
	const open: [number, number][] = [];
	let at = 0;
	for (const [lo, hi] of merged) {
		if (lo > at) open.push([at, lo]);
		at = Math.max(at, hi);
	}
	if (at < TAU) open.push([at, TAU]);
	const room = open.reduce((sum, [lo, hi]) => sum + hi - lo, 0);
	// Every free partner's place along the open arcs, evenly spaced, then mapped back onto the ring.
	const spread: number[] = [];
	for (let k = 0; k < free; k++) {
		let s = ((k + 0.5) * room) / free;
		let u = 0;
		for (const [lo, hi] of open) {
			if (s <= hi - lo) {
				u = lo + s;
				break;
			}
			s -= hi - lo;
		}
		spread.push(wrapAngle(start + u));
	}
	let next = 0;
	return placed.map((a) => (a === null ? spread[next++] : wrapAngle(a)));
}
