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

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A size in bytes for people, through Intl in the interface's language: "512 bytes", "12 kB",
 * "3.5 MB" ("3,5 MB" in es-ES), "1.2 GB" (1 kB = 1024 bytes; whole bytes and kB, one decimal above,
 * none when it is zero). `n` is a count of bytes, at least 0.
 */
export function formatBytes(n: number): string {
	let unit = 0;
	let value = n;
	const digits = (u: number) => (u < 2 ? 0 : 1);
	// Compared as it will be shown: 1023.7 kB is "1 MB", not "1,024 kB".
	const shown = (v: number, u: number) => Math.round(v * 10 ** digits(u)) / 10 ** digits(u);
	while (shown(value, unit) >= 1024 && unit < BYTE_UNITS.length - 1) {
		value /= 1024;
		unit++;
	}
	return new Intl.NumberFormat(intlLocale(), {
		style: 'unit',
		unit: BYTE_UNITS[unit],
		unitDisplay: unit === 0 ? 'long' : 'short',
		maximumFractionDigits: digits(unit)
	}).format(value);
}
