/**
 * The layouts already computed, keyed by everything a layout depends on (the partners' layout
 * fields, the connections, the view and the options): the last few, least recently used dropped
 * first. Opening the map again, or going back to a view, finds the drawn map here instead of laying
 * it out again; any change that would move a node (a position, a ring angle, a phase, a size, a
 * name, a connection, the font size) makes another key, so a stale layout is never shown.
 */

import type { LayoutOptions, MapConnection, MapLayout, MapPartner, MapView } from './layout';

/** The input of one layout as plain data (structured-clonable: what is posted to the worker). */
export interface LayoutInput {
	partners: MapPartner[];
	connections: MapConnection[];
	view: MapView;
	options: LayoutOptions;
}

/**
 * Plain copies of the fields a layout reads, in a fixed order (Svelte state proxies cannot be posted
 * to a worker, and extra fields such as notes must not change the key).
 */
export function layoutInput(
	partners: readonly MapPartner[],
	connections: readonly MapConnection[],
	view: MapView,
	options: LayoutOptions
): LayoutInput {
	return {
		partners: partners.map(
			({ id, name, sector, phase, influence, interest, x, y, pinned, ringAngle, home, size }) => ({
				id,
				name,
				sector,
				phase,
				influence,
				interest,
				x,
				y,
				pinned,
				ringAngle: ringAngle ?? null,
				home: home ?? false,
				...(size === undefined ? {} : { size })
			})
		),
		connections: connections.map(({ id, sourceId, targetId, strength }) => ({
			id,
			sourceId,
			targetId,
			strength
		})),
		view,
		options: {
			seed: options.seed,
			fontSize: options.fontSize,
			ticks: options.ticks,
			ownedLabels: options.ownedLabels
		}
	};
}

/** The cache key of a layout input. */
export const layoutKey = (input: LayoutInput): string =>
	JSON.stringify([input.partners, input.connections, input.view, input.options]);

/** A least-recently-used map from layout keys to layouts, holding at most `size` of them. */
export class LayoutCache {
	#entries = new Map<string, MapLayout>();
	constructor(readonly size = 6) {}

	/** The layout for `key`, now the most recently used; undefined when not held. */
	get(key: string): MapLayout | undefined {
		const hit = this.#entries.get(key);
		if (hit) {
			this.#entries.delete(key);
			this.#entries.set(key, hit);
		}
		return hit;
	}

	set(key: string, layout: MapLayout): void {
		this.#entries.delete(key);
		this.#entries.set(key, layout);
		if (this.#entries.size > this.size) this.#entries.delete(this.#entries.keys().next().value!);
	}

	get count(): number {
		return this.#entries.size;
	}
}
