import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '$lib/domain/demo';
import { syntheticMap } from '$testing/synthetic-map';
import { boxDistance, nearestToOwn, overlaps, textAnchor, type PlacedLabel } from '$lib/map/labels';
import { layoutMap, type MapLayout } from '$lib/map/layout';

const demo = buildDemoBundle('w', Date.UTC(2026, 0, 10));
const VIEWS = ['network', 'rings', 'grid'] as const;

/** The labels of `layout` that sit nearer to another node's centre than to their own. */
function strays(layout: MapLayout): string[] {
	return layout.labels
		.filter((l) => {
			const own = layout.nodes.find((n) => n.id === l.id)!;
			return !nearestToOwn(
				l,
				own,
				layout.nodes.filter((n) => n.id !== l.id)
			);
		})
		.map((l) => l.id);
}

describe('a label is read as its own node’s', () => {
	it('measures from a point to the nearest edge of a box (0 inside)', () => {
		const box = { x: 10, y: 10, width: 20, height: 10 };
		expect(boxDistance(box, { x: 15, y: 15 })).toBe(0);
		expect(boxDistance(box, { x: 0, y: 15 })).toBe(10);
		expect(boxDistance(box, { x: 33, y: 24 })).toBe(5);
	});

	it('is nearer to its own node than to any other, by the margin', () => {
		const box = { x: 100, y: 100, width: 50, height: 20 };
		const own = { x: 90, y: 110 };
		expect(nearestToOwn(box, own, [{ x: 170, y: 110 }])).toBe(true);
		expect(nearestToOwn(box, own, [{ x: 165, y: 110 }])).toBe(true);
		expect(nearestToOwn(box, own, [{ x: 165, y: 110 }], 6)).toBe(false);
		expect(nearestToOwn(box, own, [{ x: 125, y: 128 }])).toBe(false);
	});

	it.each(VIEWS)(
		'on the projector (large type, owned spots only) in the demo: every label (%s)',
		(view) => {
			for (const fontSize of [24, 30, 38]) {
				const layout = layoutMap(demo.partners, demo.connections, view, {
					fontSize,
					ownedLabels: true
				});
				expect(strays(layout), `${view} at ${fontSize}`).toEqual([]);
				for (let i = 0; i < layout.labels.length; i++)
					for (let j = i + 1; j < layout.labels.length; j++)
						expect(overlaps(layout.labels[i], layout.labels[j])).toBe(false);
			}
		}
	);

	it('names every partner of the demo’s network with owned spots only, at 24 map units', () => {
		// Owned spots only cost no label on a map with room for its type.
		const layout = layoutMap(demo.partners, demo.connections, 'network', {
			fontSize: 24,
			ownedLabels: true
		});
		expect(layout.labels).toHaveLength(demo.partners.length);
	});

	it('moves no node: the projector’s nodes are the laptop’s, whatever the labels', () => {
		for (const view of VIEWS) {
			const laptop = layoutMap(demo.partners, demo.connections, view, { fontSize: 17 });
			const projector = layoutMap(demo.partners, demo.connections, view, {
				fontSize: 30,
				ownedLabels: true
			});
			expect(projector.nodes).toEqual(laptop.nodes);
		}
	});

	it('still labels a crowded laptop map’s nodes where only a leader line can reach them', () => {
		const { partners, connections } = syntheticMap(300);
		const loose = layoutMap(partners, connections, 'network', { fontSize: 39 });
		const owned = layoutMap(partners, connections, 'network', {
			fontSize: 39,
			ownedLabels: true
		});
		expect(strays(owned)).toEqual([]);
		expect(loose.labels.length).toBeGreaterThan(owned.labels.length);
	});

	it('keeps its text to the edge facing the node', () => {
		const label = { x: 100, width: 80 } as PlacedLabel;
		expect(textAnchor({ ...label, align: 'start' })).toEqual({ x: 103, anchor: 'start' });
		expect(textAnchor({ ...label, align: 'end' })).toEqual({ x: 177, anchor: 'end' });
		expect(textAnchor({ ...label, align: 'middle' })).toEqual({ x: 140, anchor: 'middle' });
	});
});
