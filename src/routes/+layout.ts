// A static single-page app: every page is prerendered as an empty shell (path/index.html) and
// rendered in the browser, which reads ids from the query string. Works on any static host.
import { loadPageContent } from '$lib/i18n/content';
import '$lib/i18n/locale'; // resolves the page's language before any message is called
import type { LayoutLoad } from './$types';

export const ssr = false;
export const prerender = true;
export const trailingSlash = 'always';

/**
 * The seed content in the page's language (Spanish loads only when chosen). The home page shows
 * only module and template names, so it loads only those; any other page loads all of it (this
 * runs again when the route changes, so navigating from the home page to a workshop loads the rest).
 */
export const load: LayoutLoad = async ({ route }) => {
	await loadPageContent(route.id === '/' ? 'catalogue' : 'all');
	return {};
};
