/**
 * Moving a node by hand, as pure geometry: where a dragged node is drawn for a pointer position,
 * where an arrow key takes it, and what is saved when it is let go. Only what is free in a view
 * moves: anywhere on the canvas in the network view (saved as a pinned x/y), along its ring in the
 * rings view (saved as `ringAngle`; the ring is given by the phase), nothing in the power/interest
 * grid (its cells are the partner's influence and interest, so a place there is not free).
 */

import type { Partner } from '$lib/domain/types';
import type { MapLayout, MapView, NodeLayout } from './layout';
import { angleOnOrbit, fromStored, storedAngle } from './rings';

/** What a move saves: a network position (the partner is pinned there) or an angle on its ring. */
export type Placement = { x: number; y: number } | { ringAngle: number };

/** Arrow-key steps: map units in the network view, degrees along a ring; Shift takes bigger ones. */
export const KEY_STEP = { units: 10, bigUnits: 40, degrees: 5, bigDegrees: 20 } as const;

/** Whether a node can be moved by hand in this layout. */
export function canMove(layout: MapLayout, node: NodeLayout | undefined): boolean {
	if (!node) return false;
	return layout.view === 'network' || (layout.view === 'rings' && node.orbit !== undefined);
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Where a node dragged towards (x, y) is drawn: clamped to the canvas, or on its ring's ellipse. */
export function dragPosition(
	layout: MapLayout,
	node: NodeLayout,
	x: number,
	y: number
): { x: number; y: number } {
	if (layout.view === 'rings' && node.orbit) {
		const cx = layout.width / 2;
		const cy = layout.height / 2;
		const a = fromStored(storedAngle(angleOnOrbit(x, y, cx, cy, node.orbit.rx, node.orbit.ry)));
		// Not rounded: the saved angle is read back from this point.
		return { x: cx + node.orbit.rx * Math.cos(a), y: cy + node.orbit.ry * Math.sin(a) };
	}
	return { x: Math.round(clamp(x, 0, layout.width)), y: Math.round(clamp(y, 0, layout.height)) };
}

/** What to save for a node let go at (x, y) (a position from `dragPosition`). */
export function placementAt(layout: MapLayout, node: NodeLayout, x: number, y: number): Placement {
	if (layout.view === 'rings' && node.orbit) {
		return {
			ringAngle: storedAngle(
				angleOnOrbit(x, y, layout.width / 2, layout.height / 2, node.orbit.rx, node.orbit.ry)
			)
		};
	}
	return { x, y };
}

/**
 * The move an arrow key asks for on a focused node, or null when the key is not an arrow or the
 * node cannot move here. Network: one step in the arrow's direction. Rings: Right and Down turn it
 * clockwise along its ring, Left and Up anticlockwise.
 */
export function keyPlacement(
	layout: MapLayout,
	node: NodeLayout,
	key: string,
	big: boolean
): Placement | null {
	const arrows: Record<string, [number, number]> = {
		ArrowLeft: [-1, 0],
		ArrowRight: [1, 0],
		ArrowUp: [0, -1],
		ArrowDown: [0, 1]
	};
	const arrow = arrows[key];
	if (!arrow || !canMove(layout, node)) return null;
	if (layout.view === 'rings' && node.orbit) {
		const turn = (arrow[0] + arrow[1]) * (big ? KEY_STEP.bigDegrees : KEY_STEP.degrees);
		const now = storedAngle(
			angleOnOrbit(
				node.x,
				node.y,
				layout.width / 2,
				layout.height / 2,
				node.orbit.rx,
				node.orbit.ry
			)
		);
		return { ringAngle: storedAngle(fromStored(now + turn)) };
	}
	const step = big ? KEY_STEP.bigUnits : KEY_STEP.units;
	return {
		x: Math.round(clamp(node.x + arrow[0] * step, 0, layout.width)),
		y: Math.round(clamp(node.y + arrow[1] * step, 0, layout.height))
	};
}

/**
 * What a key on a focused node asks for: 'select' (Enter, Space: open it), a move (arrow keys, see
 * `keyPlacement`; Shift for a bigger step), or null (anything else, or a node that cannot move).
 */
export function keyAction(
	layout: MapLayout,
	node: NodeLayout,
	e: Pick<KeyboardEvent, 'key' | 'shiftKey'>
): 'select' | Placement | null {
	if (e.key === 'Enter' || e.key === ' ') return 'select';
	return keyPlacement(layout, node, e.key, e.shiftKey);
}

/** Whether the partner was placed by hand in this view: an angle on its ring, or else pinned. */
export function isPlaced(
	p: Pick<Partner, 'pinned' | 'ringAngle'>,
	view: MapView | 'table'
): boolean {
	return view === 'rings' ? p.ringAngle !== null && p.ringAngle !== undefined : p.pinned;
}

/** The partner fields a placement saves: a network position pins the partner there. */
export function placementPatch(placement: Placement): Partial<Partner> {
	return 'ringAngle' in placement
		? { ringAngle: placement.ringAngle }
		: { x: placement.x, y: placement.y, pinned: true };
}

/**
 * The partner fields for "Pin" / "Unpin" in the view shown: on a ring, keep (or forget) the angle it
 * is drawn at; elsewhere pin it where the network layout drew it, or unpin it.
 */
export function pinPatch(
	layout: MapLayout | null,
	p: Pick<Partner, 'id' | 'x' | 'y'>,
	pinned: boolean
): Partial<Partner> {
	const node = layout?.nodes.find((n) => n.id === p.id);
	if (layout?.view === 'rings' && node?.orbit) {
		return {
			ringAngle: pinned
				? storedAngle(
						angleOnOrbit(
							node.x,
							node.y,
							layout.width / 2,
							layout.height / 2,
							node.orbit.rx,
							node.orbit.ry
						)
					)
				: null
		};
	}
	const here = pinned && layout?.view === 'network' && node;
	return { pinned, x: here ? node.x : p.x, y: here ? node.y : p.y };
}
