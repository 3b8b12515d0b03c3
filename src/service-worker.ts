/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * The offline cache: precaches the built app (scripts, styles, static files, the prerendered page
 * shells) at install, serves them cache-first, and drops older caches once this version takes over.
 * A new version waits (no skipWaiting) until the page asks for it: the user chooses when to reload.
 */

import { base, build, files, prerendered, version } from '$service-worker';
import { cacheKeyFor, isOurCache, CACHE_PREFIX } from '$lib/offline/cache-rules';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `${CACHE_PREFIX}${version}`;
// `prerendered` holds every page shell (`/`, `/about/`, `/workshop/`, …) under the deploy base.
const ASSETS = [...new Set([...build, ...files, ...prerendered, `${base}/`])];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches.keys().then((keys) => Promise.all(keys.filter((key) => isOurCache(key) && key !== CACHE).map((key) => caches.delete(key))))
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

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Other origins are none of our business: no caching, no interception.
	if (url.origin !== sw.location.origin) return;
	const key = cacheKeyFor(url.pathname, ASSETS);
	if (key === null) return;
	event.respondWith(respond(request, key));
});
