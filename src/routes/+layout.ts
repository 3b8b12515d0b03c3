// A static single-page app: every page is prerendered as an empty shell (path/index.html) and
// rendered in the browser, which reads ids from the query string. Works on any static host.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'always';
