/** Safe, readable file names for exports: the workshop title, sanitized, plus a date. */

export function safeFileName(title: string, date: string, extension: string): string {
	const base =
		title
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			// Keep letters and digits of any script; everything else becomes a dash.
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60)
			.replace(/-+$/g, '')
			.toLowerCase() || 'workshop';
	const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '';
	return `${base}${day ? `-${day}` : ''}.${extension}`;
}

/** Today's date as `YYYY-MM-DD` in local time. */
export function isoDay(time: number): string {
	const d = new Date(time);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
