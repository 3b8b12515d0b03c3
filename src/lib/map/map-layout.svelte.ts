/**
 * The map page's current layout as a small runes class: small maps laid out at once on the main
 * thread, large ones (over WORKER_THRESHOLD partners) in the worker, through its cache; until the
 * worker answers, the previous layout stays on screen and `layingOut` is true.
 */

import {
	canvasSize,
	layoutMap,
	type MapConnection,
	type MapLayout,
	type MapPartner,
	type MapView
} from './layout';
import { cachedLayout, layoutInWorker, WORKER_THRESHOLD } from './layout-runner';

/**
 * The labels' font size in map units, so that on screen they read at 14 px (24 px in projector mode),
 * whatever the scale the canvas of `count` partners is drawn at (`canvasWidth` CSS pixels; 0 = unknown).
 */
export function labelFontSize(count: number, canvasWidth: number, projector: boolean): number {
	const px = projector ? 24 : 14;
	const scale = canvasWidth > 0 ? canvasSize(count).width / canvasWidth : 1;
	return Math.round(Math.min(40, Math.max(12, px * scale)));
}

export interface MapLayoutInput {
	partners: readonly MapPartner[];
	connections: readonly MapConnection[];
	/** `table`: no drawing, no layout. */
	view: MapView | 'table';
	fontSize: number;
	/** Optional: labels only beside their own node (the projector; see `placeLabels`'s `ownedOnly`). */
	ownedLabels?: boolean;
	/**
	 * Whether `fontSize` is final (the canvas's width is known). A large map waits for it, so that
	 * opening the map asks the worker once, not once for a guessed size and again for the real one.
	 */
	ready: boolean;
}

export class MapLayoutState {
	#input: () => MapLayoutInput;
	#fromWorker = $state.raw<MapLayout | null>(null);
	/** True while the worker lays out a large map. */
	layingOut = $state(false);
	#large = $derived.by(() => this.#input().partners.length > WORKER_THRESHOLD);
	/** The layout to draw, or null (the table, or a large map's first layout still on its way). */
	current = $derived.by((): MapLayout | null => {
		const { partners, connections, view, fontSize, ownedLabels } = this.#input();
		if (view === 'table') return null;
		const options = { fontSize, ownedLabels };
		// A large map laid out before (the page opened again, a view revisited) is drawn at once.
		if (this.#large) return cachedLayout(partners, connections, view, options) ?? this.#fromWorker;
		return layoutMap(partners, connections, view, options);
	});

	/** Must be made while a component initialises (it runs an effect). */
	constructor(input: () => MapLayoutInput) {
		this.#input = input;
		$effect(() => {
			const { partners, connections, view, fontSize, ownedLabels, ready } = this.#input();
			const options = { fontSize, ownedLabels };
			if (view === 'table' || !this.#large) return;
			this.layingOut = true;
			if (!ready) return;
			if (cachedLayout(partners, connections, view, options)) {
				this.layingOut = false;
				return;
			}
			void layoutInWorker(partners, connections, view, options).then((result) => {
				this.#fromWorker = result;
				this.layingOut = false;
			});
		});
	}
}
