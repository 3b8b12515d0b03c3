/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * The offline cache: precaches the built app (scripts, styles, static files, the prerendered page
 * shells) at install, serves them cache-first, and drops older caches once this version takes over.
 * On-demand files (the PDF's script fonts) are not fetched at install: the first use fetches and
 * keeps them in a cache of their own, which outlives app versions but is pruned to the current build.
 * A new version waits (no skipWaiting) until the page asks for it: the user chooses when to reload.
 */

import { base, build, files, prerendered, version } from '$service-worker';
import {
	cacheKeyFor,
	isOnDemand,
	isOurCache,
	CACHE_PREFIX,
	ON_DEMAND_CACHE
} from '$lib/offline/cache-rules';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `${CACHE_PREFIX}${version}`;
// `prerendered` holds every page shell (`/`, `/about/`, `/workshop/`, …) under the deploy base.
const ALL = [...new Set([...build, ...files, ...prerendered, `${base}/`])];
const ASSETS = ALL.filter((path) => !isOnDemand(path));
const ON_DEMAND = ALL.filter(isOnDemand);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const keys = await caches.keys();
			await Promise.all(
				keys
					.filter((key) => isOurCache(key) && key !== CACHE && key !== ON_DEMAND_CACHE)
					.map((key) => caches.delete(key))
			);
			// Fonts of older builds (other hashes) are no longer asked for. (caches.open would create it.)
			if (!(await caches.has(ON_DEMAND_CACHE))) return;
			const kept = await caches.open(ON_DEMAND_CACHE);
			for (const request of await kept.keys()) {
				if (!ON_DEMAND.includes(new URL(request.url).pathname)) await kept.delete(request);
			}
		})()
	);
});

sw.addEventListener('message', (event) => {
	// Sent by the "Reload" button of the update notice, never on our own initiative.
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

async function respond(request: Request, key: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(key);
	if (cached) return cached;
	// Not precached (a file added after the build, a typo'd URL): the network decides, and a
	// failure offline becomes the browser's own error rather than a stale or wrong page.
	return fetch(request);
}

/** Cache first; on a miss, the network, and the answer is kept for next time (offline included). */
async function respondOnDemand(request: Request, key: string): Promise<Response> {
	const cache = await caches.open(ON_DEMAND_CACHE);
	const cached = await cache.match(key);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) await cache.put(key, response.clone());
	return response;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Other origins are none of our business: no caching, no interception.
	if (url.origin !== sw.location.origin) return;
	const onDemand = cacheKeyFor(url.pathname, ON_DEMAND);
	if (onDemand !== null) {
		event.respondWith(respondOnDemand(request, onDemand));
		return;
	}
	const key = cacheKeyFor(url.pathname, ASSETS);
	if (key === null) return;
	event.respondWith(respond(request, key));
});
