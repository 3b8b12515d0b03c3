/**
 * Runs `layoutMap` for the map page: small maps synchronously (no visible delay), large ones in a Web
 * Worker (a 1,000-partner force layout takes about half a second, which would freeze the page).
 * Only the latest request's answer is used. Answers are cached by their input (the last few), so that
 * opening the map again, or going back to a view, shows the drawn map at once instead of laying it out
 * again.
 */

import type { LayoutOptions, MapConnection, MapLayout, MapPartner, MapView } from './layout';
import type { LayoutRequest } from './layout.worker';

/** Above this many partners the layout runs in a worker. */
export const WORKER_THRESHOLD = 250;

let worker: Worker | null = null;
let latest = 0;
const waiting = new Map<number, (layout: MapLayout) => void>();
/** Input (as JSON) → layout, most recent last; at most CACHE_SIZE entries. */
const cache = new Map<string, MapLayout>();
const CACHE_SIZE = 6;



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

/** The layout from the worker; resolves only if no newer request was made meanwhile. */
export function layoutInWorker(
	partners: readonly MapPartner[],
	connections: readonly MapConnection[],
	view: MapView,
	options: LayoutOptions
): Promise<MapLayout> {
	const id = ++latest;
	// Plain copies: Svelte state proxies cannot be posted to a worker.
	const request: LayoutRequest = {
		id,
		partners: partners.map(({ id, name, sector, phase, influence, interest, x, y, pinned, home, size }) => ({
			id, name, sector, phase, influence, interest, x, y, pinned, home: home ?? false, ...(size === undefined ? {} : { size })
		})),
		connections: connections.map(({ id, sourceId, targetId, strength }) => ({ id, sourceId, targetId, strength })),
		view,
		options: { ...options }
	};
	const key = JSON.stringify([request.partners, request.connections, view, request.options]);
	const hit = cache.get(key);
	if (hit) {
		cache.delete(key);
		cache.set(key, hit);
		return Promise.resolve(hit);
	}
	return new Promise((resolve) => {
		waiting.set(id, (layout) => {
			cache.set(key, layout);
			if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
			resolve(layout);
		});
		getWorker().postMessage(request);
	});
}
