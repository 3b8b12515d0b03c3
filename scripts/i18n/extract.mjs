#!/usr/bin/env node
/**
 * Writes messages/en.json (inlang message format, read by Paraglide) from the hand-written English
 * catalogue `src/lib/i18n/messages.ts`, then reports what the Spanish file lacks.
 *
 *   node scripts/i18n/extract.mjs          write messages/en.json, report Spanish gaps (exit 0)
 *   node scripts/i18n/extract.mjs --check  write nothing; exit 1 if en.json is out of date or
 *                                          es.json lacks a message / has one en.json does not
 *
 * Re-runnable: the catalogue may have grown (other branches add keys); every run rebuilds en.json
 * from it. Keys become Paraglide ids through `messageId()` (keys.mjs). Messages whose English
 * carries a count get plural variants from `plurals.en.json` — keyed by catalogue key, each with
 * the English `source` it was written from; when the catalogue's text has changed since, the
 * plain text is used and a warning names the key (update the override, then es.json).
 *
 * Once the codemod has converted the code and deleted messages.ts, there is nothing to extract:
 * the script says so and leaves en.json alone (messages/en.json is then the source of truth).
 *
 * Spanish freshness: `es-translated-from.json` records, per id, the English each Spanish message was
 * translated from; the report lists ids whose English has changed since.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { messageId, placeholders } from './keys.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const CATALOGUE = join(root, 'src/lib/i18n/messages.ts');
const EN = join(root, 'messages/en.json');
const ES = join(root, 'messages/es.json');
const PLURALS = join(here, 'plurals.en.json');
const TRANSLATED_FROM = join(here, 'es-translated-from.json');
const check = process.argv.includes('--check');

/** Reads `const en = { 'key': 'text', … }` from the catalogue with the TypeScript parser. */
export function readCatalogue(path = CATALOGUE) {
	const source = ts.createSourceFile(
		path,
		readFileSync(path, 'utf8'),
		ts.ScriptTarget.Latest,
		true
	);
	/** @type {[string, string][]} */
	const entries = [];
	const visit = (node) => {
		if (ts.isVariableDeclaration(node) && node.name.getText() === 'en' && node.initializer) {
			let init = node.initializer;
			while (
				ts.isAsExpression(init) ||
				ts.isSatisfiesExpression(init) ||
				ts.isParenthesizedExpression(init)
			)
				init = init.expression;
			if (!ts.isObjectLiteralExpression(init))
				throw new Error('messages.ts: `en` is not an object literal');
			for (const prop of init.properties) {
				if (!ts.isPropertyAssignment(prop))
					throw new Error(`messages.ts: unsupported entry ${prop.getText()}`);
				const key =
					ts.isStringLiteral(prop.name) || ts.isIdentifier(prop.name) ? prop.name.text : null;
				const value = prop.initializer;
				if (
					key === null ||
					!(ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))
				) {
					throw new Error(
						`messages.ts: entry ${prop.getText().slice(0, 80)} must be 'key': 'text'`
					);
				}
				entries.push([key, value.text]);
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	if (entries.length === 0) throw new Error('messages.ts: no `const en = { … }` found');
	return entries;
}

/** Escapes literal braces and backslashes that are not placeholders, for the inlang pattern syntax. */
function pattern(text) {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/\{(?![A-Za-z_][A-Za-z0-9_]*\})/g, '\\{')
		.replace(/(?<!\{[A-Za-z_][A-Za-z0-9_]*)\}/g, '\\}');
}

function readJson(path, fallback) {
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : fallback;
}

/** Every placeholder a message (simple or with variants) mentions. */
export function messageInputs(message) {
	if (typeof message === 'string') return new Set(placeholders(message));
	const set = new Set();
	for (const variant of message) {
		for (const d of variant.declarations ?? [])
			if (d.startsWith('input ')) set.add(d.slice(6).trim());
		for (const text of Object.values(variant.match ?? {}))
			for (const p of placeholders(text)) set.add(p);
	}
	return set;
}

function build() {
	const entries = readCatalogue();
	const plurals = readJson(PLURALS, {});
	const out = { $schema: 'https://inlang.com/schema/inlang-message-format' };
	const seen = new Map();
	const warnings = [];
	for (const [key, text] of entries) {
		const id = messageId(key);
		if (seen.has(id))
			throw new Error(`keys '${seen.get(id)}' and '${key}' both become the id '${id}'`);
		seen.set(id, key);
		const override = plurals[key];
		if (override && override.source === text) out[id] = override.message;
		else {
			if (override)
				warnings.push(
					`plural override for '${key}' was written for “${override.source}”, the catalogue now says “${text}”: using the plain text`
				);
			out[id] = pattern(text);
		}
	}
	for (const key of Object.keys(plurals))
		if (!entries.some(([k]) => k === key))
			warnings.push(`plural override for '${key}' has no catalogue entry`);
	return { out, warnings };
}

function spanishReport(en) {
	const es = readJson(ES, {});
	const from = readJson(TRANSLATED_FROM, {});
	const ids = Object.keys(en).filter((k) => k !== '$schema');
	const missing = ids.filter((id) => !(id in es));
	const extra = Object.keys(es).filter((id) => id !== '$schema' && !(id in en));
	const stale = ids.filter(
		(id) => id in es && id in from && JSON.stringify(from[id]) !== JSON.stringify(en[id])
	);
	const inputs = ids.filter(
		(id) => id in es && [...messageInputs(es[id])].some((p) => !messageInputs(en[id]).has(p))
	);
	return { missing, extra, stale, inputs };
}

const catalogueExists = existsSync(CATALOGUE);
let en;
if (catalogueExists) {
	const { out, warnings } = build();
	for (const w of warnings) console.warn(`warning: ${w}`);
	en = out;
	const text = JSON.stringify(out, null, '\t') + '\n';
	if (check) {
		if (!existsSync(EN) || readFileSync(EN, 'utf8') !== text) {
			console.error('messages/en.json is out of date: run node scripts/i18n/extract.mjs');
			process.exitCode = 1;
		}
	} else {
		writeFileSync(EN, text);
		console.log(
			`messages/en.json: ${Object.keys(out).length - 1} messages from src/lib/i18n/messages.ts`
		);
	}
} else {
	console.log(
		'src/lib/i18n/messages.ts is gone (already converted): messages/en.json is the source now.'
	);
	en = readJson(EN, {});
}

const report = spanishReport(en);
const list = (ids) => ids.map((id) => `  ${id}`).join('\n');
if (report.missing.length)
	console.log(
		`es.json lacks ${report.missing.length} message(s) (shown in English until translated):\n${list(report.missing)}`
	);
if (report.extra.length)
	console.log(
		`es.json has ${report.extra.length} message(s) English no longer has:\n${list(report.extra)}`
	);
if (report.stale.length)
	console.log(
		`English changed since these were translated (check the Spanish, then update es-translated-from.json):\n${list(report.stale)}`
	);
if (report.inputs.length)
	console.log(`es.json uses a placeholder English does not have:\n${list(report.inputs)}`);
if (check && (report.missing.length || report.extra.length || report.inputs.length))
	process.exitCode = 1;
