/**
 * The plan's stakeholder map figure: a power/interest grid of the partners, as figure data and as a
 * standalone SVG string (vector, names as text) that the PDF embeds through svg2pdf. Pure.
 *
 * When the map feature's own SVG export is available, the PDF can embed that instead (see
 * `RenderOptions.mapSvg` in render.ts); this figure is the plan's fallback and needs no layout engine.
 */

import type { Partner } from '$lib/domain/types';
import { t } from '$lib/i18n/messages';

export interface MapPoint {
	id: string;
	name: string;
	/** 1–5, clamped. */
	influence: number;
	interest: number;
	/** 0 = candidate, 1–6 = relationship phase. */
	phase: number;
}

export interface MapFigure {
	points: MapPoint[];
}

const clamp = (v: number) => Math.min(5, Math.max(1, Math.round(Number.isFinite(v) ? v : 3)));

export function mapFigure(partners: readonly Pick<Partner, 'id' | 'name' | 'influence' | 'interest' | 'phase'>[]): MapFigure {
	return {
		points: partners
			.map((p) => ({ id: p.id, name: p.name.trim() || t('plan.doc.unnamed'), influence: clamp(p.influence), interest: clamp(p.interest), phase: p.phase }))
			.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
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

/** Phase colours: grey for candidates, then a calm blue-to-green ramp; the legend names each. */
export const PHASE_COLOURS = ['#8a959b', '#5b7fb5', '#3f7fa6', '#2f8a8a', '#3a8a63', '#5a8a3a', '#7a7a2a'];

/** An estimate of DejaVu Sans text width (≈ 0.58 em per character for mixed-case words). */
const estimateWidth = (text: string, size: number) => [...text].length * size * 0.58;

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
const n = (v: number) => String(Math.round(v * 100) / 100);

export const FIGURE_WIDTH = 504;

/** The grid as an SVG document sized in points (`FIGURE_WIDTH` wide). */
export function mapFigureSvg(figure: MapFigure, fonts = { regular: 'DejaVuSans', bold: 'DejaVuSansBold' }): string {
	const left = 26;
	const top = 22;
	const cellW = (FIGURE_WIDTH - left - 4) / 5;
	const cellH = 80;
	const gridH = cellH * 5;
	const out: string[] = [];
	// Each text names its own font family, directly under <svg>, and bold is a family of its own: svg2pdf
	// switches fonts only where a text differs from its parent and keeps the last weight otherwise, so a
	// bold sibling would leak into the texts after it.
	const text = (x: number, y: number, size: number, body: string, extra = '', weight = 'normal', colour = '#1f2d33') =>
		`<text x="${n(x)}" y="${n(y)}" font-family="${xml(weight === 'bold' ? fonts.bold : fonts.regular)}" font-size="${n(size)}" fill="${colour}"${extra}>${xml(body)}</text>`;

	// Quadrants: 3 or more counts as high, so the split runs between cells, never through a name.
	out.push(`<rect x="${n(left)}" y="${n(top)}" width="${n(cellW * 5)}" height="${n(gridH)}" fill="#ffffff" stroke="#9aa6ab" stroke-width="0.8"/>`);
	out.push(`<rect x="${n(left + cellW * 2)}" y="${n(top)}" width="${n(cellW * 3)}" height="${n(cellH * 3)}" fill="#eef4f4"/>`);
	for (let i = 1; i < 5; i++) {
		out.push(`<line x1="${n(left + cellW * i)}" y1="${n(top)}" x2="${n(left + cellW * i)}" y2="${n(top + gridH)}" stroke="#dde3e5" stroke-width="0.5"/>`);
		out.push(`<line x1="${n(left)}" y1="${n(top + cellH * i)}" x2="${n(left + cellW * 5)}" y2="${n(top + cellH * i)}" stroke="#dde3e5" stroke-width="0.5"/>`);
	}
	out.push(`<line x1="${n(left + cellW * 2)}" y1="${n(top)}" x2="${n(left + cellW * 2)}" y2="${n(top + gridH)}" stroke="#6f7d83" stroke-width="0.8" stroke-dasharray="3 2"/>`);
	out.push(`<line x1="${n(left)}" y1="${n(top + cellH * 3)}" x2="${n(left + cellW * 5)}" y2="${n(top + cellH * 3)}" stroke="#6f7d83" stroke-width="0.8" stroke-dasharray="3 2"/>`);
	// Quadrant names above and below the grid, each centred over its half.
	const quad = (x: number, y: number, label: string) => text(x, y, 8, label, ' text-anchor="middle"', 'bold', MUTED);
	out.push(quad(left + cellW * 1, top - 7, t('plan.map.keepSatisfied')));
	out.push(quad(left + cellW * 3.5, top - 7, t('plan.map.manageClosely')));
	out.push(quad(left + cellW * 1, top + gridH + 24, t('plan.map.monitor')));
	out.push(quad(left + cellW * 3.5, top + gridH + 24, t('plan.map.keepInformed')));
	out.push(text(left + cellW * 2.5, top + gridH + 40, 9, `${t('plan.map.interest')} →`, ' text-anchor="middle"', 'bold'));
	out.push(text(0, 0, 9, `${t('plan.map.influence')} →`, ` text-anchor="middle" transform="translate(${n(left - 14)},${n(top + gridH / 2)}) rotate(-90)"`, 'bold'));
	for (let i = 1; i <= 5; i++) {
		out.push(text(left + cellW * (i - 0.5), top + gridH + 12, 7, String(i), ' text-anchor="middle"', 'normal', MUTED));
		out.push(text(left - 4, top + cellH * (5 - i) + cellH / 2 + 2.5, 7, String(i), ' text-anchor="end"', 'normal', MUTED));
	}

	// Partners, listed inside their cell; the text shrinks when a cell is crowded.
	const cells = new Map<string, MapPoint[]>();
	for (const p of figure.points) cells.set(`${p.interest}:${p.influence}`, [...(cells.get(`${p.interest}:${p.influence}`) ?? []), p]);
	for (const [key, points] of cells) {
		const [interest, influence] = key.split(':').map(Number);
		const x0 = left + cellW * (interest - 1) + 4;
		const y0 = top + cellH * (5 - influence) + 4;
		const available = cellH - 8;
		const gap = 2.5;
		const lineH = Math.max(4.2, Math.min(9.5, (available - gap * (points.length - 1)) / points.length));
		const size = lineH * 0.82;
		const linesEach = Math.max(1, Math.min(4, Math.floor((available - gap * (points.length - 1)) / (lineH * points.length))));
		let y = y0;
		for (const p of points) {
			const lines = fitName(p.name, cellW - 8 - size * 1.3, size, linesEach);
			if (y + lineH * lines.length > y0 + available + 0.5) break;
			out.push(`<circle cx="${n(x0 + size * 0.4)}" cy="${n(y + lineH * 0.55)}" r="${n(size * 0.38)}" fill="${PHASE_COLOURS[p.phase] ?? PHASE_COLOURS[0]}"/>`);
			for (const line of lines) {
				out.push(text(x0 + size * 1.1, y + lineH * 0.85, size, line));
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
		const label = phase === 0 ? t('plan.phase.candidate') : `${t('plan.phase.phase')} ${phase}`;
		const w = estimateWidth(label, 7.5) + 18;
		if (x + w > FIGURE_WIDTH) {
			x = left;
			row++;
		}
		const y = legendY + row * 13;
		out.push(`<circle cx="${n(x + 4)}" cy="${n(y - 2.6)}" r="3.2" fill="${PHASE_COLOURS[phase]}"/>`);
		out.push(text(x + 11, y, 7.5, label));
		x += w;
	}
	const height = legendY + row * 13 + 6;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${FIGURE_WIDTH}" height="${n(height)}" viewBox="0 0 ${FIGURE_WIDTH} ${n(height)}">${out.join('')}</svg>`;
}
