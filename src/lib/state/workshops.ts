/**
 * Workshop-level operations as the UI uses them: each write goes through the save status, and the
 * first workshop stored asks the browser to keep our data. The home page uses them, so the database
 * (Dexie) is loaded by the first operation, not with the page: the list itself is read without it
 * (`workshop-list.ts`).
 */

import { MAX_FILE_BYTES } from '$lib/domain/file-limits';
import { requestPersistence } from '$lib/db/storage';
import { safeFileName, isoDay } from '$lib/domain/filenames';
import type { Worded } from '$lib/i18n/problem';
import type { TemplateId, Workshop, WorkshopBundle } from '$lib/domain/types';
import type { WorkshopFields, WorkshopPatch } from '$lib/db/repository';
import { downloadText } from '$lib/components/download';
import { m } from '$lib/paraglide/messages.js';
import { backupLog } from './backup.svelte';
import { saveStatus } from './save-status.svelte';
import { currentLocale } from '$lib/i18n/locale';
import { loadPageContent } from '$lib/i18n/content';

/** The repository, loaded on first use (already loaded on every page but the home page). */
const repo = async () => (await import('$lib/db')).repo();

/**
 * Starts loading the repository ahead of a write (the home page calls it when a control of its
 * content takes focus), so that "Create workshop" does not wait for it. Never throws; a failure shows on the write.
 */
export function prepare(): void {
	repo().catch(() => undefined);
}

/** The file format and its schemas load when a file is read or written, not with the first page. */
const fileFormat = () => import('$lib/domain/file-format');

let persistenceAsked = false;
function askPersistenceOnce(): void {
	if (persistenceAsked) return;
	persistenceAsked = true;
	void requestPersistence();
}

/**
 * A new workshop; its PDF and spreadsheets speak the facilitator's current language. `homeSector`:
 * the sector of the workshop's own organisation (its home partner on the map).
 */
export async function createWorkshop(
	templateId: TemplateId,
	fields: Partial<WorkshopFields>,
	homeSector?: string
) {
	const w = await saveStatus.track(() =>
		repo().then((r) => r.createWorkshop(templateId, fields, currentLocale(), homeSector))
	);
	if (w) askPersistenceOnce();
	return w;
}

export async function createDemo(): Promise<Workshop | undefined> {
	// The demo's sample data is only needed when asked for: loaded on demand, it stays out of the initial JS.
	// It stores seed texts (criteria, agenda titles) in the page's language: the home page has only
	// the module and template names in place, so the rest comes first.
	const [{ buildDemoBundle }] = await Promise.all([import('$lib/domain/demo'), loadPageContent()]);
	const bundle = buildDemoBundle(crypto.randomUUID(), Date.now());
	const stored = await saveStatus.track(() =>
		repo()
			.then((r) => r.putBundle(bundle))
			.then(() => bundle.workshop)
	);
	if (stored) askPersistenceOnce();
	return stored;
}

export function updateWorkshop(id: string, patch: WorkshopPatch) {
	return saveStatus.track(async () => (await repo()).updateWorkshop(id, patch));
}

export function duplicateWorkshop(id: string) {
	return saveStatus.track(async () =>
		(await repo()).duplicateWorkshop(id, (title) =>
			m.home_copyTitle({ title: title || m.workshop_untitled() })
		)
	);
}

export function deleteWorkshop(id: string) {
	return saveStatus.track(async () => (await repo()).deleteWorkshop(id));
}

export function restoreWorkshop(bundle: WorkshopBundle) {
	return saveStatus.track(async () => (await repo()).putBundle(bundle));
}

export async function exportWorkshopFile(id: string): Promise<void> {
	const bundle = await (await repo()).loadBundle(id);
	if (!bundle) return;
	const { workshopFileText } = await fileFormat();
	downloadText(
		safeFileName(bundle.workshop.title || 'workshop', isoDay(Date.now()), 'convene.json'),
		workshopFileText(bundle)
	);
	backupLog.markBackedUp(id, Math.max(Date.now(), bundle.workshop.updatedAt));
}

/** Reads a dropped or picked file into a validated bundle, or the reason in words; nothing is stored yet. */
export async function readImportFile(file: File): Promise<Worded<WorkshopBundle>> {
	const [{ readWorkshopFile }, { fail }, { worded }] = await Promise.all([
		fileFormat(),
		import('$lib/domain/safe-json'),
		import('$lib/i18n/problem')
	]);
	if (file.size > MAX_FILE_BYTES) {
		return worded(fail({ code: 'file-too-big', size: file.size, limit: MAX_FILE_BYTES }));
	}
	let text: string;
	try {
		text = await file.text();
	} catch {
		return worded(fail({ code: 'file-unreadable' }));
	}
	return worded(readWorkshopFile(text));
}

export async function existingWorkshop(id: string) {
	return (await repo()).getWorkshop(id);
}

export async function importBundle(bundle: WorkshopBundle, mode: 'replace' | 'copy') {
	const w = await saveStatus.track(async () =>
		(await repo()).importBundle(bundle, mode, (title) =>
			m.import_importedCopy({ title: title || m.workshop_untitled() })
		)
	);
	if (w) askPersistenceOnce();
	return w;
}
