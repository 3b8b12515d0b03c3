/// <reference lib="webworker" />
/**
 * The plan's PDF, laid out off the main thread: receives a workshop, the chosen sections and the
 * font URLs; builds the plan model, fetches the fonts it needs (see load.ts) and renders it; posts
 * progress per section, then the PDF bytes (transferred, not copied) with the page count.
 */

import { withContentLanguage } from '$lib/domain/content-language';
import { contentTranslation } from '$lib/i18n/content';
import { inLocale, locales, type Locale } from '$lib/i18n/locale';
import { buildPlan } from './plan-model';
import { loadAndRender } from './load';
import { FontFileError } from './woff';
import type { PlanRequest, PlanResponse } from './worker-client';

const post = (message: PlanResponse, transfer: Transferable[] = []) =>
	(self as unknown as DedicatedWorkerGlobalScope).postMessage(message, transfer);

/** A font file the plan needs could not be fetched (offline, HTTP error). */
class FontFetchError extends Error {
	name = 'FontFetchError';
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
	const response = await fetch(url).catch((e: unknown) => {
		throw new FontFetchError(`${url}: ${e instanceof Error ? e.message : String(e)}`);
	});
	if (!response.ok) throw new FontFetchError(`${url}: HTTP ${response.status}`);
	return response.arrayBuffer();
}

self.addEventListener('message', async (event: MessageEvent<PlanRequest>) => {
	const { id, bundle, sections, now, locale, fonts } = event.data;
	const language: Locale = (locales as readonly string[]).includes(locale ?? '')
		? (locale as Locale)
		: 'en';
	try {
		// The worker's seed content is English (content.ts); the workshop's language is put in place
		// for the build only. Messages speak it for the whole job (one job at a time in this worker).
		const translation = await contentTranslation(language);
		const rendered = await inLocale(language, async () => {
			const plan = withContentLanguage(translation, null, () =>
				buildPlan(bundle, { sections, now, locale: language })
			);
			return loadAndRender(plan, fetchBytes, fonts, {
				locale: language,
				onFonts: (ids) => post({ id, type: 'fonts', ids }),
				onProgress: (done, total) => post({ id, type: 'progress', done, total })
			});
		});
		const bytes = await rendered.blob.arrayBuffer();
		post(
			{
				id,
				type: 'done',
				bytes,
				pages: rendered.pages,
				sectionPages: rendered.sectionPages,
				unprintable: rendered.unprintable
			},
			[bytes]
		);
	} catch (error) {
		const font = error instanceof FontFetchError || error instanceof FontFileError;
		post({
			id,
			type: 'error',
			code: font ? 'font-unavailable' : 'failed',
			name: error instanceof Error ? error.name : 'Error',
			message: error instanceof Error ? error.message : String(error)
		});
	}
});
