/** The map figure as an SVG document, for tests that read what the PDF would draw as text. */

import { mapFigureShapes, n, xml, type MapFigure } from '$lib/pdf/map-figure';

/** The grid as an SVG document sized in points (`FIGURE_WIDTH` wide), from `mapFigureShapes`. */
export function mapFigureSvg(
	figure: MapFigure,
	fonts = { regular: 'DejaVuSans', bold: 'DejaVuSansBold' }
): string {
	const { width, height, shapes } = mapFigureShapes(figure);
	const out = shapes.map((s) => {
		switch (s.kind) {
			case 'rect':
				return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${s.fill ?? 'none'}"${s.stroke ? ` stroke="${s.stroke}" stroke-width="${n(s.strokeWidth ?? 1)}"` : ''}/>`;
			case 'line':
				return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${s.stroke}" stroke-width="${n(s.strokeWidth)}"${s.dash ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''}/>`;
			case 'circle':
				return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${s.fill}"/>`;
			case 'text': {
				const anchor = s.anchor === 'start' ? '' : ` text-anchor="${s.anchor}"`;
				const place = s.rotate
					? `x="0" y="0" transform="translate(${n(s.x)},${n(s.y)}) rotate(${s.rotate})"`
					: `x="${n(s.x)}" y="${n(s.y)}"`;
				return `<text ${place} font-family="${xml(s.bold ? fonts.bold : fonts.regular)}" font-size="${n(s.size)}" fill="${s.colour}"${anchor}>${xml(s.text)}</text>`;
			}
		}
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${n(height)}" viewBox="0 0 ${width} ${n(height)}">${out.join('')}</svg>`;
}
