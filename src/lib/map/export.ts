/**
 * The map as a standalone SVG document (string), for the SVG and PNG exports and for the PDF plan:
 * white background, a title, the view's guides, connections, shaped nodes, haloed labels, and a
 * legend that wraps. User text only ever appears escaped inside <text>/<tspan> nodes. Pure.
 */

import type { MapConnection, MapLayout, MapPartner, MapView } from './layout';
import { layoutMap } from './layout';
import { textAnchor, textWidth } from './labels';
import { legendEntries, sectorStyle, shapePath } from './sectors';
import { phaseShort, quadrantName } from './text';
import { m } from '$lib/paraglide/messages.js';

interface MapSvgOptions {
	/** A layout already computed for the screen (so the export matches it); computed if absent. */
	layout?: MapLayout;
	title?: string;
	/** Output width in px; the height follows. */
	width?: number;
}

const FONT = "'DejaVu Sans', 'Segoe UI', Arial, sans-serif";

/** Escapes text for XML content and attribute values. Control characters are dropped. */
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

const n = (v: number) => String(Math.round(v * 10) / 10);

function guides(layout: MapLayout): string {
	const out: string[] = [];
	const cx = layout.width / 2;
	const cy = layout.height / 2;
	for (const ring of layout.rings) {
		out.push(
			`<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(ring.rx)}" ry="${n(ring.ry)}" fill="none" stroke="#cfd8d8" stroke-width="1"/>`
		);
	}
	for (let k = 1; k <= 6; k++) {
		const ring = layout.rings[k];
		if (!ring) continue;
		const label = phaseShort(6 - k);
		out.push(
			`<text x="${n(cx)}" y="${n(cy - ring.ry + 4)}" text-anchor="middle" font-size="12" fill="#4a5a63" dominant-baseline="hanging">${xml(label)}</text>`
		);
	}
	const g = layout.grid;
	if (g) {
		out.push(
			`<rect x="${n(g.left)}" y="${n(g.top)}" width="${n(g.width)}" height="${n(g.height)}" fill="none" stroke="#cfd8d8"/>`
		);
		out.push(
			`<line x1="${n(g.splitX)}" y1="${n(g.top)}" x2="${n(g.splitX)}" y2="${n(g.top + g.height)}" stroke="#8a9a9f" stroke-width="1.5" stroke-dasharray="6 4"/>`
		);
		out.push(
			`<line x1="${n(g.left)}" y1="${n(g.splitY)}" x2="${n(g.left + g.width)}" y2="${n(g.splitY)}" stroke="#8a9a9f" stroke-width="1.5" stroke-dasharray="6 4"/>`
		);
		for (const q of quadrantBoxes(layout)) {
			out.push(
				`<text x="${n(q.x)}" y="${n(q.y)}" text-anchor="${q.anchor}" font-size="15" font-weight="700" fill="#4a5a63">${xml(quadrantName(q.quadrant))}</text>`
			);
		}
		out.push(
			`<text x="${n(g.left + g.width / 2)}" y="${n(g.top + g.height + 34)}" text-anchor="middle" font-size="14" font-weight="700" fill="#17242b">${xml(m.map_interest())}</text>`
		);
		out.push(
			`<text transform="translate(${n(g.left - 30)},${n(g.top + g.height / 2)}) rotate(-90)" text-anchor="middle" font-size="14" font-weight="700" fill="#17242b">${xml(m.map_influence())}</text>`
		);
	}
	return out.join('');
}

/** Where each quadrant's name is written: in the outer corner of its quadrant. */
export function quadrantBoxes(layout: MapLayout) {
	const g = layout.grid!;
	return [
		{ quadrant: 'keep-satisfied', x: g.left + 8, y: g.top - 10, anchor: 'start' },
		{ quadrant: 'manage-closely', x: g.left + g.width - 8, y: g.top - 10, anchor: 'end' },
		{ quadrant: 'monitor', x: g.left + 8, y: g.top + g.height + 18, anchor: 'start' },
		{ quadrant: 'keep-informed', x: g.left + g.width - 8, y: g.top + g.height + 18, anchor: 'end' }
	] as const;
}

function body(
	layout: MapLayout,
	partners: readonly MapPartner[],
	connections: readonly MapConnection[]
): string {
	const pos = new Map(layout.nodes.map((node) => [node.id, node]));
	const byId = new Map(partners.map((p) => [p.id, p]));
	const out: string[] = [guides(layout)];
	if (layout.view === 'network') {
		for (const c of connections) {
			const a = pos.get(c.sourceId);
			const b = pos.get(c.targetId);
			if (!a || !b) continue;
			const dash = c.strength <= 1 ? ' stroke-dasharray="5 4"' : '';
			out.push(
				`<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="#7d8b91" stroke-width="${c.strength * 1.4}"${dash}/>`
			);
		}
	}
	for (const node of layout.nodes) {
		const p = byId.get(node.id);
		if (!p) continue;
		const style = sectorStyle(p.sector);
		out.push(
			`<path transform="translate(${n(node.x)},${n(node.y)})" d="${shapePath(style.shape, node.r)}" fill="${style.colour}" fill-rule="evenodd" stroke="#ffffff" stroke-width="2"/>`
		);
	}
	for (const label of layout.labels) {
		const node = pos.get(label.id);
		if (label.leader && node) {
			const lx = Math.max(label.x, Math.min(node.x, label.x + label.width));
			const ly = Math.max(label.y, Math.min(node.y, label.y + label.height));
			out.push(
				`<line x1="${n(node.x)}" y1="${n(node.y)}" x2="${n(lx)}" y2="${n(ly)}" stroke="#8a9a9f" stroke-width="1"/>`
			);
		}
		const start = textAnchor(label);
		const tspans = label.lines
			.map(
				(line, i) =>
					`<tspan x="${n(start.x)}" y="${n(label.y + 3 + (i + 0.8) * label.lineHeight)}">${xml(line)}</tspan>`
			)
			.join('');
		out.push(
			`<text font-size="${label.fontSize}" text-anchor="${start.anchor}" fill="#17242b" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${tspans}</text>`
		);
	}
	return out.join('');
}

/** The legend's entries laid out in rows that wrap at `width`. */
function legend(
	partners: readonly MapPartner[],
	width: number,
	top: number,
	fontSize: number
): { svg: string; height: number } {
	const entries = legendEntries(partners);
	const out: string[] = [];
	let x = 40;
	let y = top + fontSize;
	const rowHeight = fontSize * 2;
	for (const e of entries) {
		const label = `${e.label.length > 60 ? `${e.label.slice(0, 59)}…` : e.label} (${e.count})`;
		const w = 2.2 * fontSize + textWidth(label, fontSize) + fontSize * 1.5;
		if (x + w > width - 40 && x > 40) {
			x = 40;
			y += rowHeight;
		}
		out.push(
			`<path transform="translate(${n(x + fontSize * 0.7)},${n(y)})" d="${shapePath(e.shape, fontSize * 0.6)}" fill="${e.colour}" fill-rule="evenodd"/>`
		);
		out.push(
			`<text x="${n(x + fontSize * 1.8)}" y="${n(y + fontSize * 0.35)}" font-size="${fontSize}" fill="#17242b">${xml(label)}</text>`
		);
		x += w;
	}
	out.push(
		`<text x="40" y="${n(y + rowHeight)}" font-size="${fontSize * 0.85}" fill="#4a5a63">${xml(m.map_legendSize())}</text>`
	);
	return { svg: out.join(''), height: y + rowHeight + fontSize - top };
}

/** The whole map view as an SVG document. */
export function mapSvgString(
	partners: readonly MapPartner[],
	connections: readonly MapConnection[],
	view: MapView,
	options: MapSvgOptions = {}
): string {
	const layout = options.layout ?? layoutMap(partners, connections, view);
	const width = options.width ?? 1920;
	const scale = width / layout.width;
	const titleHeight = options.title ? 70 : 20;
	const mapHeight = layout.height * scale;
	const legendTop = titleHeight + mapHeight + 10;
	const leg = legend(partners, width, legendTop, 22);
	const height = Math.ceil(legendTop + leg.height + 20);
	const title = options.title
		? `<text x="40" y="48" font-size="30" font-weight="700" fill="#17242b">${xml(options.title)}</text>`
		: '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xml(FONT)}">` +
		`<rect width="100%" height="100%" fill="#ffffff"/>` +
		title +
		`<g transform="translate(0,${titleHeight}) scale(${Math.round(scale * 10000) / 10000})">${body(layout, partners, connections)}</g>` +
		leg.svg +
		`</svg>`
	);
}
