/**
 * Fonts in, PDF out: fetches DejaVu Sans and exactly the fallback files a plan needs (none for a
 * plan in Latin, Greek or Cyrillic script), converts them, and renders. Used by the plan worker and
 * by the Node tests (which read the same files from disk). Files are kept in memory once converted.
 */

import type { PlanDocument } from './plan-model';
import {
	dejaVuCovers,
	fontBinary,
	fontsNeeded,
	renderPlan,
	type FallbackFont,
	type PlanFonts,
	type RenderedPlan
} from './render';
import { woffToTtf } from './woff';

/** Fetches a file's bytes; throws (with the URL in the message) when it cannot. */
export type FetchBytes = (url: string) => Promise<ArrayBuffer>;

export interface FontUrls {
	regular: string;
	bold: string;
}

let primary: Promise<{ fonts: PlanFonts; covers: Set<number> }> | null = null;
const fallbacks = new Map<string, Promise<FallbackFont>>();

function loadPrimary(fetchBytes: FetchBytes, urls: FontUrls) {
	primary ??= Promise.all([fetchBytes(urls.regular), fetchBytes(urls.bold)])
		.then(([regular, bold]) => {
			const fonts = { regular: fontBinary(regular), bold: fontBinary(bold) };
			return { fonts, covers: dejaVuCovers(fonts) };
		})
		.catch((error) => {
			primary = null; // the next attempt fetches again (e.g. once back online)
			throw error;
		});
	return primary;
}

function loadFallback(fetchBytes: FetchBytes, id: string, url: string): Promise<FallbackFont> {
	let loading = fallbacks.get(id);
	if (!loading) {
		loading = fetchBytes(url)
			.then(woffToTtf)
			.then((font) => ({ id, font }));
		loading.catch(() => fallbacks.delete(id));
		fallbacks.set(id, loading);
	}
	return loading;
}

interface LoadAndRenderOptions {
	locale?: string;
	onProgress?: (done: number, total: number) => void;
	/** Told which fallback files the plan needs, before they are fetched (ids, see fonts.ts). */
	onFonts?: (ids: string[]) => void;
}

/** Renders a plan with the fonts it needs. Errors: a font that cannot be fetched rejects the promise. */
export async function loadAndRender(
	plan: PlanDocument,
	fetchBytes: FetchBytes,
	urls: FontUrls,
	options: LoadAndRenderOptions = {}
): Promise<RenderedPlan> {
	const { fonts, covers } = await loadPrimary(fetchBytes, urls);
	const needed = fontsNeeded(plan, covers);
	options.onFonts?.(needed.map((s) => s.id));
	const loaded = await Promise.all(needed.map((s) => loadFallback(fetchBytes, s.id, s.url)));
	return renderPlan(plan, {
		fonts,
		fallbacks: loaded,
		locale: options.locale,
		onProgress: options.onProgress
	});
}
