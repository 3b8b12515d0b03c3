/**
 * The one set of Paraglide compiler options, shared by the Vite plugin (vite.config.ts) and the
 * stand-alone compile (scripts/i18n/compile.mjs, run before svelte-check on a fresh clone).
 *
 * Strategy: the choice stored in this browser (localStorage), else the browser's language, else
 * English. No URL prefix and no server middleware: the site is static and ids live in the query
 * string. src/lib/i18n/locale.ts resolves the page's language in this order itself
 * (overwriteGetLocale), adding the participant's own stored choice on the join and hand-in pages.
 *
 * The plugin's module is loaded from node_modules (settings.json), never from a CDN: the build
 * machines have no internet.
 */
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['localStorage', 'preferredLanguage', 'baseLocale'],
	localStorageKey: 'convene.locale',
	// One module per message: Vite tree-shakes what a page does not call.
	outputStructure: 'message-modules',
	emitGitIgnore: true,
	includeEslintDisableComment: true
};
