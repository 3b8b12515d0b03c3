/**
 * Hostile input, as properties: every import path in IMPORT_PATHS (the workshop file now; the
 * response file and links when they exist) is fed random and mutated input and must answer with a
 * value or a reason — never throw, never accept prototype keys, never alter text.
 */
import fc from 'fast-check';
import { assertProperty } from './property.testkit';
import { describe, expect, it } from 'vitest';
import { containers, encodeInput, IMPORT_PATHS, leaves, parseInput, setAt } from './import-paths.testkit';
import type { Result } from './safe-json';

const RUNS = { numRuns: 60 };

/** A reader's answer is well-formed: ok with a value, or refused with a non-empty reason. */
function wellFormed(result: Result<unknown>): boolean {
	if (result.ok) return 'value' in result;
	return typeof result.error === 'string' && result.error.trim().length > 0;
}

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;

/** Adds `key` as an own, enumerable property (plain assignment of `__proto__` would set the prototype). */
function addOwnKey(node: object, key: string, value: unknown): void {
	Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
}

describe.each(IMPORT_PATHS)('hostile input: $name', (path) => {
	it('the valid input is accepted (the properties below start from it)', () => {
		expect(path.read(path.valid()).ok).toBe(true);
	});

	it('arbitrary text never throws and always answers with a value or a reason', () => {
		assertProperty(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => wellFormed(path.read(text))),
			RUNS
		);
	});

	it('arbitrary JSON never throws and always answers with a value or a reason', () => {
		assertProperty(
			fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => wellFormed(path.read(encodeInput(path, value)))),
			RUNS
		);
	});

	it('a truncated valid input is refused with a reason', () => {
		const text = path.valid();
		assertProperty(
			fc.property(fc.integer({ min: 0, max: text.length - 1 }), (cut) => {
				const result = path.read(text.slice(0, cut));
				return !result.ok && wellFormed(result);
			}),
			RUNS
		);
	});

	it('a __proto__, constructor or prototype key at any depth is refused', () => {
		const all = containers(parseInput(path, path.valid())).filter((c) => !Array.isArray(c.node));
		assertProperty(
			fc.property(fc.nat(all.length - 1), fc.constantFrom(...FORBIDDEN), fc.jsonValue({ maxDepth: 2 }), (index, key, payload) => {
				const data = parseInput(path, path.valid());
				const target = containers(data).filter((c) => !Array.isArray(c.node))[index].node;
				addOwnKey(target, key, payload);
				expect(JSON.stringify(data)).toContain(`"${key}"`);
				const result = path.read(encodeInput(path, data));
				expect(result.ok).toBe(false);
				if (!result.ok) expect(result.error).toContain(key);
				// Nothing leaked onto the prototypes either.
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			}),
			RUNS
		);
	});

	it('a value of the wrong type anywhere is refused with a reason', () => {
		const count = leaves(parseInput(path, path.valid())).length;
		assertProperty(
			fc.property(fc.nat(count - 1), (index) => {
				const data = parseInput(path, path.valid());
				const leaf = leaves(data)[index];
				const wrong = typeof leaf.value === 'string' ? 7 : typeof leaf.value === 'number' ? '7' : typeof leaf.value === 'boolean' ? 'true' : 'null';
				setAt(data, leaf.path, wrong);
				const result = path.read(encodeInput(path, data));
				expect(result.ok, `changing ${leaf.path.join('.')} to ${JSON.stringify(wrong)}`).toBe(false);
				return wellFormed(result);
			}),
			{ numRuns: 150 }
		);
	});

	it('a newer format version is refused with a reason that says so', () => {
		assertProperty(
			fc.property(fc.integer({ min: path.formatVersion + 1, max: Number.MAX_SAFE_INTEGER }), (version) => {
				const data = parseInput(path, path.valid());
				setAt(data, path.versionAt, version);
				const result = path.read(encodeInput(path, data));
				return !result.ok && /newer version/.test(result.error);
			}),
			RUNS
		);
	});

	it('nesting deeper than the limit is refused, wherever it is put', () => {
		const all = containers(parseInput(path, path.valid())).filter((c) => !Array.isArray(c.node));
		assertProperty(
			fc.property(fc.nat(all.length - 1), fc.integer({ min: 40, max: 20_000 }), (index, depth) => {
				const data = parseInput(path, path.valid());
				const target = containers(data).filter((c) => !Array.isArray(c.node))[index].node;
				// Spliced in as text: the test's own JSON.stringify would overflow the stack on it.
				addOwnKey(target, 'nested', 'DEEP-NESTING-HERE');
				const json = JSON.stringify(data).replace('"DEEP-NESTING-HERE"', '['.repeat(depth) + ']'.repeat(depth));
				const text = path.wrap(json);
				const result = path.read(text);
				return !result.ok && /nested too deeply/.test(result.error);
			}),
			{ numRuns: 20 }
		);
	});

	it.each(path.textFields.map((f) => [f.at.join('.'), f] as const))('any text in %s round-trips exactly', (_name, field) => {
		// Code units of every kind: emoji, right-to-left, lone surrogates, control characters, markup.
		const texts = fc.oneof(
			fc.string({ unit: 'binary', maxLength: Math.min(field.max / 2, 300) }),
			fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => s.slice(0, field.max)),
			fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'שלום عالم', '🤝'.repeat(field.max / 2), 'x'.repeat(field.max))
		);
		assertProperty(
			fc.property(texts, (text) => {
				const data = parseInput(path, path.valid());
				setAt(data, field.at, text);
				const result = path.read(encodeInput(path, data));
				expect(result.ok).toBe(true);
				if (result.ok) expect(field.read(result.value as never)).toBe(text);
			}),
			RUNS
		);
	});

	it.each(path.textFields.map((f) => [f.at.join('.'), f] as const))('text over the limit in %s is refused', (_name, field) => {
		const data = parseInput(path, path.valid());
		setAt(data, field.at, 'x'.repeat(field.max + 1));
		const result = path.read(encodeInput(path, data));
		expect(result.ok).toBe(false);
	});
});
