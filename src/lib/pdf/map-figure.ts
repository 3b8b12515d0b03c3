/**
 * The plan's stakeholder map figure: a power/interest grid of the partners, as figure data and as a
 * list of drawing instructions that render.ts draws with jsPDF (no DOM, so a worker can draw it), and
 * as a standalone SVG string. Pure; needs no layout engine.
 */

import type { Partner } from '$lib/domain/types';
import { gridCells, HIGH_FROM, quadrantOf } from '$lib/map/grid';
import { phaseColour } from '$lib/map/styling';
import { m } from '$lib/paraglide/messages.js';

export interface MapPoint {
	id: string;
	name: string;
	/** The power/interest cell, 1–5 each, by the screen's grid rule (map/grid.ts). */
	influence: number;
	interest: number;
	/** 0 = candidate, 1–6 = relationship phase. */
	phase: number;
	/** The phase's colour on the screen's map (map/styling.ts). */
	colour: string;
}

export interface MapFigure {
	points: MapPoint[];
}

/** The partners on the grid, placed and coloured as the map's grid view places and colours them. */
export function mapFigure(
	partners: readonly (Pick<Partner, 'id' | 'name' | 'influence' | 'interest' | 'phase'> & {
		home?: boolean;
	})[]
): MapFigure {
	return {
		points: gridCells(partners).flatMap(({ cell, members }) =>
			members.map((p) => ({
				id: p.id,
				name: p.name.trim() || m.plan_doc_unnamed(),
				influence: cell.influence,
				interest: cell.interest,
				phase: p.phase,
				colour: phaseColour(p.phase)
			}))
		)
	};
}

/** Escapes text for XML content and attributes; drops control characters. */
export function xml(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&#39;')
	);
}

const WIDE =
	/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/** An estimate of text width: ≈ 0.58 em per character for mixed-case words, 1 em for CJK and emoji. */
const estimateWidth = (text: string, size: number) =>
	[...text].reduce((sum, ch) => sum + (WIDE.test(ch) ? 1 : 0.58), 0) * size;

/** Fits a name into at most `maxLines` lines of `width`, ending with … when it has to be cut. */
export function fitName(name: string, width: number, size: number, maxLines: number): string[] {
	const words = name.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (estimateWidth(next, size) <= width || !line) line = next;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	const kept = lines.slice(0, maxLines);
	const cut = lines.length > maxLines;
	let last = kept[kept.length - 1] ?? '';
	if (cut || estimateWidth(last, size) > width) {
		const chars = [...last];
		while (chars.length > 1 && estimateWidth(`${chars.join('')}…`, size) > width) chars.pop();
		last = `${chars.join('').trimEnd()}…`;
		kept[kept.length - 1] = last;
	}
	return kept;
}

const MUTED = '#55646b';
export const n = (v: number) => String(Math.round(v * 100) / 100);

const FIGURE_WIDTH = 504;

/** One drawing instruction of the figure, in points from its top-left corner. */
type Shape =
	| {
			kind: 'rect';
			x: number;
			y: number;
			w: number;
			h: number;
			fill?: string;
			stroke?: string;
			strokeWidth?: number;
	  }
	| {
			kind: 'line';
			x1: number;
			y1: number;
			x2: number;
			y2: number;
			stroke: string;
			strokeWidth: number;
			dash?: [number, number];
	  }
	| { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
	| {
			kind: 'text';
			x: number;
			y: number;
			size: number;
			text: string;
			bold: boolean;
			colour: string;
			anchor: 'start' | 'middle' | 'end';
			rotate?: number;
	  };

interface FigureDrawing {
	width: number;
	height: number;
	shapes: Shape[];
}

/**
 * The grid as drawing instructions (`FIGURE_WIDTH` points wide): quadrants, axes, the partners listed
 * in their cell with a phase-coloured dot, and the legend. render.ts draws them with jsPDF (names go
 * through the PDF's text path); tests write the same drawing as SVG (`src/testing/map-figure-svg.ts`).
 */
export function mapFigureShapes(figure: MapFigure): FigureDrawing {
	const left = 26;
	const top = 22;
	const cellW = (FIGURE_WIDTH - left - 4) / 5;
	const cellH = 80;
	const gridH = cellH * 5;
	const out: Shape[] = [];
	const text = (
		x: number,
		y: number,
		size: number,
		body: string,
		anchor: 'start' | 'middle' | 'end' = 'start',
		bold = false,
		colour = '#1f2d33',
		rotate?: number
	): Shape => ({
		kind: 'text',
		x,
		y,
		size,
		text: body,
		bold,
		colour,
		anchor,
		rotate
	});
	const line = (
		x1: number,
		y1: number,
		x2: number,
		y2: number,
		stroke: string,
		strokeWidth: number,
		dash?: [number, number]
	): Shape => ({ kind: 'line', x1, y1, x2, y2, stroke, strokeWidth, dash });

	// Quadrants: 3 or more counts as high, so the split runs between cells, never through a name.
	out.push({
		kind: 'rect',
		x: left,
		y: top,
		w: cellW * 5,
		h: gridH,
		fill: '#ffffff',
		stroke: '#9aa6ab',
		strokeWidth: 0.8
	});
	// The cells to manage closely are shaded, by the screen's quadrant rule (map/grid.ts).
	for (let interest = 1; interest <= 5; interest++)
		for (let influence = 1; influence <= 5; influence++)
			if (quadrantOf(influence, interest) === 'manage-closely')
				out.push({
					kind: 'rect',
					x: left + cellW * (interest - 1),
					y: top + cellH * (5 - influence),
					w: cellW,
					h: cellH,
					fill: '#eef4f4'
				});
	for (let i = 1; i < 5; i++) {
		out.push(line(left + cellW * i, top, left + cellW * i, top + gridH, '#dde3e5', 0.5));
		out.push(line(left, top + cellH * i, left + cellW * 5, top + cellH * i, '#dde3e5', 0.5));
	}
	const splitX = left + cellW * (HIGH_FROM - 1);
	const splitY = top + cellH * (5 - HIGH_FROM + 1);
	out.push(line(splitX, top, splitX, top + gridH, '#6f7d83', 0.8, [3, 2]));
	out.push(line(left, splitY, left + cellW * 5, splitY, '#6f7d83', 0.8, [3, 2]));
	// Quadrant names above and below the grid, each centred over its half.
	const quad = (x: number, y: number, label: string) => text(x, y, 8, label, 'middle', true, MUTED);
	out.push(quad(left + cellW * 1, top - 7, m.plan_map_keepSatisfied()));
	out.push(quad(left + cellW * 3.5, top - 7, m.plan_map_manageClosely()));
	out.push(quad(left + cellW * 1, top + gridH + 24, m.plan_map_monitor()));
	out.push(quad(left + cellW * 3.5, top + gridH + 24, m.plan_map_keepInformed()));
	out.push(
		text(left + cellW * 2.5, top + gridH + 40, 9, `${m.plan_map_interest()} →`, 'middle', true)
	);
	out.push(
		text(
			left - 14,
			top + gridH / 2,
			9,
			`${m.plan_map_influence()} →`,
			'middle',
			true,
			'#1f2d33',
			-90
		)
	);
	for (let i = 1; i <= 5; i++) {
		out.push(
			text(left + cellW * (i - 0.5), top + gridH + 12, 7, String(i), 'middle', false, MUTED)
		);
		out.push(
			text(left - 4, top + cellH * (5 - i) + cellH / 2 + 2.5, 7, String(i), 'end', false, MUTED)
		);
	}

	// Partners, listed inside their cell; the text shrinks when a cell is crowded.
	const cells = new Map<string, MapPoint[]>();
	for (const p of figure.points)
		cells.set(`${p.interest}:${p.influence}`, [
			...(cells.get(`${p.interest}:${p.influence}`) ?? []),
			p
		]);
	for (const points of cells.values()) {
		const { interest, influence } = points[0];
		const x0 = left + cellW * (interest - 1) + 4;
		const y0 = top + cellH * (5 - influence) + 4;
		const available = cellH - 8;
		const gap = 2.5;
		const lineH = Math.max(
			4.2,
			Math.min(9.5, (available - gap * (points.length - 1)) / points.length)
		);
		const size = lineH * 0.82;
		const linesEach = Math.max(
			1,
			Math.min(4, Math.floor((available - gap * (points.length - 1)) / (lineH * points.length)))
		);
		let y = y0;
		for (const p of points) {
			const lines = fitName(p.name, cellW - 8 - size * 1.3, size, linesEach);
			if (y + lineH * lines.length > y0 + available + 0.5) break;
			out.push({
				kind: 'circle',
				cx: x0 + size * 0.4,
				cy: y + lineH * 0.55,
				r: size * 0.38,
				fill: p.colour
			});
			for (const l of lines) {
				out.push(text(x0 + size * 1.1, y + lineH * 0.85, size, l));
				y += lineH;
			}
			y += gap;
		}
	}

	// Legend: phase colours with their names (colour is never the only cue: each cell lists names).
	const legendY = top + gridH + 60;
	let x = left;
	let row = 0;
	for (let phase = 0; phase <= 6; phase++) {
		const label = phase === 0 ? m.plan_phase_candidate() : `${m.plan_phase_phase()} ${phase}`;
		const w = estimateWidth(label, 7.5) + 18;
		if (x + w > FIGURE_WIDTH) {
			x = left;
			row++;
		}
		const y = legendY + row * 13;
		out.push({ kind: 'circle', cx: x + 4, cy: y - 2.6, r: 3.2, fill: phaseColour(phase) });
		out.push(text(x + 11, y, 7.5, label));
		x += w;
	}
	return { width: FIGURE_WIDTH, height: legendY + row * 13 + 6, shapes: out };
}
