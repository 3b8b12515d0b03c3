/** Downloads the current map view as SVG or PNG (1920 px wide); returns the reason, in the interface's language, when it fails. */

import { downloadBlob, downloadText } from '$lib/components/download';
import { isoDay, safeFileName } from '$lib/domain/filenames';
import { unexpectedText } from '$lib/i18n/errors';
import type { Connection, Partner, Workshop } from '$lib/domain/types';
import { m } from '$lib/paraglide/messages.js';
import { mapSvgString } from '$lib/map/export';
import type { MapView } from '$lib/map/layout';
import { svgToPng } from '$lib/map/png';
import { viewName } from '$lib/map/text';

export async function exportMap(
	format: 'svg' | 'png',
	workshop: Workshop,
	partners: readonly Partner[],
	connections: readonly Connection[],
	view: MapView
): Promise<string | null> {
	const title = `${workshop.title || m.workshop_untitled()} — ${m.map_title()} (${viewName(view)})`;
	const svg = mapSvgString(partners, connections, view, { title, width: 1920 });
	const name = safeFileName(
		`${workshop.title || 'workshop'} map ${view}`,
		isoDay(Date.now()),
		format
	);
	try {
		if (format === 'svg') downloadText(name, svg, 'image/svg+xml');
		else downloadBlob(name, await svgToPng(svg));
		return null;
	} catch (e) {
		console.error('Convene: the map image could not be made', e);
		return unexpectedText(e);
	}
}
