/**
 * Runs `layoutMap` for the map page: small maps synchronously (no visible delay), large ones in a Web
 * Worker (a 1,000-partner force layout takes about half a second, which would freeze the page).
 * Only the latest request's answer is used. Answers are cached by their input (the last few,
 * layout-cache.ts), so that opening the map again, or going back to a view, shows the drawn map at
 * once instead of laying it out again.
 */

import type { LayoutOptions, MapConnection, MapLayout, MapPartner, MapView } from './layout';
import { LayoutCache, layoutInput, layoutKey } from './layout-cache';
import type { LayoutRequest } from './layout.worker';

/** Above this many partners the layout runs in a worker. */
export const WORKER_THRESHOLD = 250;

let worker: Worker | null = null;
let latest = 0;
const waiting = new Map<number, (layout: MapLayout) => void>();
const cache = new LayoutCache(6);

/**
 * Each layout asked of the worker leaves a performance mark of this name, so that a test or the bench
 * can count them (`performance.getEntriesByName(LAYOUT_MARK)`): a cache hit leaves none.
 */
export const LAYOUT_MARK = 'convene:map-layout';

function getWorker(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (event: MessageEvent<{ id: number; layout: MapLayout }>) => {
		const resolve = waiting.get(event.data.id);
		waiting.delete(event.data.id);
		// An answer to an older request is dropped: the map has changed since.
		if (resolve && event.data.id === latest) resolve(event.data.layout);
	};
	return worker;
}

/** The layout already computed for this input, or undefined (no worker is asked). */
export function cachedLayout(
	partners: readonly MapPartner[],
	connections: readonly MapConnection[],
	view: MapView,
	options: LayoutOptions
): MapLayout | undefined {
	return cache.get(layoutKey(layoutInput(partners, connections, view, options)));
}

/** The layout from the cache or the worker; a worker answer resolves only if no newer request was made meanwhile. */
export function layoutInWorker(
	partners: readonly MapPartner[],
	connections: readonly MapConnection[],
	view: MapView,
	options: LayoutOptions
): Promise<MapLayout> {
	const id = ++latest;
	const input = layoutInput(partners, connections, view, options);
	const key = layoutKey(input);
	const hit = cache.get(key);
	if (hit) return Promise.resolve(hit);
	return new Promise((resolve) => {
		waiting.set(id, (layout) => {
			cache.set(key, layout);
			resolve(layout);
		});
		performance.mark(LAYOUT_MARK, { detail: { partners: partners.length, view } });
		const request: LayoutRequest = { id, ...input };
		getWorker().postMessage(request);
	});
}
