/**
 * What the map's toolbar controls, in one reactive object: the view, the filters, the search, add
 * mode and the styling. The map page owns one and hands it to its header and toolbar, which change
 * its fields directly (instead of six two-way bound props through each layer).
 */

import type { MapView } from '$lib/domain/types';
import { NO_FILTER, type MapFilter } from './filters';
import type { ColourBy, SizeBy } from './styling';

export class MapControls {
	/** A drawn view, or the table. */
	view = $state<MapView | 'table'>('network');
	filter = $state<MapFilter>(NO_FILTER);
	/** The search text as typed (matching trims it). */
	search = $state('');
	/** The next click on the network view adds a partner there. */
	addMode = $state(false);
	colourBy = $state<ColourBy>('sector');
	sizeBy = $state<SizeBy>('influence');
}
