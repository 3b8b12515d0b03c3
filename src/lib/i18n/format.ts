/**
 * The locale tag for Intl (dates, numbers) in the interface's current language: the browser's own
 * variant of that language when it has one (en-GB stays en-GB), else en-US or Latin-American
 * Spanish (es-419). Inside `inLocale()` (a workshop's PDF and CSV) it follows that language.
 */

import { getLocale } from '$lib/paraglide/runtime';

export function intlLocale(): string {
	const language = getLocale();
	const browser =
		typeof navigator === 'undefined'
			? undefined
			: navigator.languages?.find((tag) => tag.toLowerCase().split('-')[0] === language);
	return browser ?? (language === 'es' ? 'es-419' : 'en-US');
}
