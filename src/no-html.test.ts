/** User text must never reach the DOM as markup: no `{@html}` anywhere in the app (the lint rule's twin). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname);
// Written in two parts so this file does not match itself.
const AT_HTML = new RegExp('\\{' + '@html');
/** Writing markup through the DOM (reading `outerHTML`, e.g. to export an SVG, is fine). */
const RAW_DOM_SINKS = [
	/\.(?:inner|outer)HTML\s*\+?=(?!=)/,
	/insertAdjacentHTML\s*\(/,
	/document\.write(?:ln)?\s*\(/
];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.(svelte|ts|js)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
	});
}

describe('no markup from data', () => {
	const files = sourceFiles(SRC);

	it('scans the app sources', () => {
		expect(files.some((f) => f.endsWith('+layout.svelte'))).toBe(true);
	});

	it.each([AT_HTML, ...RAW_DOM_SINKS])('no source uses %s', (needle) => {
		const offenders = files
			.filter((f) => needle.test(readFileSync(f, 'utf8')))
			.map((f) => path.relative(SRC, f));
		expect(offenders).toEqual([]);
	});
});
