/**
 * Seed content in another language: a `ContentTranslation` holds the text of every seed item (by
 * the item's stable id), and `useContentLanguage()` puts it in place in the content objects that
 * the whole app already reads (content.ts, modules.ts, templates.ts), or puts the English back.
 *
 * Why in place: ids, structure and sources stay the one English definition; forty components and
 * the plan model keep reading `PITFALLS`, `PHASES`, `MODULES`… and get the current language with no
 * per-site lookup. The locale is chosen once per page load (switching reloads; see
 * $lib/i18n/locale.ts), and the PDF of a workshop in another language switches for the duration
 * of its synchronous layout only (`withContentLanguage`).
 *
 * Pure: no Svelte, Dexie or DOM. The Spanish lives in content.es.ts and is loaded with `import()`
 * only when needed, so English pages do not carry it.
 */

import type { ModuleKind, TemplateId } from './types';
import * as c from './content';
import { MODULES } from './modules';
import { TEMPLATES } from './templates';

export interface ContentTranslation {
	/** ContentItem, Question and rubric task text, by item id. */
	items: Record<string, string>;
	phases: Record<string, { title: string; verbs: readonly string[] }>;
	momentum: Record<string, { from: string; to: string }>;
	/** Rubric domains (title, note) and sub-objectives (text), by id. */
	rubric: Record<string, { title?: string; note?: string; text?: string }>;
	criteria: Record<string, { name: string; description: string }>;
	quotes: Record<string, { text: string; author: string }>;
	sources: Record<c.SourceId, { title: string; kind: string; credit: string }>;
	/** Source section headings (shown as list headings), by their English text. */
	sections: Record<string, string>;
	modules: Record<ModuleKind, { title: string; summary: string }>;
	templates: Record<TemplateId, { title: string; description: string }>;
	singletons: c.ContentSingletons;
	/** "From {from} to {to}", the wording of a momentum shift. */
	shiftText: (from: string, to: string) => string;
}

/** Original English values of every field a translation has changed, to put them back. */
const english = new Map<object, Record<string, unknown>>();
const englishSingletons = c.contentSingletons();

function set<T extends object>(target: T, field: keyof T & string, value: unknown) {
	if (value === undefined) return;
	const saved = english.get(target) ?? {};
	if (!(field in saved)) saved[field] = target[field];
	english.set(target, saved);
	(target as Record<string, unknown>)[field] = value;
}

function restoreEnglish() {
	for (const [target, fields] of english) Object.assign(target, fields);
	english.clear();
	c.setContentSingletons(englishSingletons);
}

/** Every content object that carries text, for applying and for the completeness test. */
export function contentTargets() {
	const lists = Object.values(c.CONTENT_LISTS) as readonly object[][];
	const textItems = [
		...lists.flat().filter((x): x is c.ContentItem => 'text' in x && !('from' in x)),
		c.FINAL_THOUGHTS_PROMPT,
		...c.allRubricTasks()
	];
	const refs = new Set<c.SourceRef>(
		[
			...lists.flat(),
			c.FINAL_THOUGHTS_PROMPT,
			...c.QUOTES,
			c.COBURN_QUOTE,
			...c.allRubricTasks()
		].map((x) => (x as { ref: c.SourceRef }).ref)
	);
	return {
		textItems,
		phases: c.PHASES,
		momentum: c.MOMENTUM_SHIFTS,
		rubricDomains: c.RUBRIC,
		rubricSubObjectives: c.RUBRIC.flatMap((d) => d.subObjectives),
		criteria: c.CRITERION_SUGGESTIONS,
		quotes: [...c.QUOTES, c.COBURN_QUOTE],
		sources: c.SOURCES,
		refs: [...refs],
		modules: MODULES,
		templates: TEMPLATES
	};
}

/**
 * Puts `translation` in place, or English back when it is null. Idempotent; switching from one
 * translation to another goes through English first.
 */
export function useContentLanguage(translation: ContentTranslation | null): void {
	restoreEnglish();
	if (!translation) return;
	const t = contentTargets();
	for (const item of t.textItems) set(item, 'text', translation.items[item.id]);
	for (const p of t.phases) {
		set(p, 'title', translation.phases[p.id]?.title);
		set(p, 'verbs', translation.phases[p.id]?.verbs);
	}
	for (const s of t.momentum) {
		const tr = translation.momentum[s.id];
		if (!tr) continue;
		set(s, 'from', tr.from);
		set(s, 'to', tr.to);
		set(s, 'text', translation.shiftText(tr.from, tr.to));
	}
	for (const d of t.rubricDomains) {
		set(d, 'title', translation.rubric[d.id]?.title);
		set(d, 'note', translation.rubric[d.id]?.note);
	}
	for (const s of t.rubricSubObjectives) set(s, 'text', translation.rubric[s.id]?.text);
	for (const cr of t.criteria) {
		set(cr, 'name', translation.criteria[cr.id]?.name);
		set(cr, 'description', translation.criteria[cr.id]?.description);
	}
	for (const q of t.quotes) {
		set(q, 'text', translation.quotes[q.id]?.text);
		set(q, 'author', translation.quotes[q.id]?.author);
	}
	for (const s of t.sources) {
		set(s, 'title', translation.sources[s.id]?.title);
		set(s, 'kind', translation.sources[s.id]?.kind);
		set(s, 'credit', translation.sources[s.id]?.credit);
	}
	for (const r of t.refs) set(r, 'section', translation.sections[r.section]);
	for (const m of t.modules) {
		set(m, 'title', translation.modules[m.kind]?.title);
		set(m, 'summary', translation.modules[m.kind]?.summary);
	}
	for (const tpl of t.templates) {
		set(tpl, 'title', translation.templates[tpl.id]?.title);
		set(tpl, 'description', translation.templates[tpl.id]?.description);
	}
	c.setContentSingletons(translation.singletons);
}

/**
 * Runs `fn` with the content in `translation`'s language (null: English), then puts back what was
 * in place before. For the PDF and CSV of a workshop whose language differs from the page's.
 */
export function withContentLanguage<T>(
	translation: ContentTranslation | null,
	current: ContentTranslation | null,
	fn: () => T
): T {
	useContentLanguage(translation);
	try {
		return fn();
	} finally {
		useContentLanguage(current);
	}
}
