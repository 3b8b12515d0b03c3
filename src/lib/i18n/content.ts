/**
 * Seed content in the page's language (or a workshop's, for its PDF). English is what content.ts
 * defines; another language's texts are loaded with `import()` only when needed and put in place
 * by `useContentLanguage` ($lib/domain/content-language.ts).
 */

import type { ContentTranslation } from '$lib/domain/content-language';
import { currentLocale, type Locale } from './locale';

/** The translation for `locale`, or null for English (the content's own language). */
export async function contentTranslation(locale: Locale): Promise<ContentTranslation | null> {
	if (locale === 'es') return (await import('$lib/domain/content.es')).CONTENT_ES;
	return null;
}

/** Puts the page's language in place in the seed content; call before the first render. */
export async function loadPageContent(): Promise<void> {
	const translation = await contentTranslation(currentLocale());
	if (!translation) return; // English is already in place
	const { useContentLanguage } = await import('$lib/domain/content-language');
	useContentLanguage(translation);
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
