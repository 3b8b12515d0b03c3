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

import * as c from './content';
import { MODULES } from './modules';
import { TEMPLATES } from './templates';
import {
	restoreTranslated,
	setTranslated as set,
	useCatalogueLanguage,
	type CatalogueTranslation
} from './catalogue-language';

/** Every seed text in one language; the modules' and templates' part is a `CatalogueTranslation`. */
export interface ContentTranslation extends CatalogueTranslation {
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
	singletons: c.ContentSingletons;
	/** "From {from} to {to}", the wording of a momentum shift. */
	shiftText: (from: string, to: string) => string;
}

const englishSingletons = c.contentSingletons();

/** English back everywhere, including what `useCatalogueLanguage` alone put in place. */
function restoreEnglish() {
	restoreTranslated();
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
	useCatalogueLanguage(translation);
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
