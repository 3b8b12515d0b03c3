/**
 * How large a map's labels are in the map's own units, so that they read at a chosen size on the
 * screen that draws the map. The nodes' positions never depend on it: the laptop and the projector
 * lay out the same nodes and differ only in their labels' size (and so in where those fit).
 */

import { canvasSize } from './layout';

/** Labels' size on the projector, as a share of the window's height (16 px at 720 p, 24 px at 1080 p). */
export const PROJECTED_LABEL_VH = 0.022;

/**
 * The projector's label size in map units: `PROJECTED_LABEL_VH` of the window's height on screen,
 * whatever the scale the SVG draws the map at (fitted, aspect kept, into `canvas` CSS pixels; a
 * canvas not measured yet counts as scale 1). Between 14 and 40 map units.
 */
export function projectedLabelFontSize(
	count: number,
	canvas: { width: number; height: number },
	windowHeight: number
): number {
	const base = canvasSize(count);
	const scale =
		canvas.width > 0 && canvas.height > 0
			? Math.min(canvas.width / base.width, canvas.height / base.height)
			: 1;
	return Math.round(Math.min(40, Math.max(14, (PROJECTED_LABEL_VH * windowHeight) / scale)));
}
