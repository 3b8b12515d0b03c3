#!/usr/bin/env node
/**
 * Converts interface text calls from the hand-written catalogue to Paraglide's message functions:
 *
 *   import { t } from '$lib/i18n/messages';      →  import { m } from '$lib/paraglide/messages.js';
 *   t('home.deleted', { title })                →  m.home_deleted({ title })
 *   t('app.name')                               →  m.app_name()
 *
 * then deletes src/lib/i18n/messages.ts and its test (messages/en.json is the source from then on).
 *
 *   node scripts/i18n/extract.mjs && node scripts/i18n/codemod.mjs [--dry-run]
 *
 * Run extract.mjs first: every key must already be in messages/en.json. Idempotent: files already
 * converted are left alone; a file that has both (a merge brought new `t()` calls into a converted
 * file) keeps its `m` import and loses the `t` one.
 *
 * Only literal keys are converted. A `t(` call whose first argument is not a string literal, or a
 * `MessageKey` type, is reported with its file and line and nothing is written (exit 1): turn such
 * sites into literal calls (e.g. a map of `() => t('a.b')` functions) and run again.
 *
 * Files where `m` is already a name (a parameter `(m) =>`, a `const m`) import `{ m as msg }`.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messageId } from './keys.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dryRun = process.argv.includes('--dry-run');
const EN = JSON.parse(readFileSync(join(root, 'messages/en.json'), 'utf8'));
const CATALOGUE_FILES = ['src/lib/i18n/messages.ts', 'src/lib/i18n/messages.test.ts'];
const SKIP_DIRS = new Set(['node_modules', 'paraglide', '.svelte-kit', 'build']);

const IMPORT_OLD =
	/^[ \t]*import\s*\{([^}]*)\}\s*from\s*['"](?:\$lib|(?:\.\.?\/)+(?:lib\/)?)\/?i18n\/messages(?:\.ts|\.js)?['"];?[ \t]*\r?\n/m;
const IMPORT_NEW =
	/import\s*\{\s*m(?:\s+as\s+(\w+))?\s*\}\s*from\s*['"]\$lib\/paraglide\/messages(?:\.js)?['"]/;
const CALL = /(?<![\w.$])t\(\s*(['"])([^'"\\\n]+)\1\s*(\)|,\s*)/g;
const LEFTOVER_CALL = /(?<![\w.$#])t\(/g;

function files(dir) {
	const out = [];
	for (const name of readdirSync(dir)) {
		if (SKIP_DIRS.has(name)) continue;
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...files(path));
		else if (/\.(ts|js|svelte)$/.test(name)) out.push(path);
	}
	return out;
}

const lineOf = (text, index) => text.slice(0, index).split('\n').length;

/** Whether `m` is already a bare identifier in the file (so importing `m` would be shadowed). */
function usesNameM(text) {
	const code = text.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '""').replace(/\/\/.*$/gm, '');
	return /(?<![\w.$])m(?![\w$])(?!\s*\.\s*[A-Za-z_])/.test(code);
}

const problems = [];
const changed = [];
for (const dir of ['src', 'tests']) {
	if (!existsSync(join(root, dir))) continue;
	for (const path of files(join(root, dir))) {
		const rel = relative(root, path);
		if (CATALOGUE_FILES.includes(rel)) continue;
		const text = readFileSync(path, 'utf8');
		const imported = IMPORT_OLD.exec(text);
		if (!imported) continue;
		const names = imported[1]
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
		const others = names.filter((n) => n !== 't');
		if (others.length)
			problems.push(
				`${rel}:${lineOf(text, imported.index)}: imports ${others.join(', ')} from the old catalogue; only t can be converted`
			);

		const existing = IMPORT_NEW.exec(text);
		const alias = existing ? (existing[1] ?? 'm') : usesNameM(text) ? 'msg' : 'm';
		let next = text.replace(CALL, (whole, _q, key, tail) => {
			const id = messageId(key);
			if (!(id in EN)) {
				problems.push(
					`${rel}: key '${key}' is not in messages/en.json (run scripts/i18n/extract.mjs first)`
				);
				return whole;
			}
			return `${alias}.${id}(${tail.startsWith(')') ? ')' : ''}`;
		});
		for (const left of next.matchAll(LEFTOVER_CALL))
			problems.push(
				`${rel}:${lineOf(next, left.index)}: t(…) with a key that is not a string literal: ${next.slice(left.index, left.index + 70).split('\n')[0]}`
			);
		for (const left of next.matchAll(/\bMessageKey\b/g))
			problems.push(`${rel}:${lineOf(next, left.index)}: uses the MessageKey type`);

		const importLine = existing
			? ''
			: `${imported[0].match(/^[ \t]*/)[0]}import { ${alias === 'm' ? 'm' : 'm as msg'} } from '$lib/paraglide/messages.js';\n`;
		next = next.replace(IMPORT_OLD, importLine);
		changed.push({ path, rel, next, alias });
	}
}

if (problems.length) {
	console.error(
		`Nothing written: ${problems.length} site(s) need converting by hand first:\n${problems.map((p) => `  ${p}`).join('\n')}`
	);
	process.exit(1);
}
for (const c of changed) {
	if (!dryRun) writeFileSync(c.path, c.next);
	console.log(
		`${dryRun ? 'would convert' : 'converted'} ${c.rel}${c.alias === 'msg' ? ' (as msg: the file already uses the name m)' : ''}`
	);
}
for (const rel of CATALOGUE_FILES) {
	if (existsSync(join(root, rel))) {
		if (!dryRun) rmSync(join(root, rel));
		console.log(`${dryRun ? 'would delete' : 'deleted'} ${rel}`);
	}
}
console.log(`${changed.length} file(s) ${dryRun ? 'to convert' : 'converted'}.`);
