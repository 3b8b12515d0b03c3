// The PDF's map figure is the screen's map on paper (issue 29, point 8): each partner's dot has the
// colour the screen gives its phase, and sits in the power/interest cell the screen's grid puts it in.
import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import type { RelationshipPhase } from '$lib/domain/types';
import { layoutMap } from '$lib/map/layout';
import { nodeStyle } from '$lib/map/styling';
import { mapFigure, mapFigureShapes } from './map-figure';

const NOW = Date.UTC(2025, 4, 14, 12);
const PHASES: RelationshipPhase[] = [0, 1, 2, 3, 4, 5, 6];

describe('the PDF map figure', () => {
	const b = buildDemoBundle('figure', NOW);
	// One partner per phase, spread over the grid, and the odd value a file may hold.
	const first = b.partners.find((p) => !p.home)!;
	for (const phase of PHASES)
		b.partners.push({
			...first,
			id: `phase-${phase}`,
			name: `Phase ${phase} partner`,
			phase,
			influence: 1 + ((phase * 2) % 5),
			interest: 1 + ((phase * 3) % 5),
			home: false
		});
	const figure = mapFigure(b.partners);
	const screen = layoutMap(b.partners, [], 'grid');

	it('colours each partner as the screen does when coloured by phase', () => {
		const byId = new Map(b.partners.map((p) => [p.id, p]));
		for (const point of figure.points)
			expect(point.colour, point.name).toBe(
				nodeStyle(byId.get(point.id)!, 'phase', new Map()).colour
			);
		// The legend's dots too, for every phase.
		const fills = new Set(
			mapFigureShapes(figure).shapes.flatMap((s) => (s.kind === 'circle' ? [s.fill] : []))
		);
		for (const phase of PHASES)
			expect(fills, `phase ${phase}`).toContain(
				nodeStyle({ ...first, phase }, 'phase', new Map()).colour
			);
	});

	it("puts each partner in the cell the screen's grid puts it in, and leaves the home organisation out as it does", () => {
		const grid = screen.grid!;
		const cellOf = (x: number, y: number) => ({
			interest: Math.floor(((x - grid.left) / grid.width) * 5) + 1,
			influence: 5 - Math.floor(((y - grid.top) / grid.height) * 5)
		});
		const onScreen = new Map(screen.nodes.map((n) => [n.id, cellOf(n.x, n.y)]));
		expect(figure.points.map((p) => p.id).sort()).toEqual([...onScreen.keys()].sort());
		for (const point of figure.points)
			expect({ interest: point.interest, influence: point.influence }, point.name).toEqual(
				onScreen.get(point.id)
			);
	});
});
