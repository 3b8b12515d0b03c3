/**
 * Plan and spreadsheet exports as the UI uses them. The PDF code (jsPDF, svg2pdf, autotable) and the
 * fonts load on first use only, through `import()` and `fetch`, so they never weigh on the first page.
 */

import { asset } from '$app/paths';
import { actionsCsv, partnersCsv, peopleCsv } from '$lib/domain/csv';
import { isoDay, safeFileName } from '$lib/domain/filenames';
import type { WorkshopBundle } from '$lib/domain/types';
import { buildPlan, type PlanSectionId } from '$lib/pdf/plan-model';
import type { PlanFonts, RenderedPlan } from '$lib/pdf/render';
import { downloadBlob, downloadText } from '$lib/components/download';
import { withContent } from '$lib/i18n/content';
import { currentLocale, inLocale, type Locale } from '$lib/i18n/locale';

let fonts: Promise<PlanFonts> | null = null;

async function fetchFont(url: string): Promise<ArrayBuffer> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return response.arrayBuffer();
}

function loadFonts(render: typeof import('$lib/pdf/render')): Promise<PlanFonts> {
	fonts ??= Promise.all([fetchFont(asset('/fonts/DejaVuSans.ttf')), fetchFont(asset('/fonts/DejaVuSans-Bold.ttf'))])
		.then(([regular, bold]) => ({ regular: render.fontBinary(regular), bold: render.fontBinary(bold) }))
		.catch((error) => {
			fonts = null; // let the next attempt fetch again (e.g. once back online)
			throw error;
		});
	return fonts;
}

/** The language of a workshop's PDF and spreadsheets: its setting, else the interface's. */
export const workshopLanguage = (bundle: WorkshopBundle): Locale => bundle.workshop.settings.language ?? currentLocale();

/**
 * The plan as a PDF, with its page count; nothing is downloaded. Written in the workshop's
 * language: messages and dates (inLocale) and the seed content (withContent) switch for the build.
 */
export async function renderWorkshopPlan(bundle: WorkshopBundle, sections: readonly PlanSectionId[]): Promise<RenderedPlan> {
	const render = await import('$lib/pdf/render');
	const fonts = await loadFonts(render);
	const language = workshopLanguage(bundle);
	return inLocale(language, async () => {
		const plan = await withContent(language, () => buildPlan(bundle, { sections, now: Date.now() }));
		return render.renderPlan(plan, { fonts });
	});
}

export function planFileName(bundle: WorkshopBundle, extension = 'pdf'): string {
	return safeFileName(bundle.workshop.title || 'partnership-plan', bundle.workshop.date || isoDay(Date.now()), extension);
}

/** Builds and downloads the plan; resolves with what was saved. */
export async function exportPlanPdf(bundle: WorkshopBundle, sections: readonly PlanSectionId[]) {
	const rendered = await renderWorkshopPlan(bundle, sections);
	const file = planFileName(bundle);
	downloadBlob(file, rendered.blob);
	return { file, pages: rendered.pages };
}

export type CsvKind = 'partners' | 'people' | 'actions';

const CSV_BUILDERS: Record<CsvKind, (b: WorkshopBundle) => string> = { partners: partnersCsv, people: peopleCsv, actions: actionsCsv };

/** Downloads one spreadsheet, in the workshop's language. */
export async function exportCsv(bundle: WorkshopBundle, kind: CsvKind): Promise<void> {
	const title = `${bundle.workshop.title || 'workshop'} ${kind}`;
	const language = workshopLanguage(bundle);
	const text = await inLocale(language, () => withContent(language, () => CSV_BUILDERS[kind](bundle)));
	downloadText(safeFileName(title, isoDay(Date.now()), 'csv'), text, 'text/csv');
}
