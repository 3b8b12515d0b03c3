/**
 * The module catalogue and the templates in another language, and the record of English values
 * that every content swap shares.
 *
 * The home page shows only template names and descriptions, and a workshop it creates stores its
 * agenda steps' module titles; `useCatalogueLanguage()` puts just those in place, so the home page
 * need not load the whole seed content (content.ts and its translation). `useContentLanguage()`
 * (content-language.ts) puts everything in place through the same `setTranslated()`, so its
 * `restoreEnglish()` also puts back what this module changed.
 *
 * Pure: no Svelte, Dexie or DOM.
 */

import type { ModuleKind, TemplateId } from './types';
import { MODULES } from './modules';
import { TEMPLATES } from './templates';

/** Module titles and summaries, template titles and descriptions, by id. */
export interface CatalogueTranslation {
	modules: Record<ModuleKind, { title: string; summary: string }>;
	templates: Record<TemplateId, { title: string; description: string }>;
}

/** Original English values of every field a translation has changed, to put them back. */
const english = new Map<object, Record<string, unknown>>();

/** Sets `target[field]` to `value` (nothing when undefined), remembering the English first. */
export function setTranslated<T extends object>(
	target: T,
	field: keyof T & string,
	value: unknown
): void {
	if (value === undefined) return;
	const saved = english.get(target) ?? {};
	if (!(field in saved)) saved[field] = target[field];
	english.set(target, saved);
	(target as Record<string, unknown>)[field] = value;
}

/** Puts back the English of every field `setTranslated` changed. */
export function restoreTranslated(): void {
	for (const [target, fields] of english) Object.assign(target, fields);
	english.clear();
}

/** Puts the module and template texts of `translation` in place (idempotent). */
export function useCatalogueLanguage(translation: CatalogueTranslation): void {
	for (const m of MODULES) {
		setTranslated(m, 'title', translation.modules[m.kind]?.title);
		setTranslated(m, 'summary', translation.modules[m.kind]?.summary);
	}
	for (const tpl of TEMPLATES) {
		setTranslated(tpl, 'title', translation.templates[tpl.id]?.title);
		setTranslated(tpl, 'description', translation.templates[tpl.id]?.description);
	}
}
