/**
 * The locale tag for Intl (dates, numbers) in the interface's current language: the browser's own
 * variant of that language when it has one (en-GB stays en-GB), else en-US or Latin-American
 * Spanish (es-419). Inside `inLocale()` (a workshop's PDF and CSV) it follows that language.
 */

import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';

export function intlLocale(): string {
	const language = getLocale();
	const browser =
		typeof navigator === 'undefined'
			? undefined
			: navigator.languages?.find((tag) => tag.toLowerCase().split('-')[0] === language);
	return browser ?? (language === 'es' ? 'es-419' : 'en-US');
}

/** A size in bytes for people: "512 bytes", "12 KB", "3.5 MB" (1 KB = 1024 bytes). */
export function formatBytes(n: number): string {
	if (n < 1024) return m.units_bytes({ n });
	if (n < 1024 * 1024) return m.units_kilobytes({ n: (n / 1024).toFixed(0) });
	return m.units_megabytes({ n: (n / (1024 * 1024)).toFixed(1) });
}
