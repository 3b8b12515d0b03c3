/**
 * The geometry of a vertical bar chart (pure: d3-scale computes, Svelte draws the SVG). Every bar
 * carries its count as text, so the chart never relies on colour alone.
 */

import { scaleBand, scaleLinear } from 'd3-scale';

export interface Bar {
	key: string;
	label: string;
	count: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ChartBox {
	width: number;
	height: number;
	/** Room below the bars for the labels, and above for the counts. */
	bottom: number;
	top: number;
}

export function barLayout(data: readonly { key: string; label: string; count: number }[], box: ChartBox): Bar[] {
	const x = scaleBand<string>()
		.domain(data.map((d) => d.key))
		.range([0, box.width])
		.paddingInner(0.25)
		.paddingOuter(0.1);
	const max = Math.max(1, ...data.map((d) => d.count));
	const y = scaleLinear()
		.domain([0, max])
		.range([box.height - box.bottom, box.top]);
	return data.map((d) => ({
		...d,
		x: x(d.key) ?? 0,
		width: x.bandwidth(),
		y: y(d.count),
		height: Math.max(0, box.height - box.bottom - y(d.count))
	}));
}
