/** Safe, readable file names for exports: the workshop title, sanitized, plus a date. */

/** The longest the title part of a file name gets, in characters (before the suffix and date). */
const TITLE_LENGTH = 60;

/**
 * `<title>[-<suffix>][-<YYYY-MM-DD>].<extension>`, lower case, letters and digits of any script with
 * dashes between. The title is cut to 60 characters BEFORE the suffix is added, so that two exports
 * of a long-titled workshop that differ by their suffix (`partners`, `people`) never share a name.
 * A `date` that is not `YYYY-MM-DD` is left out; a title with no letters becomes `workshop`.
 */
export function safeFileName(title: string, date: string, extension: string, suffix = ''): string {
	const base = slug(title, TITLE_LENGTH) || 'workshop';
	const tail = slug(suffix, TITLE_LENGTH);
	const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '';
	return `${base}${tail ? `-${tail}` : ''}${day ? `-${day}` : ''}.${extension}`;
}

function slug(text: string, length: number): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			// Keep letters and digits of any script; everything else becomes a dash.
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, length)
			.replace(/-+$/g, '')
			.toLowerCase()
	);
}

/** Today's date as `YYYY-MM-DD` in local time. */
export function isoDay(time: number): string {
	const d = new Date(time);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
