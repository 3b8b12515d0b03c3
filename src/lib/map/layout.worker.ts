/// <reference lib="webworker" />
/**
 * Lays out large maps off the main thread, so the page stays responsive while d3-force runs. The
 * same pure `layoutMap` as on the main thread: same input, same (seeded) result.
 */
import {
	layoutMap,
	type LayoutOptions,
	type MapConnection,
	type MapPartner,
	type MapView
} from './layout';

export interface LayoutRequest {
	id: number;
	partners: MapPartner[];
	connections: MapConnection[];
	view: MapView;
	options: LayoutOptions;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
	const { id, partners, connections, view, options } = event.data;
	self.postMessage({ id, layout: layoutMap(partners, connections, view, options) });
};
