import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutMap, type MapLayout } from '$lib/map/layout';
import { LayoutCache, layoutInput, layoutKey } from '$lib/map/layout-cache';
import type { LayoutRequest } from '$lib/map/layout.worker';
import { syntheticMap } from '$testing/synthetic-map';

const { partners, connections } = syntheticMap(30);
const key = (p = partners, c = connections, view: 'network' | 'rings' = 'network', fontSize = 14) =>
	layoutKey(layoutInput(p, c, view, { fontSize }));
const edit = (i: number, patch: object) =>
	partners.map((p, j) => (j === i ? { ...p, ...patch } : p));

describe('layout cache keys', () => {
	it('is the same for the same input, even from other copies with extra fields', () => {
		const copies = structuredClone(partners).map((p) => ({
			...p,
			notes: 'not read by the layout',
			ringAngle: null
		}));
		expect(key(copies, structuredClone(connections))).toBe(key());
	});

	it('changes with everything that moves a node: position, pin, ring angle, phase, size, name, connections, view, font size', () => {
		const base = key();
		const changed = [
			key(edit(3, { x: 10, y: 20 })),
			key(edit(3, { pinned: true })),
			key(edit(3, { ringAngle: 45 })),
			key(edit(3, { phase: (partners[3].phase + 1) % 7 })),
			key(edit(3, { influence: (partners[3].influence % 5) + 1 })),
			key(edit(3, { size: 2 })),
			key(edit(3, { name: 'Renamed' })),
			key(edit(3, { home: true })),
			key(partners, connections.slice(1)),
			key(
				partners,
				connections.map((c, i) => (i === 0 ? { ...c, strength: 3 } : c))
			),
			key(partners, connections, 'rings'),
			key(partners, connections, 'network', 20)
		];
		for (const k of changed) expect(k).not.toBe(base);
		expect(new Set(changed).size).toBe(changed.length);
	});
});

describe('layout cache', () => {
	const layout = (n: number) => ({ view: 'network', width: n }) as unknown as MapLayout;

	it('keeps the most recently used layouts and drops the oldest past its size', () => {
		const cache = new LayoutCache(3);
		for (const k of ['a', 'b', 'c']) cache.set(k, layout(k.charCodeAt(0)));
		expect(cache.get('a')).toEqual(layout(97));
		cache.set('d', layout(100));
		// 'b' was the least recently used ('a' was just read).
		expect(cache.get('b')).toBeUndefined();
		expect(cache.get('a')).toBeDefined();
		expect(cache.get('c')).toBeDefined();
		expect(cache.get('d')).toBeDefined();
		expect(cache.count).toBe(3);
	});
});

/** A stand-in for the layout worker: lays out like the real one, counting what it is asked. */
class FakeWorker {
	static posted: LayoutRequest[] = [];
	onmessage: ((event: MessageEvent) => void) | null = null;
	postMessage(request: LayoutRequest) {
		FakeWorker.posted.push(request);
		const layout = layoutMap(request.partners, request.connections, request.view, request.options);
		queueMicrotask(() => this.onmessage?.({ data: { id: request.id, layout } } as MessageEvent));
	}
}

describe('opening a large map a second time', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('does not lay it out again: the second request is answered from the cache, with the same layout', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		vi.resetModules();
		const runner = await import('$lib/map/layout-runner');
		const big = syntheticMap(300);
		const first = await runner.layoutInWorker(big.partners, big.connections, 'network', {
			fontSize: 16
		});
		expect(FakeWorker.posted).toHaveLength(1);
		expect(performance.getEntriesByName(runner.LAYOUT_MARK)).toHaveLength(1);
		// The page opened again: new copies of the same partners (as read from the database again).
		const again = structuredClone(big);
		expect(
			runner.cachedLayout(again.partners, again.connections, 'network', { fontSize: 16 })
		).toBe(first);
		expect(
			await runner.layoutInWorker(again.partners, again.connections, 'network', { fontSize: 16 })
		).toBe(first);
		expect(FakeWorker.posted).toHaveLength(1);
		// A partner moved since: laid out again.
		again.partners[0] = { ...again.partners[0], x: 5, y: 5, pinned: true };
		expect(
			runner.cachedLayout(again.partners, again.connections, 'network', { fontSize: 16 })
		).toBeUndefined();
		await runner.layoutInWorker(again.partners, again.connections, 'network', { fontSize: 16 });
		expect(FakeWorker.posted).toHaveLength(2);
		expect(performance.getEntriesByName(runner.LAYOUT_MARK)).toHaveLength(2);
	});
});
