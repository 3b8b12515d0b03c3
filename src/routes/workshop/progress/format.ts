/** Display formats for the progress page (the interface's language, see $lib/i18n/format). */

import { intlLocale } from '$lib/i18n/format';

export function formatTime(time: number): string {
	return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
		new Date(time)
	);
}
