// A static single-page app: every page is prerendered as an empty shell (path/index.html) and
// rendered in the browser, which reads ids from the query string. Works on any static host.
import { loadPageContent } from '$lib/i18n/content';
import '$lib/i18n/locale'; // resolves the page's language before any message is called

export const ssr = false;
export const prerender = true;
export const trailingSlash = 'always';

/** The seed content in the page's language (Spanish loads only when chosen). */
export const load = async () => {
	await loadPageContent();
	return {};
};
