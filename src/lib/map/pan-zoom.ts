/**
 * Zoom and pan of the map's SVG with d3-zoom. Presses on a node are left to the node (it is dragged
 * or opened), as are right and ctrl-clicks (ctrl + wheel still zooms).
 */

import { select } from 'd3-selection';
import { zoom, type ZoomTransform } from 'd3-zoom';

/** Attaches zoom and pan to `svg`, reporting each new transform; returns what detaches them. */
export function attachPanZoom(
	svg: SVGSVGElement,
	onzoom: (transform: ZoomTransform) => void
): () => void {
	const behaviour = zoom<SVGSVGElement, unknown>()
		.scaleExtent([0.4, 8])
		.filter(
			(e: Event & { button?: number; ctrlKey?: boolean }) =>
				(!e.ctrlKey || e.type === 'wheel') && !e.button && !(e.target as Element).closest?.('.node')
		)
		.on('zoom', (e: { transform: ZoomTransform }) => onzoom(e.transform));
	const selection = select(svg).call(behaviour);
	return () => void selection.on('.zoom', null);
}

/** Where a pointer event falls in map coordinates (the layout's units), through the zoom `transform`. */
export function mapPoint(
	svg: SVGSVGElement,
	transform: ZoomTransform,
	e: MouseEvent
): { x: number; y: number } {
	const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(svg.getScreenCTM()!.inverse());
	const [x, y] = transform.invert([pt.x, pt.y]);
	return { x, y };
}
