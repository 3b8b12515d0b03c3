/**
 * Plan and spreadsheet exports as the UI uses them. The PDF is laid out in a Web Worker (jsPDF,
 * autotable and the fonts load there on first use), so neither the first page nor the plan page
 * ever waits on it; CSV files are built here.
 */

import { asset } from '$app/paths';
import {
	actionsCsv,
	csvFileName,
	partnersCsv,
	peopleCsv,
	roomCsv,
	type CsvKind
} from '$lib/domain/csv';
import { isoDay, safeFileName } from '$lib/domain/filenames';
import type { LiveBundle, WorkshopBundle } from '$lib/domain/types';
import { sectorStyle } from '$lib/map/sectors';
import type { PlanSectionId } from '$lib/pdf/plan-model';
import { renderInWorker, type PlanPdf } from '$lib/pdf/worker-client';
import { downloadBlob, downloadText } from '$lib/components/download';
import { csvLabels } from '$lib/i18n/csv';
import { withContent } from '$lib/i18n/content';
import { currentLocale, inLocale, type Locale } from '$lib/i18n/locale';

/** Absolute URLs of the PDF's base fonts (the worker resolves URLs against its own script). */
function fontUrls() {
	return {
		regular: new URL(asset('/fonts/DejaVuSans.ttf'), location.href).href,
		bold: new URL(asset('/fonts/DejaVuSans-Bold.ttf'), location.href).href
	};
}

/** The language of a workshop's PDF and spreadsheets: its setting, else the interface's. */
export const workshopLanguage = (bundle: LiveBundle): Locale =>
	bundle.workshop.settings.language ?? currentLocale();

/**
 * The plan as a PDF with its page count, laid out in the worker, in the workshop's language
 * (messages, dates and seed content: see plan.worker.ts); nothing is downloaded. `onProgress`
 * hears (sections done, sections in all). Rejects with `Superseded` when a newer call replaced it.
 */
export function renderWorkshopPlan(
	bundle: WorkshopBundle,
	sections: readonly PlanSectionId[],
	onProgress?: (done: number, total: number) => void
): Promise<PlanPdf> {
	return renderInWorker(
		{ bundle, sections, now: Date.now(), locale: workshopLanguage(bundle), fonts: fontUrls() },
		onProgress
	);
}

function planFileName(bundle: LiveBundle, extension = 'pdf'): string {
	return safeFileName(
		bundle.workshop.title || 'partnership-plan',
		bundle.workshop.date || isoDay(Date.now()),
		extension
	);
}

/** Downloads a rendered plan; returns what was saved. */
export function savePlanPdf(bundle: WorkshopBundle, pdf: PlanPdf) {
	const file = planFileName(bundle);
	downloadBlob(file, new Blob([pdf.bytes], { type: 'application/pdf' }));
	return { file, pages: pdf.pages };
}

const CSV_BUILDERS = {
	partners: partnersCsv,
	people: peopleCsv,
	actions: actionsCsv,
	room: roomCsv
} as const;

/** Downloads one spreadsheet, in the workshop's language (labels and seed content). */
export async function exportCsv(bundle: LiveBundle, kind: CsvKind): Promise<void> {
	const language = workshopLanguage(bundle);
	const text = await inLocale(language, () =>
		withContent(language, () =>
			CSV_BUILDERS[kind](
				bundle,
				csvLabels((sector) => sectorStyle(sector).label)
			)
		)
	);
	downloadText(
		csvFileName(bundle.workshop.title || 'workshop', kind, isoDay(Date.now())),
		text,
		'text/csv'
	);
}
