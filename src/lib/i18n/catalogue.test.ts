/**
 * The interface text lint: every message exists in both languages with the same placeholders, and
 * no user-visible English is written outside the message files — in component markup (text and
 * aria-label / title / placeholder / alt / label attributes) or in domain and data-layer strings.
 * Domain and data-layer modules import no translations at all (`$lib/paraglide`, `$lib/i18n`): they
 * return codes and typed errors, worded at the edge (docs/i18n.md).
 *
 * Exempt: seed content (content.ts with content.es.ts and content.es.catalogue.ts, modules.ts,
 * templates.ts: translated as typed data, see content-language.test.ts), the demo workshop's sample
 * data (demo.ts), tests, and any line marked `i18n-ignore` (developer-only errors, never shown).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

type Message = string | { declarations?: string[]; match?: Record<string, string> }[];

const root = join(import.meta.dirname, '..', '..', '..');
const read = (lang: string): Record<string, Message> => {
	const { $schema: _schema, ...messages } = JSON.parse(
		readFileSync(join(root, 'messages', `${lang}.json`), 'utf8')
	);
	return messages;
};

/** Placeholders a message uses, across all its variants; declared inputs count too. */
function inputs(message: Message): string[] {
	const texts =
		typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match ?? {}));
	const names = new Set(
		texts.flatMap((text) => [...text.matchAll(/(?<!\\)\{([A-Za-z_]\w*)\}/g)].map((m) => m[1]))
	);
	if (typeof message !== 'string')
		for (const v of message)
			for (const d of v.declarations ?? [])
				if (d.startsWith('input ')) names.add(d.slice(6).trim());
	return [...names].sort();
}

function files(dir: string, test: (path: string) => boolean): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'paraglide' ? [] : files(path, test);
		return test(path) ? [path] : [];
	});
}

const WORDS = /\p{L}{2,}/u;

/**
 * The message keys a source file uses: `m.key` (called, or passed on as a function) through every
 * name it imports `m` from `$lib/paraglide/messages.js` as (`m`, `msg`, …), and `m['key']`.
 */
export function usedMessageKeys(source: string): string[] {
	const names = [
		...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"][^'"]*paraglide\/messages(?:\.js)?['"]/g)
	].flatMap((i) =>
		i[1]
			.split(',')
			.map((part) => part.trim().match(/^m(?:\s+as\s+(\w+))?$/))
			.filter((x) => x !== null)
			.map((x) => x[1] ?? 'm')
	);
	return names.flatMap((name) => [
		...[...source.matchAll(new RegExp(`(?<![\\w.$])${name}\\s*\\.\\s*(\\w+)`, 'g'))].map(
			(x) => x[1]
		),
		...[
			...source.matchAll(new RegExp(`(?<![\\w.$])${name}\\s*\\[\\s*['"](\\w+)['"]\\s*\\]`, 'g'))
		].map((x) => x[1])
	]);
}

/** Letters in markup text and in user-visible attributes, outside `{…}` expressions. */
export function svelteLiterals(source: string): string[] {
	const markup = source
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '');
	// Blank out {…} expressions (one level of nested braces is enough for this code base).
	const noExpr = markup
		.replace(/\{(?:[^{}]|\{[^{}]*\})*\}/g, (m) => ' '.repeat(m.length))
		.replace(/=>/g, '  ');
	const found: string[] = [];
	for (const m of noExpr.matchAll(/>([^<]+)</g)) if (WORDS.test(m[1])) found.push(m[1].trim());
	for (const m of noExpr.matchAll(
		/\s(aria-label|aria-description|title|placeholder|alt|label)="([^"]*)"/g
	)) {
		if (WORDS.test(m[2])) found.push(`${m[1]}="${m[2]}"`);
	}
	return found;
}

const EXEMPT =
	/\/(content(\.es(\.catalogue)?)?|content-version|demo|modules|templates)\.ts$|\.test\.ts$/;

/** String literals that read as English sentences or words for people: 'Two words…', `A sentence`. */
export function codeLiterals(source: string): string[] {
	return source
		.split('\n')
		.filter((line) => !/i18n-ignore|^\s*(\*|\/\/|\/\*)/.test(line))
		.flatMap((line) =>
			[...line.matchAll(/(['"`])([A-Z][a-z]+(?: [A-Za-z,.:;()'’-]+){1,}[^'"`]*)\1/g)].map(
				(m) => m[2]
			)
		);
}

/** What a module imports from the translations: `$lib/paraglide/…`, `$lib/i18n/…` (also relative, also `import()`). */
export function translationImports(source: string): string[] {
	return [
		...source.matchAll(
			/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s*)(['"])([^'"]*(?:\$lib\/|\.\.\/)(?:paraglide|i18n)(?:\/[^'"]*)?)\1/gm
		)
	].map((m) => m[2]);
}

describe('message catalogue', () => {
	const en = read('en');
	const es = read('es');

	it('has every message in both languages', () => {
		expect(Object.keys(es).filter((id) => !(id in en))).toEqual([]);
		expect(Object.keys(en).filter((id) => !(id in es))).toEqual([]);
	});

	it('uses the same placeholders in both languages, and no message is empty', () => {
		const mismatched = Object.keys(en).filter(
			(id) => id in es && inputs(en[id]).join() !== inputs(es[id]).join()
		);
		expect(mismatched).toEqual([]);
		const empty = Object.entries({ ...en, ...es }).filter(
			([, m]) => typeof m === 'string' && m.trim() === ''
		);
		expect(empty).toEqual([]);
	});
});

describe('no message without a use', () => {
	const used = new Set(
		files(join(root, 'src'), (p) => /\.(ts|svelte)$/.test(p) && !/\.test\.ts$/.test(p)).flatMap(
			(path) => usedMessageKeys(readFileSync(path, 'utf8'))
		)
	);
	const keys = Object.keys(read('en'));

	it('the scan finds calls, references and indexing through any name for m', () => {
		expect(
			usedMessageKeys(
				[
					"import { m } from '$lib/paraglide/messages.js';",
					"import { m as msg } from '$lib/paraglide/messages.js';",
					'const a = m.one({ n }); const b = msg.two(); const c = [m.three];',
					"const d = m['four'](); const e = item.m.five(); const f = mm.six();"
				].join('\n')
			).sort()
		).toEqual(['four', 'one', 'three', 'two']);
	});

	it('every message is used by some file under src/ (tests aside)', () => {
		expect(keys.filter((key) => !used.has(key))).toEqual([]);
	});
});

describe('no interface text outside the message files', () => {
	it('the lint itself finds text nodes, attributes and sentence literals', () => {
		expect(
			svelteLiterals(
				'<script>const a = "Hello there";</script><p>{t(\'x\')} Save</p><b aria-label="Close it">{n}</b>'
			)
		).toEqual(['Save', 'aria-label="Close it"']);
		expect(svelteLiterals("<p>{t('x')} · {n} → </p><img alt={t('y')} />")).toEqual([]);
		expect(
			codeLiterals(
				"return fail('The file is empty.');\nthrow new Error('Boom'); // x\nconst id = 'phase-1';"
			)
		).toEqual(['The file is empty.']);
		expect(
			translationImports(
				[
					"import { m } from '$lib/paraglide/messages.js';",
					'import { m as msg } from "$lib/paraglide/messages.js";',
					"import { refusalText } from '$lib/i18n/refusal';",
					"import { x } from '../i18n/labels';",
					"const rt = import('$lib/paraglide/runtime');",
					"import '$lib/paraglide/runtime';",
					"import { refusalFromIssues } from './refusal';",
					"import * as v from 'valibot';",
					' * `problemText` in `$lib/i18n/problem.ts` words it (a comment).'
				].join('\n')
			)
		).toEqual([
			'$lib/paraglide/messages.js',
			'$lib/paraglide/messages.js',
			'$lib/i18n/refusal',
			'../i18n/labels',
			'$lib/paraglide/runtime',
			'$lib/paraglide/runtime'
		]);
	});

	it('components have no literal words in markup or user-visible attributes', () => {
		const found = files(join(root, 'src'), (p) => p.endsWith('.svelte')).flatMap((path) =>
			svelteLiterals(readFileSync(path, 'utf8')).map((text) => `${relative(root, path)}: ${text}`)
		);
		expect(found).toEqual([]);
	});

	it('domain and data-layer code imports no translations: it returns codes, worded at the edge', () => {
		const code = (p: string) => p.endsWith('.ts') && !/\.test(kit)?\.ts$/.test(p);
		const found = [
			...files(join(root, 'src/lib/domain'), code),
			...files(join(root, 'src/lib/db'), code)
		].flatMap((path) =>
			translationImports(readFileSync(path, 'utf8')).map(
				(spec) => `${relative(root, path)}: ${spec}`
			)
		);
		expect(found).toEqual([]);
	});

	it('domain and data-layer code has no English sentences (they come from the catalogue)', () => {
		const code = (p: string) => p.endsWith('.ts') && !EXEMPT.test(p);
		const found = [
			...files(join(root, 'src/lib/domain'), code),
			...files(join(root, 'src/lib/db'), code)
		].flatMap((path) =>
			codeLiterals(readFileSync(path, 'utf8')).map((text) => `${relative(root, path)}: ${text}`)
		);
		expect(found).toEqual([]);
	});
});
