/** Display formats for the progress page (the browser's locale). */

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatTime(time: number): string {
	return timeFormat.format(new Date(time));
}
