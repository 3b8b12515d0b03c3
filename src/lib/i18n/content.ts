/**
 * Seed content in the page's language (or a workshop's, for its PDF). English is what content.ts
 * defines; another language's texts are loaded with `import()` only when needed and put in place
 * by `useContentLanguage` ($lib/domain/content-language.ts).
 */

import type { CatalogueTranslation } from '$lib/domain/catalogue-language';
import type { ContentTranslation } from '$lib/domain/content-language';
import { currentLocale, type Locale } from './locale';

/** The translation for `locale`, or null for English (the content's own language). */
export async function contentTranslation(locale: Locale): Promise<ContentTranslation | null> {
	if (locale === 'es') return (await import('$lib/domain/content.es')).CONTENT_ES;
	return null;
}

/** The module and template names for `locale`, or null for English (see content.es.catalogue.ts). */
async function catalogueTranslation(locale: Locale): Promise<CatalogueTranslation | null> {
	if (locale === 'es') return (await import('$lib/domain/content.es.catalogue')).CATALOGUE_ES;
	return null;
}

/**
 * How much of the seed content a page needs in its language: 'catalogue' is the module and
 * template names only (the home page: its template cards and the agenda a new workshop stores),
 * 'all' is everything. Once everything is in place, it stays.
 */
export type ContentScope = 'catalogue' | 'all';

let loaded: ContentScope | null = null;

/** Puts the page's language in place in the seed content (`scope` of it); call before the first render. */
export async function loadPageContent(scope: ContentScope = 'all'): Promise<void> {
	if (loaded === 'all' || loaded === scope) return;
	if (scope === 'catalogue') {
		const translation = await catalogueTranslation(currentLocale());
		if (!translation) return; // English is already in place
		const { useCatalogueLanguage } = await import('$lib/domain/catalogue-language');
		useCatalogueLanguage(translation); // the same texts as 'all' has, should that have come first
	} else {
		const translation = await contentTranslation(currentLocale());
		if (!translation) return;
		const { useContentLanguage } = await import('$lib/domain/content-language');
		useContentLanguage(translation);
	}
	if (scope === 'all' || loaded === null) loaded = scope;
}

/**
 * Runs `fn` with the seed content in `locale`, then puts the page's language back. `fn` must be
 * synchronous: the swap is invisible to the rest of the page only while nothing else runs.
 */
export async function withContent<T>(locale: Locale, fn: () => T): Promise<T> {
	const page = currentLocale();
	if (locale === page) return fn();
	const [{ withContentLanguage }, target, current] = await Promise.all([
		import('$lib/domain/content-language'),
		contentTranslation(locale),
		contentTranslation(page)
	]);
	return withContentLanguage(target, current, fn);
}
