/**
 * Hostile input, as properties: every import path in IMPORT_PATHS (the workshop file now; the
 * response file and links when they exist) is fed random and mutated input and must answer with a
 * value or a reason — never throw, never accept prototype keys, never alter text.
 */
import fc from 'fast-check';
import { assertProperty } from '$testing/property';
import { afterAll, describe, expect, it } from 'vitest';
import { problemText } from '$lib/i18n/problem';
import {
	containers,
	encodeInput,
	IMPORT_PATHS,
	leaves,
	parseInput,
	setAt
} from '$testing/import-paths';
import type { Result } from '$lib/domain/safe-json';

const RUNS = { numRuns: 60 };

/** A reader's answer is well-formed: ok with a value, or refused with a non-empty reason. */
function wellFormed(result: Result<unknown>): boolean {
	if (result.ok) return 'value' in result;
	return (
		typeof problemText(result.problem) === 'string' && problemText(result.problem).trim().length > 0
	);
}

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;

/** Hostile inputs tried by the properties below that must be refused, and how many were. */
const tally = { tried: 0, refused: 0 };
function hostile(result: Result<unknown>): boolean {
	tally.tried++;
	if (!result.ok && wellFormed(result)) tally.refused++;
	return !result.ok && wellFormed(result);
}
afterAll(() => {
	console.info(`hostile inputs (issue 13 cases): tried ${tally.tried}, refused ${tally.refused}`);
	expect(tally.refused).toBe(tally.tried);
});

/** Values a page cannot draw or format, put where numbers are. */
const UNDRAWABLE = [1e308, -1e308, 1e300, 8.64e15 + 1, Number.MAX_SAFE_INTEGER] as const;
/** Dates that do not exist or that formatters misprint. */
const IMPOSSIBLE_DATES = [
	'2026-02-31',
	'2025-02-29',
	'0000-01-01',
	'2026-13-01',
	'2026-00-10',
	'2026-1-1',
	'26-01-01',
	'2026-01-01T00:00:00Z'
] as const;
/** Ids outside their alphabet: another store's key, spaces, markup, path and URL characters. */
const BAD_IDS = ['a b', '<script>', 'w/1', 'w?x=1', 'é', '', 'x'.repeat(201)] as const;
/** Workshop ids, stricter: nothing that names another store of the browser (`join:…`, once the participant's own). */
const BAD_WORKSHOP_IDS = [
	...BAD_IDS,
	'join:w-demo',
	'join:',
	'w.demo',
	'a@b',
	'x'.repeat(101)
] as const;

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
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) =>
				wellFormed(path.read(text))
			),
			RUNS
		);
	});

	it('arbitrary JSON never throws and always answers with a value or a reason', () => {
		assertProperty(
			fc.property(fc.jsonValue({ maxDepth: 6 }), (value) =>
				wellFormed(path.read(encodeInput(path, value)))
			),
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
			fc.property(
				fc.nat(all.length - 1),
				fc.constantFrom(...FORBIDDEN),
				fc.jsonValue({ maxDepth: 2 }),
				(index, key, payload) => {
					const data = parseInput(path, path.valid());
					const target = containers(data).filter((c) => !Array.isArray(c.node))[index].node;
					addOwnKey(target, key, payload);
					expect(JSON.stringify(data)).toContain(`"${key}"`);
					const result = path.read(encodeInput(path, data));
					expect(result.ok).toBe(false);
					if (!result.ok) expect(problemText(result.problem)).toContain(key);
					// Nothing leaked onto the prototypes either.
					expect(({} as Record<string, unknown>).polluted).toBeUndefined();
				}
			),
			RUNS
		);
	});

	it('a value of the wrong type anywhere is refused with a reason', () => {
		const count = leaves(parseInput(path, path.valid())).length;
		assertProperty(
			fc.property(fc.nat(count - 1), (index) => {
				const data = parseInput(path, path.valid());
				const leaf = leaves(data)[index];
				const wrong =
					typeof leaf.value === 'string'
						? 7
						: typeof leaf.value === 'number'
							? '7'
							: typeof leaf.value === 'boolean'
								? 'true'
								: 'null';
				setAt(data, leaf.path, wrong);
				const result = path.read(encodeInput(path, data));
				expect(result.ok, `changing ${leaf.path.join('.')} to ${JSON.stringify(wrong)}`).toBe(
					false
				);
				return wellFormed(result);
			}),
			{ numRuns: 150 }
		);
	});

	it('a newer format version is refused with a reason that says so', () => {
		assertProperty(
			fc.property(
				fc.integer({ min: path.formatVersion + 1, max: Number.MAX_SAFE_INTEGER }),
				(version) => {
					const data = parseInput(path, path.valid());
					setAt(data, path.versionAt, version);
					const result = path.read(encodeInput(path, data));
					return !result.ok && /newer version/.test(problemText(result.problem));
				}
			),
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
				const json = JSON.stringify(data).replace(
					'"DEEP-NESTING-HERE"',
					'['.repeat(depth) + ']'.repeat(depth)
				);
				const text = path.wrap(json);
				const result = path.read(text);
				return !result.ok && /nested too deeply/.test(problemText(result.problem));
			}),
			{ numRuns: 20 }
		);
	});

	it('a number no page can draw, anywhere a number is, is refused', () => {
		const numbers = leaves(parseInput(path, path.valid())).filter(
			(l) => typeof l.value === 'number'
		);
		assertProperty(
			fc.property(fc.nat(numbers.length - 1), fc.constantFrom(...UNDRAWABLE), (index, value) => {
				const data = parseInput(path, path.valid());
				setAt(data, numbers[index].path, value);
				return hostile(path.read(encodeInput(path, data)));
			}),
			{ numRuns: 100 }
		);
	});

	// Only paths that carry dates (the workshop file) get this property.
	if (path.dateFields.length > 0)
		it('a date that does not exist is refused, wherever a date is', () => {
			for (const at of path.dateFields) {
				for (const date of IMPOSSIBLE_DATES) {
					const data = parseInput(path, path.valid());
					setAt(data, at, date);
					expect(hostile(path.read(encodeInput(path, data))), `${at.join('.')} = ${date}`).toBe(
						true
					);
				}
			}
		});

	it('an id outside its alphabet is refused, wherever an id is', () => {
		const cases = [
			...path.idFields.map((at) => [at, BAD_IDS] as const),
			...path.workshopIdFields.map((at) => [at, BAD_WORKSHOP_IDS] as const)
		];
		for (const [at, ids] of cases) {
			for (const id of ids) {
				const data = parseInput(path, path.valid());
				setAt(data, at, id);
				expect(hostile(path.read(encodeInput(path, data))), `${at.join('.')} = ${id}`).toBe(true);
			}
		}
	});

	const reencoded = path.reencoded;
	if (reencoded)
		it('a link re-encoded by a chat or mail tool (%2B, %24, %3D) reads the same', () => {
			const valid = path.read(path.valid());
			expect(valid.ok).toBe(true);
			expect(path.read(reencoded(path.valid()))).toEqual(valid);
		});

	it.each(path.textFields.map((f) => [f.at.join('.'), f] as const))(
		'any text in %s round-trips exactly',
		(_name, field) => {
			// Code units of every kind: emoji, right-to-left, lone surrogates, control characters, markup.
			const texts = fc.oneof(
				fc.string({ unit: 'binary', maxLength: Math.min(field.max / 2, 300) }),
				fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => s.slice(0, field.max)),
				fc.constantFrom(
					'<script>alert(1)</script>',
					'<img src=x onerror=alert(1)>',
					'שלום عالم',
					'🤝'.repeat(field.max / 2),
					'x'.repeat(field.max)
				)
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
		}
	);

	it.each(path.textFields.map((f) => [f.at.join('.'), f] as const))(
		'text over the limit in %s is refused',
		(_name, field) => {
			const data = parseInput(path, path.valid());
			setAt(data, field.at, 'x'.repeat(field.max + 1));
			const result = path.read(encodeInput(path, data));
			expect(result.ok).toBe(false);
		}
	);
});
