/**
 * The state of one pointer drag of a map node, as a small runes class: which node is dragged (`id`,
 * changes twice per drag) and where it is drawn (`at`, every frame). Only the drag layer reads `at`,
 * so the rest of the map does not re-render while a node moves. Geometry lives in drag.ts.
 */

import { canMove, dragPosition, placementAt, type Placement } from './drag';
import type { MapLayout, NodeLayout } from './layout';

/** A press counts as a drag once the node has moved this far (map units); less is a click. */
const CLICK_SLOP = 3;

export class NodeDrag {
	/** The node being dragged, once it has moved past the click slop. */
	id = $state<string | null>(null);
	/** Where the dragged node is drawn, in map units. */
	at = $state({ x: 0, y: 0 });
	#press: { id: string; x0: number; y0: number; dx: number; dy: number; moved: boolean } | null =
		null;

	/** A press on `node` at `pointer` (map units). */
	press(node: NodeLayout, pointer: { x: number; y: number }): void {
		this.#press = {
			id: node.id,
			x0: node.x,
			y0: node.y,
			dx: pointer.x - node.x,
			dy: pointer.y - node.y,
			moved: false
		};
	}

	/** The pointer moved to `pointer`: the pressed node follows it where its position is free. */
	move(layout: MapLayout, node: NodeLayout | undefined, pointer: { x: number; y: number }): void {
		const press = this.#press;
		if (!press || !node || node.id !== press.id || !canMove(layout, node)) return;
		const at = dragPosition(layout, node, pointer.x - press.dx, pointer.y - press.dy);
		if (!press.moved && Math.hypot(at.x - press.x0, at.y - press.y0) <= CLICK_SLOP) return;
		press.moved = true;
		this.at = at;
		this.id = press.id;
	}

	/**
	 * The pointer was let go: the placement to save after a drag, `'click'` after a press that did not
	 * move (the node opens), or null when nothing was pressed.
	 */
	release(
		layout: MapLayout,
		positions: ReadonlyMap<string, NodeLayout>
	): { id: string; placement: Placement | 'click' } | null {
		const press = this.#press;
		this.#press = null;
		this.id = null;
		if (!press) return null;
		const node = positions.get(press.id);
		return {
			id: press.id,
			placement: press.moved && node ? placementAt(layout, node, this.at.x, this.at.y) : 'click'
		};
	}
}
